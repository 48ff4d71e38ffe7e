package se.krimflow.system;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs each REST request as its user: the engine's current authentication is the Spring Security
 * principal with its groups, so engine authorizations apply; it is cleared after the request.
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    EngineAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = GroupAuthorities.groupIds(auth.getAuthorities());
        identity.setAuthentication(auth.getName(), groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}

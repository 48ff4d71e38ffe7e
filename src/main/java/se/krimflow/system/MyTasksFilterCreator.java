package se.krimflow.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * When a user lists the Tasklist filters (the first thing Tasklist does after login, and
 * {@code GET /engine-rest/filter}), makes sure the user's own "Mina uppgifter" filter exists. Works
 * for every identity: the webapp session (engine identity or Keycloak SSO) or the REST principal.
 */
final class MyTasksFilterCreator extends OncePerRequestFilter {

    static final Pattern FILTER_LIST = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/([^/]+))/filter(?:/count)?/?$");

    private final TasklistFilters filters;

    MyTasksFilterCreator(TasklistFilters filters) {
        this.filters = filters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !FILTER_LIST.matcher(ExpressionQueryGuard.pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = userOf(request);
        if (user != null) {
            filters.ensureMyTasks(user);
        }
        chain.doFilter(request, response);
    }

    static String userOf(HttpServletRequest request) {
        Matcher m = FILTER_LIST.matcher(ExpressionQueryGuard.pathOf(request));
        if (m.matches() && m.group(1) != null) {
            HttpSession session = request.getSession(false);
            Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (auths != null && auths.hasAuthenticationForProcessEngine(m.group(1))) {
                return auths.getAuthenticationForProcessEngine(m.group(1)).getIdentityId();
            }
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return null;
    }
}

package se.krimflow.system.keycloak;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** On the REST APIs: Keycloak unreachable while authenticating gives 503 problem JSON, no stack trace. */
final class KeycloakUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!Responses.keycloakUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Keycloak is not reachable; answering 503 ({})", e.getClass().getSimpleName());
            Responses.unavailable(response);
        }
    }
}

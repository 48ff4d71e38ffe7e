package se.krimflow.system.keycloak;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security logged in (through Keycloak) to the Camunda webapps, as
 * container-based authentication. Groups are left to the engine's identity service (Keycloak),
 * so Camunda computes them and the webapps the user may open.
 * Public with a no-argument constructor: Camunda's filter creates it by class name.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(jakarta.servlet.http.HttpServletRequest request,
            ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(auth.getName());
    }
}

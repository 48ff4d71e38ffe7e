package se.krimflow.system.keycloak;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.krimflow.system.StrictTransport;

/**
 * Profile keycloak, the webapps (Tasklist, Cockpit, Admin): OpenID Connect login (authorization
 * code with PKCE); {@link CamundaContainerAuthentication} hands the Spring Security user to
 * Camunda's webapp session. Logging out of a webapp ends the Keycloak session too: the webapps'
 * own logout button ends it over the back channel ({@link KeycloakBackChannelLogout}),
 * {@code /logout} does an RP-initiated logout through the browser. Keycloak down: a Swedish error
 * page (503). REST is {@link KeycloakBearerTokens}.
 */
@Configuration
@Profile("keycloak")
class KeycloakWebappLogin {

    private static final Logger log = LoggerFactory.getLogger(KeycloakWebappLogin.class);

    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    static final String SETUP_PATH = "/camunda/api/admin/setup/**";

    /** The webapps: log in through Keycloak, then Camunda takes the user from Spring Security. */
    @Bean
    @Order(2)
    SecurityFilterChain keycloakWebapps(HttpSecurity http, ClientRegistrationRepository registrations,
            KeycloakAvailability availability, KeycloakSettings keycloak,
            @Value("${krimflow.security.hsts:false}") boolean hsts) throws Exception {
        OAuth2AuthorizedClientRepository authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler rpInitiatedLogout =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        rpInitiatedLogout.setPostLogoutRedirectUri("{baseUrl}/camunda/app/");
        RequestMatcher camundaLogout = path(HttpMethod.POST, CAMUNDA_LOGOUT);
        RequestMatcher webappApi = path(null, "/camunda/api/**");

        http.securityMatcher("/**")
                // Camunda's webapps bring their own CSRF protection.
                .csrf(csrf -> csrf.disable())
                .headers(h -> StrictTransport.apply(h.frameOptions(f -> f.sameOrigin()), hsts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(null, SETUP_PATH)).denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .authorizationEndpoint(a -> a.authorizationRequestResolver(withPkce))
                        .failureHandler((req, res, e) -> {
                            if (!availability.isUp() || Responses.keycloakUnreachable(e)) {
                                Responses.unavailablePage(res);
                            } else {
                                log.info("Login through Keycloak failed: {}", e instanceof OAuth2AuthenticationException o
                                        ? o.getError().getErrorCode() : e.getClass().getSimpleName());
                                Responses.page(res, HttpStatus.UNAUTHORIZED, "Inloggningen misslyckades",
                                        "Inloggningen kunde inte slutföras. Försök igen.");
                            }
                        }))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.GET, "/logout"),
                                path(HttpMethod.POST, "/logout"), camundaLogout))
                        .addLogoutHandler(new KeycloakBackChannelLogout(camundaLogout, authorizedClients, keycloak))
                        .logoutSuccessHandler((req, res, auth) -> {
                            if (camundaLogout.matches(req)) {
                                res.setStatus(HttpStatus.NO_CONTENT.value());
                            } else {
                                rpInitiatedLogout.onLogoutSuccess(req, res, auth);
                            }
                        }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> {
                            if (webappApi.matches(req)) {
                                // The webapps' XHR calls: no redirect to a login page.
                                Responses.problem(res, HttpStatus.UNAUTHORIZED, "Inloggning krävs", "Logga in via Keycloak.");
                            } else if (availability.isUp()) {
                                res.sendRedirect(req.getContextPath() + "/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID);
                            } else {
                                Responses.unavailablePage(res);
                            }
                        })
                        .accessDeniedHandler((req, res, e) -> Responses.problem(res, HttpStatus.FORBIDDEN,
                                "Ingen behörighet", "Det här är stängt.")));
        return http.build();
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}

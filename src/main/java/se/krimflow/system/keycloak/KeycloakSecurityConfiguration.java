package se.krimflow.system.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.krimflow.system.GroupAuthorities;
import se.krimflow.system.SecurityConfiguration;
import se.krimflow.system.RestApiAuthentication;

/**
 * Profile keycloak: who is logged in comes from Keycloak.
 * <ul>
 * <li>Webapps (Tasklist, Cockpit, Admin): OpenID Connect login (authorization code with PKCE);
 * the Spring Security user is handed to Camunda's webapp session (container-based authentication).
 * Logging out of a webapp ends the Keycloak session too: the webapps' own logout button ends it
 * over the back channel, {@code /logout} does an RP-initiated logout through the browser.</li>
 * <li>REST ({@code /engine-rest}, {@code /api}): a Keycloak access token (signature, issuer,
 * expiry and the audience {@code krimflow-api} checked) or HTTP Basic checked against Keycloak by
 * the identity plugin. Groups always come from the identity service (cached), so engine
 * authorizations apply and a removed membership takes effect within the cache time.</li>
 * <li>Keycloak down: a Swedish error page (503) for people, problem JSON 503 from the APIs.</li>
 * </ul>
 */
@Configuration
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSecurityConfiguration.class);

    static final String REGISTRATION_ID = "keycloak";
    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    static final String SETUP_PATH = "/camunda/api/admin/setup/**";

    @Bean
    ClientRegistrationRepository keycloakClientRegistrations(KeycloakSettings keycloak) {
        String oidc = keycloak.openIdConnect();
        // Endpoints are given, not discovered, so krimflow starts while Keycloak is down.
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .issuerUri(keycloak.issuer())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    KeycloakAvailability keycloakAvailability(KeycloakSettings keycloak) {
        return new KeycloakAvailability(keycloak.issuer());
    }

    /** Access tokens for the REST APIs: Keycloak's signature, issuer, expiry, and our audience. */
    @Bean
    JwtDecoder keycloakJwtDecoder(KeycloakSettings keycloak) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        RestTemplate keycloakClient = new RestTemplate(timeouts);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.openIdConnect() + "/certs")
                .restOperations(keycloakClient).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(keycloak.clockSkew()),
                new JwtIssuerValidator(keycloak.issuer()),
                audience(keycloak.apiAudience())));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + audience, null));
    }

    /** Bearer tokens besides Basic on /api and /engine-rest; 503 when Keycloak cannot be asked. */
    @Bean
    RestApiAuthentication keycloakRestApiAuthentication(JwtDecoder decoder, IdentityService identity) {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(jwt -> userWithGroups(jwt, identity));
        return http -> http
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                        .authenticationEntryPoint((req, res, e) -> {
                            if (Responses.keycloakUnreachable(e)) {
                                unavailable(res);
                            } else {
                                Responses.problem(res, HttpStatus.UNAUTHORIZED, "Inloggning krävs",
                                        "Token saknas, har gått ut eller är inte utfärdad för krimflow.");
                            }
                        }))
                .addFilterAfter(new KeycloakUnavailableFilter(), SecurityContextHolderFilter.class);
    }

    static JwtAuthenticationToken userWithGroups(Jwt jwt, IdentityService identity) {
        String user = jwt.getClaimAsString("preferred_username");
        if (user == null || user.isBlank()) {
            throw new InvalidBearerTokenException("The token names no user");
        }
        return new JwtAuthenticationToken(jwt, GroupAuthorities.ofMember(identity, user), user);
    }

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
                .headers(h -> SecurityConfiguration.strictTransport(h.frameOptions(f -> f.sameOrigin()), hsts))
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
                                unavailablePage(res);
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
                        .addLogoutHandler(endKeycloakSessionOnCamundaLogout(camundaLogout, authorizedClients, keycloak))
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
                                res.sendRedirect(req.getContextPath() + "/oauth2/authorization/" + REGISTRATION_ID);
                            } else {
                                unavailablePage(res);
                            }
                        })
                        .accessDeniedHandler((req, res, e) -> Responses.problem(res, HttpStatus.FORBIDDEN,
                                "Ingen behörighet", "Det här är stängt.")));
        return http.build();
    }

    /**
     * The webapps' logout button posts to Camunda and expects no redirect: end the Keycloak
     * session with the refresh token over the back channel before the HTTP session goes.
     */
    static LogoutHandler endKeycloakSessionOnCamundaLogout(RequestMatcher camundaLogout,
            OAuth2AuthorizedClientRepository authorizedClients, KeycloakSettings keycloak) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return (request, response, auth) -> {
            if (!camundaLogout.matches(request) || auth == null || auth instanceof AnonymousAuthenticationToken) {
                return;
            }
            OAuth2AuthorizedClient authorized = authorizedClients.loadAuthorizedClient(REGISTRATION_ID, auth, request);
            if (authorized == null || authorized.getRefreshToken() == null) {
                return;
            }
            String form = "client_id=" + enc(keycloak.clientId()) + "&client_secret=" + enc(keycloak.clientSecret())
                    + "&refresh_token=" + enc(authorized.getRefreshToken().getTokenValue());
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(keycloak.openIdConnect() + "/logout"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() >= 300) {
                    log.warn("Keycloak did not end the session on logout (HTTP {})", answer.statusCode());
                }
            } catch (IOException e) {
                log.warn("Keycloak could not be reached on logout; its session ends by its own timeout");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Camunda's webapps take the Spring Security user into their session. After Spring Security. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerBasedAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("krimflow container-based authentication");
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(201);
        return registration;
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void unavailable(HttpServletResponse res) throws IOException {
        res.setHeader("Retry-After", "30");
        Responses.problem(res, HttpStatus.SERVICE_UNAVAILABLE, Responses.UNAVAILABLE_TITLE, Responses.UNAVAILABLE_DETAIL);
    }

    static void unavailablePage(HttpServletResponse res) throws IOException {
        Responses.page(res, HttpStatus.SERVICE_UNAVAILABLE, Responses.UNAVAILABLE_TITLE, Responses.UNAVAILABLE_DETAIL);
    }

    /** On the REST APIs: Keycloak unreachable while authenticating gives 503 problem JSON, no stack trace. */
    static final class KeycloakUnavailableFilter extends OncePerRequestFilter {

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
                unavailable(response);
            }
        }
    }
}

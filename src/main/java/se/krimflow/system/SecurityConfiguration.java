package se.krimflow.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The REST APIs ({@code /api/**}, {@code /engine-rest/**}) are stateless with HTTP
 * Basic checked against the engine's identity service: no login gives 401 (never a redirect), a
 * group that may not gives 403, both as problem JSON. The webapps ({@code /camunda/**}) keep
 * Camunda's own login on the embedded default. The Admin first-run setup is closed for everyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String SETUP_PATH = "/camunda/api/admin/setup/**";

    /**
     * Under the production profiles (postgres, keycloak) HSTS is sent on every answer, also when TLS
     * ends at a proxy in front of the application (krimflow.security.hsts in application.yaml).
     */
    @Value("${krimflow.security.hsts:false}")
    boolean hsts;

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, IdentityService identity,
            ObjectProvider<EndpointAccess> endpoints, ObjectProvider<RestApiAuthentication> moreAuthentication)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .headers(this::strictTransport)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identity)))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> Problems.write(res, HttpStatus.UNAUTHORIZED,
                        "Inloggning krävs", "Logga in med användarnamn och lösenord.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> Problems.write(res, HttpStatus.UNAUTHORIZED,
                                "Inloggning krävs", "Logga in med användarnamn och lösenord."))
                        .accessDeniedHandler((req, res, e) -> Problems.write(res, HttpStatus.FORBIDDEN,
                                "Ingen behörighet", "Din grupp får inte göra detta.")))
                .authorizeHttpRequests(auth -> {
                    // Each feature declares who may call its endpoints (EndpointAccess beans).
                    for (EndpointAccess e : EndpointRules.inMatchingOrder(endpoints.stream().toList())) {
                        var rule = auth.requestMatchers(e.method(), e.pattern());
                        if (e.anyAuthenticated()) {
                            rule.authenticated();
                        } else {
                            rule.hasAnyAuthority(GroupAuthorities.of(e.groups()));
                        }
                    }
                    auth.requestMatchers(path("/engine-rest/**")).authenticated()
                            .anyRequest().denyAll();
                })
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
        // Profile keycloak: access tokens besides Basic, and 503 when Keycloak is down (system.keycloak).
        for (RestApiAuthentication more : moreAuthentication) {
            more.customize(http);
        }
        return http.build();
    }

    /** Camunda's own login for the webapps; under the keycloak profile system.keycloak logs in with OIDC. */
    @Bean
    @Order(2)
    @Profile("!keycloak")
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                // Camunda's webapps bring their own login and CSRF protection.
                .csrf(csrf -> csrf.disable())
                .headers(h -> strictTransport(h.frameOptions(f -> f.sameOrigin())))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(SETUP_PATH)).denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> Problems.write(res, HttpStatus.FORBIDDEN,
                                "Ingen behörighet", "Det här är stängt."))
                        .accessDeniedHandler((req, res, e) -> Problems.write(res, HttpStatus.FORBIDDEN,
                                "Ingen behörighet", "Det här är stängt.")));
        return http.build();
    }

    private void strictTransport(HeadersConfigurer<HttpSecurity> headers) {
        StrictTransport.apply(headers, hsts);
    }

    /** Paths outside Spring MVC (the Jersey REST API, the webapps) are matched on the full path. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}

package se.krimflow.system.keycloak;

import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.client.RestTemplate;

import se.krimflow.system.GroupAuthorities;
import se.krimflow.system.RestApiAuthentication;

/**
 * Profile keycloak, REST ({@code /engine-rest}, {@code /api}): a Keycloak access token besides HTTP
 * Basic, with its signature, issuer, expiry and the audience {@code krimflow-api} checked. Groups
 * come from the identity service (cached), never from the token, so engine authorizations apply
 * and a removed membership takes effect within the cache time. Keycloak unreachable: 503.
 */
@Configuration
@Profile("keycloak")
class KeycloakBearerTokens {

    @Bean
    JwtDecoder keycloakJwtDecoder(KeycloakSettings keycloak) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.openIdConnect() + "/certs")
                .restOperations(new RestTemplate(timeouts)).build();
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

    @Bean
    RestApiAuthentication keycloakRestApiAuthentication(JwtDecoder decoder, IdentityService identity) {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(jwt -> userWithGroups(jwt, identity));
        return http -> http
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                        .authenticationEntryPoint((req, res, e) -> {
                            if (Responses.keycloakUnreachable(e)) {
                                Responses.unavailable(res);
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
}

package se.krimflow.system.keycloak;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Profile keycloak: krimflow as a client of its Keycloak realm, and whether Keycloak answers.
 * Endpoints are given, not discovered, so krimflow starts while Keycloak is down.
 */
@Configuration
@Profile("keycloak")
class KeycloakClientRegistration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository keycloakClientRegistrations(KeycloakSettings keycloak) {
        String oidc = keycloak.openIdConnect();
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
}

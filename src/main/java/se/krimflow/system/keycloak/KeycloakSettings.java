package se.krimflow.system.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and how krimflow talks to it ({@code krimflow.keycloak.*} in
 * application-keycloak.yaml). The client secret comes from the environment only.
 *
 * @param url            Keycloak's base URL as browsers and krimflow both reach it, e.g. http://localhost:8180
 * @param realm          the realm, {@code krimflow}
 * @param clientId       the confidential client of the web login and the identity plugin
 * @param clientSecret   its secret (KEYCLOAK_CLIENT_SECRET)
 * @param apiAudience    the audience an access token must carry for /engine-rest and /api
 * @param cacheMinutes   how long users, groups and memberships read from Keycloak are cached
 * @param clockSkew      tolerance when checking a token's expiry
 */
@ConfigurationProperties("krimflow.keycloak")
record KeycloakSettings(String url, String realm, String clientId, String clientSecret, String apiAudience,
        int cacheMinutes, Duration clockSkew) {

    KeycloakSettings {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("Profile keycloak needs the client secret: set KEYCLOAK_CLIENT_SECRET "
                    + "(the development realm of keycloak/ uses krimflow-dev-secret)");
        }
        if (clockSkew == null) {
            clockSkew = Duration.ofSeconds(30);
        }
    }

    String issuer() {
        return stripSlash(url) + "/realms/" + realm;
    }

    String openIdConnect() {
        return issuer() + "/protocol/openid-connect";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

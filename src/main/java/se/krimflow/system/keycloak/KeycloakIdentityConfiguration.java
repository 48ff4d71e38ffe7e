package se.krimflow.system.keycloak;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile keycloak: the engine reads users and groups from Keycloak (read-only). User ids are the
 * Keycloak user names, group ids the group paths without the leading slash, so the ids of
 * CONTRACT.md; {@code camunda-admin} is the administrator group. Users, groups and memberships are cached for {@code krimflow.keycloak.cache-minutes}:
 * a change in Keycloak takes effect in krimflow within that time.
 */
@Configuration
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakSettings.class)
class KeycloakIdentityConfiguration {

    @Bean
    KeycloakIdentityProviderPlugin keycloakIdentityProvider(KeycloakSettings keycloak) {
        KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
        plugin.setKeycloakIssuerUrl(keycloak.issuer());
        plugin.setKeycloakAdminUrl(keycloak.url().replaceAll("/$", "") + "/admin/realms/" + keycloak.realm());
        plugin.setClientId(keycloak.clientId());
        plugin.setClientSecret(keycloak.clientSecret());
        plugin.setUseUsernameAsCamundaUserId(true);
        plugin.setUseGroupPathAsCamundaGroupId(true);
        // camunda-admin is the engine's administrator group (EngineConfiguration.setAdminGroups, the
        // same id here). The plugin's administratorGroupName is not set on purpose: it reads
        // Keycloak while the engine is built, so krimflow could not start while Keycloak is down.
        plugin.setAuthorizationCheckEnabled(true);
        plugin.setCacheEnabled(true);
        plugin.setMaxCacheSize(500);
        plugin.setCacheExpirationTimeoutMin(keycloak.cacheMinutes());
        // A password check is never answered from a cache: a changed password or a locked account
        // takes effect at once.
        plugin.setLoginCacheEnabled(false);
        plugin.setMaxResultSize(1000);
        return plugin;
    }
}

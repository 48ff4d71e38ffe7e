package se.krimflow.system.keycloak;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import se.krimflow.system.KrimflowGroup;

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
        // The plugin's administratorGroupName is not set on purpose: it reads Keycloak while the
        // engine is built, so krimflow could not start while Keycloak is down. The same is done
        // without Keycloak by keycloakAdministratorGroup below (the group id is known: camunda-admin).
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

    /**
     * {@code camunda-admin} is the administrator group: an engine admin group (the identity plugin
     * empties that list when it is given no administrator group) with every permission on every
     * resource, as the plugin's own administrator group setting would grant. Idempotent.
     */
    @Bean
    ProcessEnginePlugin keycloakAdministratorGroup() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                List<String> groups = configuration.getAdminGroups() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getAdminGroups());
                if (!groups.contains(KrimflowGroup.ID_CAMUNDA_ADMIN)) {
                    groups.add(KrimflowGroup.ID_CAMUNDA_ADMIN);
                }
                configuration.setAdminGroups(groups);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                AuthorizationService authorizations = engine.getAuthorizationService();
                for (Resource resource : Resources.values()) {
                    if (authorizations.createAuthorizationQuery().groupIdIn(KrimflowGroup.ID_CAMUNDA_ADMIN)
                            .resourceType(resource).resourceId(Authorization.ANY).count() == 0) {
                        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                        all.setGroupId(KrimflowGroup.ID_CAMUNDA_ADMIN);
                        all.setResource(resource);
                        all.setResourceId(Authorization.ANY);
                        all.addPermission(Permissions.ALL);
                        authorizations.saveAuthorization(all);
                    }
                }
            }
        };
    }
}

package se.krimflow.system.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.system.DemoUsers;
import se.krimflow.system.KrimflowGroup;

/** The realm file keycloak/krimflow-realm.json is kept in step with KrimflowGroup and DemoUsers. */
class KeycloakRealmTest {

    static final File REALM = new File("keycloak/krimflow-realm.json");

    final JsonNode realm = read();

    static JsonNode read() {
        try {
            return new ObjectMapper().readTree(REALM);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void realmHasExactlyTheGroupsOfTheContractAsTopLevelGroups() {
        List<String> groups = new ArrayList<>();
        realm.get("groups").forEach(g -> {
            groups.add(g.get("name").asText());
            assertThat(g.get("path").asText()).isEqualTo("/" + g.get("name").asText());
            assertThat(g.path("subGroups")).isEmpty();
        });
        assertThat(groups).containsExactlyInAnyOrder(
                java.util.Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id).toArray(String[]::new));
    }

    @Test
    void developmentUsersAreTheDemoUsersWithTheirGroupAndPasswordEqualToUserId() {
        Map<String, String> realmUsers = new TreeMap<>();
        realm.get("users").forEach(u -> {
            if (u.has("serviceAccountClientId")) {
                return;
            }
            assertThat(u.get("groups")).hasSize(1);
            realmUsers.put(u.get("username").asText(), u.get("groups").get(0).asText());
            assertThat(u.get("credentials").get(0).get("value").asText()).isEqualTo(u.get("username").asText());
            assertThat(u.get("credentials").get(0).get("temporary").asBoolean()).isFalse();
            assertThat(u.get("enabled").asBoolean()).isTrue();
        });
        Map<String, String> demo = new TreeMap<>();
        DemoUsers.ALL.forEach(d -> demo.put(d.id(), "/" + d.group().id()));
        assertThat(realmUsers).isEqualTo(demo);
    }

    @Test
    void clientSecretsComeFromTheEnvironmentWithADevelopmentDefault() {
        realm.get("clients").forEach(c -> {
            if (c.has("secret")) {
                assertThat(c.get("secret").asText()).startsWith("${").endsWith("}");
            }
        });
    }

    @Test
    void bruteForceProtectionIsOnAndTokensAreShortLived() {
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("accessTokenLifespan").asInt()).isBetween(60, 600);
        assertThat(realm.get("ssoSessionIdleTimeout").asInt()).isBetween(600, 3600);
        assertThat(realm.get("sslRequired").asText()).isEqualTo("external");
    }

    /** CONTRACT.md: failed logins never lock a user out for good; back within 5 minutes. */
    @Test
    void failedLoginsLockAUserOutForAtMostFiveMinutes() {
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.get("maxFailureWaitSeconds").asInt()).isBetween(1, 300);
        assertThat(realm.get("minimumQuickLoginWaitSeconds").asInt()).isLessThanOrEqualTo(300);
        assertThat(realm.get("maxDeltaTimeSeconds").asInt()).as("failures are forgotten").isLessThanOrEqualTo(3600);
    }

    @Test
    void webClientIsConfidentialAndAccessTokensCarryTheApiAudienceAndGroups() {
        JsonNode client = null;
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals("krimflow")) {
                client = c;
            }
        }
        assertThat(client).isNotNull();
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isTrue();
        List<String> mappers = new ArrayList<>();
        client.get("protocolMappers").forEach(m -> mappers.add(m.get("protocolMapper").asText()
                + ":" + m.get("config").path("included.client.audience").asText(m.get("config").path("claim.name").asText())));
        assertThat(mappers).contains("oidc-audience-mapper:krimflow-api", "oidc-group-membership-mapper:groups");
    }
}

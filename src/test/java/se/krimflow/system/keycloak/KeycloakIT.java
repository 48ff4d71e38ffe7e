package se.krimflow.system.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.KrimflowHttp.basic;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.testsupport.KeycloakIntegrationTest;
import se.krimflow.testsupport.KeycloakServer;

/** krimflow with profiles postgres,keycloak against a real Keycloak 26.4.7 with the development realm. */
@KeycloakIntegrationTest
class KeycloakIT {

    @Autowired
    ProcessEngine engine;

    final KeycloakServer keycloak = KeycloakServer.get();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    String app() {
        return "http://localhost:" + keycloak.appPort();
    }

    @Test
    void userLogsInToTasklistThroughKeycloaksLoginPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(localhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> loginPage = browser.send(get(app() + "/camunda/app/tasklist/default/").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.uri().toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();

        HttpResponse<String> afterLogin = browser.send(HttpRequest.newBuilder(
                URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=krimchef1&password=krimchef1&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).isEqualTo(200);
        assertThat(afterLogin.uri().toString()).startsWith(app() + "/camunda/app/tasklist/");

        HttpResponse<String> camundaUser = browser.send(get(app() + "/camunda/api/admin/auth/user/default").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode user = json.readTree(camundaUser.body());
        assertThat(user.get("userId").asText()).isEqualTo("krimchef1");
        List<String> apps = new ArrayList<>();
        user.get("authorizedApps").forEach(a -> apps.add(a.asText()));
        assertThat(apps).contains("tasklist", "cockpit").doesNotContain("admin");

        // The webapps' logout button ends the Keycloak session too: the next visit asks for a password.
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(
                URI.create(app() + "/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isLessThan(300);
        HttpResponse<String> again = browser.send(get(app() + "/camunda/app/tasklist/default/").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.uri().toString()).startsWith(keycloak.issuer());
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void tokenOfKrim1SeesKrimteametsTasksAndNotMobilaTeametsTasks() throws Exception {
        String instance = startTwoTeamProcess();
        String token = keycloak.token("krim1", "krim1");

        JsonNode tasks = json.readTree(send(get(app() + "/engine-rest/task?maxResults=50&processInstanceId=" + instance)
                .header("Authorization", "Bearer " + token)).body());
        List<String> names = new ArrayList<>();
        tasks.forEach(t -> names.add(t.get("taskDefinitionKey").asText()));
        assertThat(names).containsExactly("Task_Krimteamet");

        JsonNode mobila = json.readTree(send(get(app() + "/engine-rest/task?maxResults=50&processInstanceId=" + instance)
                .header("Authorization", "Bearer " + keycloak.token("mobila1", "mobila1"))).body());
        assertThat(mobila).hasSize(1);
        assertThat(mobila.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_MobilaTeamet");
    }

    @Test
    void callsRunAsTheTokensUserWithThatUsersGroups() throws Exception {
        HttpResponse<String> groups = send(get(app() + "/engine-rest/group?member=krim1&maxResults=50")
                .header("Authorization", "Bearer " + keycloak.token("krim1", "krim1")));
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.body()).contains("\"id\":\"krimteamet\"");
    }

    @Test
    void noTokenAForeignIssuersTokenAnIdTokenOrAGarbledTokenGet401() throws Exception {
        assertThat(send(get(app() + "/engine-rest/task/count")).statusCode()).isEqualTo(401);
        assertThat(send(get(app() + "/engine-rest/task/count")
                .header("Authorization", "Bearer " + keycloak.masterAdminToken())).statusCode()).isEqualTo(401);
        String idToken = keycloak.tokenResponse(KeycloakServer.REALM, Map.of("grant_type", "password",
                "client_id", KeycloakServer.CLIENT_ID, "client_secret", KeycloakServer.CLIENT_SECRET,
                "username", "krim1", "password", "krim1", "scope", "openid")).get("id_token").asText();
        assertThat(send(get(app() + "/engine-rest/task/count").header("Authorization", "Bearer " + idToken))
                .statusCode()).as("an ID token is not meant for the API").isEqualTo(401);
        String token = keycloak.token("krim1", "krim1");
        HttpResponse<String> garbled = send(get(app() + "/engine-rest/task/count")
                .header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA"));
        assertThat(garbled.statusCode()).isEqualTo(401);
        assertThat(garbled.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void expiredTokenGets401() throws Exception {
        String clientId = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.admin("POST", "/clients", """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"3"},
                 "protocolMappers":[{"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"krimflow-api","access.token.claim":"true"}}],
                 "defaultClientScopes":["basic","profile"]}
                """.formatted(clientId));
        JsonNode response = keycloak.tokenResponse(KeycloakServer.REALM, Map.of("grant_type", "password",
                "client_id", clientId, "username", "krim1", "password", "krim1"));
        String token = response.get("access_token").asText();
        assertThat(response.get("expires_in").asInt()).isEqualTo(3);
        assertThat(send(get(app() + "/engine-rest/task/count").header("Authorization", "Bearer " + token))
                .statusCode()).as("valid while fresh").isEqualTo(200);
        Thread.sleep(5_500); // 3 s lifespan + 1 s clock skew + margin
        assertThat(send(get(app() + "/engine-rest/task/count").header("Authorization", "Bearer " + token))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void basicCheckedAgainstKeycloakWorksAndOnlyCamundaAdminMayDeploy() throws Exception {
        assertThat(send(get(app() + "/engine-rest/deployment/count").header("Authorization", basic("admin", "admin")))
                .statusCode()).isEqualTo(200);
        assertThat(send(get(app() + "/engine-rest/task/count").header("Authorization", basic("krim1", "fel")))
                .statusCode()).isEqualTo(401);

        HttpResponse<String> byKrim1 = deploy(basic("krim1", "krim1"));
        assertThat(byKrim1.statusCode()).isEqualTo(403);
        HttpResponse<String> byChefWithToken = deploy("Bearer " + keycloak.token("krimchef1", "krimchef1"));
        assertThat(byChefWithToken.statusCode()).isEqualTo(403);

        HttpResponse<String> byAdmin = deploy(basic("admin", "admin"));
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        engine.getRepositoryService().deleteDeployment(json.readTree(byAdmin.body()).get("id").asText(), true);
    }

    @Test
    void removingAUserFromAGroupInKeycloakTakesEffectWithinTheCacheTime() throws Exception {
        String user = "it" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(user, KrimflowGroup.ID_KRIMTEAMET);
        String instance = startTwoTeamProcess();
        assertThat(visibleTasks(user, instance)).containsExactly("Task_Krimteamet");

        keycloak.removeFromGroup(user, KrimflowGroup.ID_KRIMTEAMET);
        Instant removed = Instant.now();
        // Documented: krimflow.keycloak.cache-minutes (1 in this test, 2 by default).
        Instant deadline = removed.plus(Duration.ofSeconds(60 + 20));
        List<String> visible = visibleTasks(user, instance);
        while (!visible.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(5_000);
            visible = visibleTasks(user, instance);
        }
        assertThat(visible).as("tasks of krimteamet after the membership was removed").isEmpty();
    }

    @Test
    void keycloakDownGives503ProblemAndAPageThenKrimflowRecovers() throws Exception {
        keycloak.takeDown();
        try {
            HttpResponse<String> api = send(get(app() + "/engine-rest/task/count")
                    .header("Authorization", basic("krim1", "krim1")));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(api.body()).contains("Keycloak svarar inte").doesNotContain("Exception").doesNotContain("at org.");

            Thread.sleep(3_500); // the login page remembers Keycloak's state for 3 s
            HttpResponse<String> page = send(get(app() + "/camunda/app/tasklist/default/"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Inloggningstjänsten svarar inte").doesNotContain("Exception");
        } finally {
            keycloak.bringBack();
        }
        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = send(get(app() + "/engine-rest/task/count").header("Authorization", basic("krim1", "krim1")))
                    .statusCode();
            if (status != 200) {
                Thread.sleep(1_000);
            }
        }
        assertThat(status).as("Basic works again once Keycloak is back").isEqualTo(200);
        Thread.sleep(3_500);
        HttpResponse<String> page = send(get(app() + "/camunda/app/tasklist/default/"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/oauth2/authorization/keycloak");
    }

    List<String> visibleTasks(String user, String instance) throws Exception {
        HttpResponse<String> response = send(get(app() + "/engine-rest/task?maxResults=50&processInstanceId=" + instance)
                .header("Authorization", basic(user, user)));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        json.readTree(response.body()).forEach(t -> keys.add(t.get("taskDefinitionKey").asText()));
        return keys;
    }

    /** A tiny process with one task for krimteamet and one for mobila-teamet, started directly on the engine. */
    String startTwoTeamProcess() {
        String key = "KeycloakItTwoTeams";
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                    .startEvent().parallelGateway("Gateway_Fork")
                    .userTask("Task_Krimteamet").camundaCandidateGroups(KrimflowGroup.ID_KRIMTEAMET).endEvent()
                    .moveToNode("Gateway_Fork")
                    .userTask("Task_MobilaTeamet").camundaCandidateGroups(KrimflowGroup.ID_MOBILA_TEAMET).endEvent()
                    .done();
            engine.getRepositoryService().createDeployment().name("keycloak-it")
                    .addModelInstance(key + ".bpmn", model).deploy();
        }
        return engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    }

    HttpResponse<String> deploy(String authorization) throws Exception {
        String boundary = "krimflow" + UUID.randomUUID();
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("KeycloakItDeployed").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done());
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nit\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"it.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(app() + "/engine-rest/deployment/create"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Keycloak marks its cookies Secure also on http://localhost (browsers treat localhost as
     * secure); Java's cookie manager would then never send them back over http.
     */
    static CookieHandler localhostCookies() {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> copy = new HashMap<>();
                headers.forEach((name, values) -> copy.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure", "")).toList()
                        : values));
                cookies.put(uri, copy);
            }
        };
    }
}

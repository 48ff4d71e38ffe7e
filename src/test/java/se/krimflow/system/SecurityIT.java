package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;
import se.krimflow.testsupport.ThrowawayUser;

/** Doors of the running application under the production profile postgres (plus demo users). */
@KrimflowIntegrationTest
class SecurityIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    KrimflowHttp http;

    @Test
    void theAdminSetupEndpointIsClosedForEveryone() {
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"I\",\"email\":\"i@x.invalid\"},"
                + "\"credentials\":{\"password\":\"intruder1\"}}";
        assertThat(http.postJson("/camunda/api/admin/setup/default/user/create", body, null).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/camunda/api/admin/setup/default/user/create", body, "admin").statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())
                .statusCode()).isEqualTo(403);
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void productionProfileSendsHstsAndSecureCookies() {
        assertThat(http.get("/actuator/health", null).headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(http.get("/engine-rest/task/count", "krim1").headers().firstValue("Strict-Transport-Security"))
                .isPresent();

        KrimflowHttp.WebappSession session = http.login("tasklist", "krim1", "krim1");

        assertThat(session.loginStatus()).isEqualTo(200);
        assertThat(session.setCookieHeaders()).filteredOn(h -> h.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(h -> assertThat(h).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        assertThat(session.setCookieHeaders()).filteredOn(h -> h.startsWith("XSRF-TOKEN=")).isNotEmpty()
                .allSatisfy(h -> assertThat(h).containsIgnoringCase("Secure"));
    }

    @Test
    void webappLoginRefusesAWrongPassword() {
        // A wrong password locks the user for a moment: try it on a user of this test's own.
        String user = ThrowawayUser.create(engine, KrimflowGroup.ID_KVALITET);
        assertThat(http.login("tasklist", user, "fel").loginStatus()).isEqualTo(401);
    }

    @Test
    void aUserOutsideTheGroupsIsDenied() {
        HttpResponse<String> cases = http.postJson("/api/cases", "{}", "mobila1");
        assertThat(cases.statusCode()).isEqualTo(403);
        assertThat(cases.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(http.get("/api/reports/deviations?year=2026", "krim1").statusCode()).isEqualTo(403);

        // A social worker sees no authorizations (admin data); the administrator does.
        assertThat(http.get("/engine-rest/authorization?firstResult=0&maxResults=50", "krim1").body()).isEqualTo("[]");
        assertThat(http.get("/engine-rest/authorization?firstResult=0&maxResults=50", "admin").body())
                .contains("\"resourceType\"");
        assertThat(http.get("/engine-rest/authorization/count", "krim1").body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void anApiPathNoFeatureDeclaresIsDenied() {
        assertThat(http.get("/api/nothing-declared", "admin").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/nothing-declared", "{}", "krim1").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/deviations", "krim1").statusCode()).as("only POST is declared").isEqualTo(403);
    }

    @Test
    void theSanctionEndpointsTakeTheYouthServiceCoordinatorsButStartingACaseDoesNot() {
        assertThat(http.postJson("/api/cases", "{}", "ungdomstjanst1").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/cases/UNG-1999-999999/sanction",
                "{\"sanctionType\":\"ANNAN\"}", "ungdomstjanst1").statusCode()).as("past security: unknown case")
                .isEqualTo(404);
        assertThat(http.postJson("/api/cases/UNG-1999-999999/prosecutor-response", "{}", "ungdomstjanst1")
                .statusCode()).isNotIn(401, 403);
        assertThat(http.postJson("/api/cases/UNG-1999-999999/close", "{}", "ungdomstjanst1").statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyAdminsMayCreateTasklistFilters() {
        String filter = "{\"resourceType\":\"Task\",\"name\":\"Egen\",\"query\":{}}";
        assertThat(http.postJson("/engine-rest/filter/create", filter, "krim1").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/engine-rest/filter/create", filter, "krimchef1").statusCode()).isEqualTo(403);
        assertThat(engine.getFilterService().createFilterQuery().filterName("Egen").count()).isZero();

        HttpResponse<String> byAdmin = http.postJson("/engine-rest/filter/create", filter, "admin");
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        engine.getFilterService().deleteFilter(engine.getFilterService().createFilterQuery().filterName("Egen")
                .singleResult().getId());
    }

    @Test
    void theAdministratorSeesEverythingInCockpitAndAdmin() {
        KrimflowHttp.WebappSession admin = http.login("admin", "admin", "admin");
        assertThat(admin.loginStatus()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/engine/engine/default/user/count").body())
                .isEqualTo("{\"count\":" + engine.getIdentityService().createUserQuery().count() + "}");
        assertThat(http.get("/engine-rest/group/count", "admin").body())
                .isEqualTo("{\"count\":" + KrimflowGroup.values().length + "}");
        assertThat(http.login("cockpit", "admin", "admin").loginStatus()).isEqualTo(200);
        assertThat(http.login("cockpit", "krim1", "krim1").loginStatus()).as("Cockpit is not for krimteamet")
                .isNotEqualTo(200);
    }

    @Test
    void healthAnswersAnonymousCallersWithoutDetails() {
        HttpResponse<String> health = http.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "database");
        assertThat(http.get("/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.get("/actuator/env", null).statusCode()).isIn(403, 404);
    }
}

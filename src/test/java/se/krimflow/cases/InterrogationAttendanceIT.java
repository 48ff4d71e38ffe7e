package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The attendance over HTTP on PostgreSQL as Tasklist does it: krim1 registers a notification, sees
 * and claims the attendance task, completes it with form values; mobila1 sees nothing; a value the
 * server refuses leaves the task open and unchanged.
 */
@KrimflowIntegrationTest
class InterrogationAttendanceIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KrimflowHttp http;

    HttpResponse<String> call(String method, String path, String user, Object body) {
        return http.send(method, path, user, body == null ? null : KrimflowHttp.json(body));
    }

    JsonNode tasksOf(String caseNumber, String user) throws Exception {
        HttpResponse<String> response = call("GET", "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + caseNumber,
                user, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static Map<String, Object> value(Object v) {
        return Map.of("value", v);
    }

    @Test
    void krimteametClaimsAndDocumentsTheAttendanceAndARefusedValueChangesNothing() throws Exception {
        HttpResponse<String> created = call("POST", "/api/cases", "krim1", CasesApiIT.notification());
        assertThat(created.statusCode()).isEqualTo(201);
        String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();

        JsonNode krimTasks = tasksOf(caseNumber, "krim1");
        assertThat(krimTasks).hasSize(1);
        JsonNode prepare = krimTasks.get(0);
        assertThat(prepare.get("name").asText()).isEqualTo("Förbered och ta förhörsnärvaron");
        assertThat(prepare.get("due").isNull()).isFalse();
        assertThat(tasksOf(caseNumber, "mobila1")).isEmpty();
        String prepareId = prepare.get("id").asText();
        assertThat(call("POST", "/engine-rest/task/" + prepareId + "/claim", "mobila1",
                Map.of("userId", "mobila1")).statusCode()).isIn(403, 404);

        assertThat(call("POST", "/engine-rest/task/" + prepareId + "/claim", "krim1", Map.of("userId", "krim1"))
                .statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = call("POST", "/engine-rest/task/" + prepareId + "/submit-form", "krim1",
                Map.of("variables", Map.of("guardiansInformed", value(true), "preparationNote", value("Tolk bokad"))));
        assertThat(submitted.statusCode()).isEqualTo(204);

        JsonNode next = tasksOf(caseNumber, "krim1");
        assertThat(next).hasSize(1);
        assertThat(next.get(0).get("name").asText()).isEqualTo("Närvara vid förhöret och dokumentera");
        assertThat(next.get(0).get("assignee").asText()).isEqualTo("krim1");
        String attendId = next.get(0).get("id").asText();

        HttpResponse<String> refused = call("POST", "/engine-rest/task/" + attendId + "/submit-form", "krim1",
                Map.of("variables", Map.of("attended", value(false), "confessed", value(true),
                        "sensitiveOffence", value(false))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .contains("Ange varför ingen från socialtjänsten närvarade");

        JsonNode still = tasksOf(caseNumber, "krim1");
        assertThat(still).hasSize(1);
        assertThat(still.get(0).get("id").asText()).isEqualTo(attendId);
        HttpResponse<String> confessed = call("GET", "/engine-rest/task/" + attendId + "/variables/confessed",
                "krim1", null);
        assertThat(JSON.readTree(confessed.body()).get("value").asBoolean()).isFalse();
    }
}

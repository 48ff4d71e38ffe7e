package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.testsupport.Caseworker;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;
import se.krimflow.testsupport.TestPersonnummer;

/** {@code POST /api/cases} and {@code /close} over HTTP on PostgreSQL: each bad field, duplicates, unknown cases. */
@KrimflowIntegrationTest
class CasesApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    /** A valid notification: born 2010-05-20, so 16 at the interrogation on 2026-12-01. */
    static Map<String, Object> notification() {
        return policeNotification().toMap();
    }

    HttpResponse<String> post(String path, String user, Object body) {
        return http.post(path, body, user);
    }

    static List<String> badFields(HttpResponse<String> response) throws Exception {
        JsonNode body = JSON.readTree(response.body());
        return body.path("errors").findValuesAsText("field");
    }

    @Test
    void aValidNotificationCreatesACaseWithAnOpaqueNumber() throws Exception {
        Map<String, Object> n = notification();
        HttpResponse<String> response = post("/api/cases", "krim1", n);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("UNG-\\d{4}-\\d{6}");
        assertThat(response.body()).doesNotContain((String) n.get("personnummer"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(body.get("processInstanceId").asText()).singleResult().getBusinessKey())
                .isEqualTo(caseNumber);
        assertThat(engine.getRuntimeService().getVariable(body.get("processInstanceId").asText(),
                "ageAtInterrogation")).isEqualTo(16);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "personnummer    | 0905202384",
            "personnummer    | 20100520-238",
            "personnummer    | 201005202380",
            "personnummer    | 20101320-2384",
            "personnummer    | 203001012385",
            "personnummer    | ''",
            "youthName       | ''",
            "policeReference | ''",
            "policeReference | <script>",
            "offence         | ''",
            "interrogationAt | 2026-12-01T10:00:00",
            "interrogationAt | i morgon",
            "prisonInScale   | ja",
            "seriousOffence  | ''",
            "hasCaseworker   | 1",
            "arrested        | nej" })
    void eachBadFieldIsNamedInA400(String field, String value) throws Exception {
        Map<String, Object> n = notification();
        n.put(field, value);
        HttpResponse<String> response = post("/api/cases", "krim1", n);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(badFields(response)).containsExactly(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at se.krimflow");
    }

    @Test
    void missingFieldsAreAllNamedAtOnce() throws Exception {
        HttpResponse<String> response = post("/api/cases", "handlaggare1", Map.of("youthName", "X"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(badFields(response)).containsExactlyInAnyOrder("personnummer", "policeReference", "offence",
                "prisonInScale", "seriousOffence", "interrogationAt", "hasCaseworker", "arrested");
    }

    @Test
    void theSameReferenceAndPersonnummerTwiceIsAConflictWhileTheCaseIsOpen() throws Exception {
        Map<String, Object> n = notification();
        assertThat(post("/api/cases", "krim1", n).statusCode()).isEqualTo(201);
        HttpResponse<String> again = post("/api/cases", "handlaggare1", n);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).doesNotContain((String) n.get("personnummer"));
        Map<String, Object> otherYouth = new HashMap<>(n);
        otherYouth.put("personnummer", TestPersonnummer.bornOn(LocalDate.of(2011, 2, 3)));
        assertThat(post("/api/cases", "krim1", otherYouth).statusCode()).isEqualTo(201);
    }

    @Test
    void aStartThroughTheEngineRestApiNeverKeepsTheCallersBusinessKey() throws Exception {
        String existing = JSON.readTree(post("/api/cases", "krim1", notification()).body()).get("caseNumber").asText();
        Map<String, Object> variables = new LinkedHashMap<>();
        notification().forEach((name, value) -> variables.put(name, Map.of("value", value)));

        HttpResponse<String> started = http.post("/engine-rest/process-definition/key/YouthCrimeCase/submit-form",
                Map.of("businessKey", existing, "variables", variables), "krim1");

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(started.body()).get("businessKey").asText()).matches("UNG-\\d{4}-\\d{6}")
                .isNotEqualTo(existing);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("YouthCrimeCase")
                .processInstanceBusinessKey(existing).count()).isEqualTo(1);
        assertThat(post("/api/cases/" + existing + "/close", "krim1", Map.of("reason", "Dubblett")).statusCode())
                .isEqualTo(202);
    }

    @Test
    void aDecisionNotToProsecuteEndsTheCaseByItself() throws Exception {
        String caseNumber = JSON.readTree(post("/api/cases", "krim1", notification()).body()).get("caseNumber").asText();

        assertThat(post("/api/cases/" + caseNumber + "/prosecution-decision", "handlaggare1",
                Map.of("decision", "EJ_ATAL")).statusCode()).isEqualTo(202);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("YouthCrimeCase")
                .processInstanceBusinessKey(caseNumber).count())
                .as("the concern report's duties come first").isEqualTo(1);

        Caseworker.complete(engine, caseNumber, "Task_ProtectionAssessment",
                Map.of("protectionNeeded", false, "protectionAssessment", "Inget omedelbart skyddsbehov."));
        Caseworker.complete(engine, caseNumber, "Task_PreAssessment",
                Map.of("preAssessmentDecision", "INLED_INTE_UTREDNING", "preAssessmentMotivation", "Inget stödbehov."));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber).processDefinitionKey("YouthCrimeCase").singleResult()
                        .getId())
                .variableName("caseOutcome").singleResult().getValue()).isEqualTo("AVSLUTAT_EJ_ATAL");
        HttpResponse<String> again = post("/api/cases/" + caseNumber + "/prosecution-decision", "krim1",
                Map.of("decision", "ATAL"));
        assertThat(again.statusCode()).as("a second decision, also once the first has closed the case").isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("detail").asText()).contains("redan registrerat");
    }

    @Test
    void prosecutionKeepsTheCaseOpenAndASecondDecisionIsAConflict() throws Exception {
        String caseNumber = JSON.readTree(post("/api/cases", "krim1", notification()).body()).get("caseNumber").asText();

        assertThat(post("/api/cases/" + caseNumber + "/prosecution-decision", "krim1", Map.of("decision", "ATAL"))
                .statusCode()).isEqualTo(202);
        HttpResponse<String> again = post("/api/cases/" + caseNumber + "/prosecution-decision", "krim1",
                Map.of("decision", "EJ_ATAL"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("detail").asText()).contains("redan registrerat");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("YouthCrimeCase")
                .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    }

    @Test
    void aProsecutionDecisionNamesABadFieldAndAnUnknownCaseIs404() throws Exception {
        String caseNumber = JSON.readTree(post("/api/cases", "krim1", notification()).body()).get("caseNumber").asText();
        HttpResponse<String> unknownCode = post("/api/cases/" + caseNumber + "/prosecution-decision", "krim1",
                Map.of("decision", "KANSKE"));
        assertThat(unknownCode.statusCode()).isEqualTo(400);
        assertThat(badFields(unknownCode)).containsExactly("decision");
        assertThat(badFields(post("/api/cases/" + caseNumber + "/prosecution-decision", "krim1", Map.of())))
                .containsExactly("decision");
        assertThat(post("/api/cases/UNG-2026-999999/prosecution-decision", "krim1", Map.of("decision", "ATAL"))
                .statusCode()).isEqualTo(404);
        assertThat(post("/api/cases/" + caseNumber + "/prosecution-decision", "mobila1", Map.of("decision", "ATAL"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aMovedInterrogationMovesTheAttendanceAndEndedAttendanceIsAConflict() throws Exception {
        String caseNumber = JSON.readTree(post("/api/cases", "krim1", notification()).body()).get("caseNumber").asText();

        HttpResponse<String> moved = post("/api/cases/" + caseNumber + "/interrogation-moved", "krim1",
                Map.of("interrogationAt", "2026-12-03T13:00:00+01:00"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);
        var prepare = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_PrepareAttendance").singleResult();
        assertThat(prepare.getDueDate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-03T10:00:00Z")));
        assertThat(badFields(post("/api/cases/" + caseNumber + "/interrogation-moved", "krim1",
                Map.of("interrogationAt", "2026-12-03T13:00")))).containsExactly("interrogationAt");
        assertThat(post("/api/cases/UNG-2026-999999/interrogation-moved", "krim1",
                Map.of("interrogationAt", "2026-12-03T13:00:00+01:00")).statusCode()).isEqualTo(404);

        Map<String, Object> noAttendance = new HashMap<>(notification());
        noAttendance.put("prisonInScale", false);
        noAttendance.put("seriousOffence", false);
        noAttendance.put("hasCaseworker", true);
        String other = JSON.readTree(post("/api/cases", "krim1", noAttendance).body()).get("caseNumber").asText();
        HttpResponse<String> ended = post("/api/cases/" + other + "/interrogation-moved", "krim1",
                Map.of("interrogationAt", "2026-12-03T13:00:00+01:00"));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(409);
    }

    @Test
    void closingEndsTheCaseAndAClosedOrUnknownCaseIs404() throws Exception {
        Map<String, Object> n = notification();
        JsonNode created = JSON.readTree(post("/api/cases", "krim1", n).body());
        String caseNumber = created.get("caseNumber").asText();

        HttpResponse<String> noReason = post("/api/cases/" + caseNumber + "/close", "krim1", Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(badFields(noReason)).containsExactly("reason");

        HttpResponse<String> closed = post("/api/cases/" + caseNumber + "/close", "krim1",
                Map.of("reason", "Förundersökningen lades ned"));
        assertThat(closed.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(closed.body()).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(created.get("processInstanceId").asText()).variableName("caseOutcome")
                .singleResult().getValue()).isEqualTo("AVSLUTAT");

        assertThat(post("/api/cases/" + caseNumber + "/close", "krim1", Map.of("reason", "Igen")).statusCode())
                .isEqualTo(404);
        assertThat(post("/api/cases/UNG-2026-999999/close", "krim1", Map.of("reason", "x")).statusCode())
                .isEqualTo(404);
        assertThat(post("/api/cases/okänt/close", "krim1", Map.of("reason", "x")).statusCode()).isEqualTo(404);
        // After closure the same notification may start a new case.
        assertThat(post("/api/cases", "krim1", n).statusCode()).isEqualTo(201);
    }

    @Test
    void onlyTheCaseGroupsMayRegister() throws Exception {
        assertThat(post("/api/cases", "mobila1", notification()).statusCode()).isEqualTo(403);
        assertThat(post("/api/cases", null, notification()).statusCode()).isEqualTo(401);
    }
}

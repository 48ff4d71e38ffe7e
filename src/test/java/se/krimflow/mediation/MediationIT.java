package se.krimflow.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.mediation.MediationOffer.*;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * Over HTTP on the whole application (PostgreSQL, demo users, engine authorizations): mobila1
 * enters the victim's details through the task form; krim1 works its own mediation tasks but
 * cannot read those details through /engine-rest (tasks, variables, history), and neither can the
 * unit manager who oversees the mediation.
 */
@KrimflowIntegrationTest
class MediationIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    @Test
    void krimteametWorksTheMediationButCannotReadTheVictimsDetailsThatMobilaTeametEntered() throws Exception {
        String caseNumber = "UNG-2026-" + UUID.randomUUID().toString().substring(0, 8);
        String secretName = "Vera Hemlig " + UUID.randomUUID().toString().substring(0, 6);
        String secretContact = "070-" + UUID.randomUUID().toString().substring(0, 7);
        // YouthCrimeCase calls MediationOffer; here the engine starts it as that call would.
        Map<String, Object> in = new HashMap<>();
        in.put(VAR_CASE_NUMBER, caseNumber);
        in.put(VAR_OFFENDER_AGE, 15);
        in.put(VAR_REPORTED_TO_POLICE, true);
        in.put(VAR_CONFESSED, true);
        in.put(VAR_SENSITIVE_OFFENCE, false);
        in.put(VAR_YOUTH_NAME, "Test Testsson");
        ProcessInstance mediation = engine.getRuntimeService().startProcessInstanceByKey(KEY, caseNumber, in);

        // krim1 works its own tasks through the REST API as Tasklist does.
        String inform = singleTaskId("krim1", "processInstanceId=" + mediation.getId()
                + "&taskDefinitionKey=" + TASK_INFORM_YOUTH);
        assertThat(submit("krim1", inform, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_YES))
                .statusCode()).isEqualTo(204);
        String referral = singleTaskId("krim1", "processInstanceId=" + mediation.getId()
                + "&taskDefinitionKey=" + TASK_REFER);
        assertThat(submit("krim1", referral, Map.of(VAR_REFERRAL_SENT, true, VAR_WITHDRAWN, false)).statusCode())
                .isEqualTo(204);

        // mobila1 consults the head of the investigation, then gets the victim's record.
        String consult = singleTaskId("mobila1", "processInstanceId=" + mediation.getId()
                + "&taskDefinitionKey=" + TASK_CONSULT);
        assertThat(submit("mobila1", consult, Map.of(VAR_INVESTIGATION_LEADER_CONSULTED, true,
                VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, false, VAR_WITHDRAWN, false)).statusCode()).isEqualTo(204);
        // The victim's record has its own number as business key, never the offender's case number.
        String victimRecordNumber = (String) engine.getRuntimeService().getVariable(mediation.getId(), VAR_VICTIM_RECORD_NUMBER);
        assertThat(victimRecordNumber).matches("MED-\\d{4}-\\d{6}");
        String victimTask = singleTaskId("mobila1", "processDefinitionKey=" + MediationVictimRecord.KEY
                + "&processInstanceBusinessKey=" + victimRecordNumber);
        String victimRecordId = JSON.readTree(get("mobila1", "/engine-rest/task/" + victimTask).body())
                .path("processInstanceId").asText();
        assertThat(list("mobila1", "/engine-rest/process-instance?businessKey=" + caseNumber
                + "&processDefinitionKey=" + MediationVictimRecord.KEY)).as("not under the case number").isEmpty();
        assertThat(get("mobila1", "/engine-rest/task/" + victimTask + "/deployed-form").body())
                .contains(MediationVictimRecord.FORM_RECORD_VICTIM);

        // While the record is open, krim1 sees neither the task nor the instance.
        assertThat(list("krim1", "/engine-rest/task?processDefinitionKey=" + MediationVictimRecord.KEY))
                .isEmpty();
        assertThat(get("krim1", "/engine-rest/task/" + victimTask).statusCode()).isIn(403, 404);
        assertThat(get("krim1", "/engine-rest/task/" + victimTask + "/variables").statusCode()).isIn(403, 404);
        assertThat(get("krim1", "/engine-rest/process-instance/" + victimRecordId + "/variables").statusCode())
                .isIn(403, 404);

        // The server validates the victim's form: a minor victim needs the guardians' contact.
        HttpResponse<String> invalid = submit("mobila1", victimTask, Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, secretName, MediationVictimRecord.VAR_VICTIM_CONTACT, secretContact,
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, true, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.CONSENTS));
        // (The engine wraps the listener's FormFieldValidationException, so REST answers 500, not 400:
        // reported to the foundation; Tasklist shows the message either way.)
        assertThat(invalid.statusCode()).as(invalid.body()).isGreaterThanOrEqualTo(400);
        assertThat(invalid.body()).contains("vårdnadshavarnas kontaktuppgifter");
        assertThat(get("mobila1", "/engine-rest/task/" + victimTask).statusCode()).as("nothing saved, task open")
                .isEqualTo(200);

        // mobila1 enters the victim's details through the task form.
        assertThat(submit("mobila1", victimTask, Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, secretName, MediationVictimRecord.VAR_VICTIM_CONTACT, secretContact,
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.CONSENTS)).statusCode())
                .isEqualTo(204);

        // Mobila teamet can read them afterwards ...
        assertThat(list("mobila1", "/engine-rest/history/variable-instance?processInstanceId=" + victimRecordId
                + "&variableName=" + MediationVictimRecord.VAR_VICTIM_NAME).toString()).contains(secretName);

        // ... krim1 cannot, in any of the places the REST API offers ...
        for (String path : new String[] {
                "/engine-rest/history/variable-instance?variableName=" + MediationVictimRecord.VAR_VICTIM_NAME,
                "/engine-rest/history/variable-instance?processInstanceId=" + victimRecordId,
                "/engine-rest/history/detail?processInstanceId=" + victimRecordId,
                "/engine-rest/history/task?processInstanceId=" + victimRecordId,
                "/engine-rest/history/process-instance?processDefinitionKey=" + MediationVictimRecord.KEY,
                "/engine-rest/variable-instance?variableName=" + MediationVictimRecord.VAR_VICTIM_NAME,
                "/engine-rest/task?processDefinitionKey=" + MediationVictimRecord.KEY }) {
            HttpResponse<String> r = get("krim1", path + "&maxResults=50");
            assertThat(r.statusCode()).as("krim1 GET %s", path).isEqualTo(200);
            assertThat(JSON.readTree(r.body())).as("krim1 GET %s", path).isEmpty();
            assertThat(r.body()).doesNotContain(secretName).doesNotContain(secretContact);
        }
        // ... and the unit manager, who oversees the mediation itself, cannot either.
        assertThat(list("krimchef1", "/engine-rest/history/variable-instance?processInstanceId=" + victimRecordId))
                .isEmpty();
        String mediationVariables = list("krimchef1", "/engine-rest/history/variable-instance?processInstanceId="
                + mediation.getId()).toString();
        assertThat(mediationVariables).contains(VAR_VICTIM_CONSENTS).contains(VAR_ELIGIBILITY_REASON)
                .doesNotContain(secretName).doesNotContain(secretContact)
                .doesNotContain(MediationVictimRecord.VAR_VICTIM_NAME);

        // Only the consent came back; the mediation went on to Mobila teamet's preparatory talks.
        assertThat(engine.getRuntimeService().getVariable(mediation.getId(), VAR_VICTIM_CONSENTS)).isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariables(mediation.getId()))
                .doesNotContainKeys(MediationVictimRecord.VAR_VICTIM_NAME, MediationVictimRecord.VAR_VICTIM_CONTACT);
        String preparation = singleTaskId("mobila1", "processInstanceId=" + mediation.getId()
                + "&taskDefinitionKey=" + TASK_PREPARE);
        assertThat(preparation).isNotBlank();
        // krim1 is not a candidate for the mediator's tasks.
        assertThat(list("krim1", "/engine-rest/task?processInstanceId=" + mediation.getId())).isEmpty();
    }

    /**
     * POST /api/cases/{caseNumber}/mediation-withdrawal on a real case: 400 naming the field, 404 for
     * an unknown case, 403 for a group that may not, 409 before the mediation proper has started,
     * 202 while it runs (the mediation goes to the outcome report, the case learns who withdrew),
     * then 409 again.
     */
    @Test
    void aWithdrawalThroughTheApiEndsTheRunningMediationOfTheCase() throws Exception {
        HttpResponse<String> created = http.post("/api/cases", policeNotification().toMap(), "krim1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();
        String caseId = JSON.readTree(created.body()).get("processInstanceId").asText();
        String path = "/api/cases/" + caseNumber + "/mediation-withdrawal";

        HttpResponse<String> invalid = http.post(path, Map.of(VAR_WITHDRAWN_BY, "NAGON"), "krim1");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).path("errors").get(0).path("field").asText()).isEqualTo(VAR_WITHDRAWN_BY);
        assertThat(http.post("/api/cases/UNG-2026-999999/mediation-withdrawal", Map.of(VAR_WITHDRAWN_BY, PARTY_YOUTH), "krim1")
                .statusCode()).isEqualTo(404);
        assertThat(http.post(path, Map.of(VAR_WITHDRAWN_BY, PARTY_YOUTH), "ungdomstjanst1").statusCode()).isEqualTo(403);
        assertThat(http.post(path, Map.of(VAR_WITHDRAWN_BY, PARTY_YOUTH), "krim1").statusCode())
                .as("no mediation yet").isEqualTo(409);

        // The case starts its mediation (as after a confession) and the youth says yes.
        engine.getRuntimeService().createProcessInstanceModification(caseId)
                .startBeforeActivity(se.krimflow.cases.YouthCrimeCase.CALL_MEDIATION_OFFER)
                .setVariable(VAR_CONFESSED, true).setVariable(VAR_SENSITIVE_OFFENCE, false).execute();
        ProcessInstance mediation = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caseId).processDefinitionKey(KEY).singleResult();
        String inform = singleTaskId("krim1", "processInstanceId=" + mediation.getId() + "&taskDefinitionKey=" + TASK_INFORM_YOUTH);
        assertThat(submit("krim1", inform, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_YES)).statusCode())
                .isEqualTo(204);

        HttpResponse<String> accepted = http.post(path, Map.of(VAR_WITHDRAWN_BY, PARTY_VICTIM), "mobila1");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(engine.getRuntimeService().getVariable(mediation.getId(), VAR_MEDIATION_OUTCOME)).isEqualTo(OUTCOME_WITHDRAWN);
        assertThat(engine.getRuntimeService().getVariable(caseId, VAR_WITHDRAWN_BY)).isEqualTo(PARTY_VICTIM);
        assertThat(singleTaskId("mobila1", "processInstanceId=" + mediation.getId() + "&taskDefinitionKey="
                + TASK_REPORT_OUTCOME)).isNotBlank();
        assertThat(http.post(path, Map.of(VAR_WITHDRAWN_BY, PARTY_YOUTH), "krim1").statusCode())
                .as("nothing left to withdraw from").isEqualTo(409);
    }

    // --- HTTP -------------------------------------------------------------------------------

    String singleTaskId(String user, String query) throws Exception {
        HttpResponse<String> r = get(user, "/engine-rest/task?maxResults=50&" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode tasks = JSON.readTree(r.body());
        assertThat(tasks).as("%s sees one task for %s", user, query).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /** A list query (bounded, as the engine demands) that must answer 200. */
    JsonNode list(String user, String path) throws Exception {
        HttpResponse<String> r = get(user, path + (path.contains("?") ? "&" : "?") + "maxResults=50");
        assertThat(r.statusCode()).as("%s GET %s", user, path).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.isArray()).as("%s GET %s answers a list", user, path).isTrue();
        return body;
    }

    HttpResponse<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return http.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables), user);
    }

    HttpResponse<String> get(String user, String path) {
        return http.get(path, user);
    }
}

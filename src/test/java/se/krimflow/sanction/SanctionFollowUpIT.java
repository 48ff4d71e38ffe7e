package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.sanction.SanctionFollowUp.*;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.cases.OpenCases;
import se.krimflow.cases.YouthCrimeCase;
import se.krimflow.deadline.EngineClock;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The sanction endpoints and a youth-service order run to completion by {@code ungdomstjanst1}
 * through /engine-rest, on PostgreSQL. Until YouthCrimeCase is on this branch, a stand-in with its
 * SanctionDecided event subprocess is deployed for the duration of the test.
 */
@KrimflowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanctionFollowUpIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TODAY = LocalDate.now(EngineClock.ZONE).toString();

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    String stubDeploymentId;

    @BeforeAll
    void youthCrimeCaseIsThere() {
        if (engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(OpenCases.CASE_PROCESS_KEY).count() == 0) {
            stubDeploymentId = engine.getRepositoryService().createDeployment().name("sanction-it-stub")
                    .addClasspathResource("sanction/YouthCrimeCaseStub.bpmn").deploy().getId();
        }
    }

    @AfterAll
    void removeStub() {
        if (stubDeploymentId != null) {
            engine.getRepositoryService().deleteDeployment(stubDeploymentId, true);
        }
    }

    @Test
    void badFieldsAreRejectedOneByOne() throws Exception {
        String caseNumber = openCase();
        assertBadField(caseNumber, Map.of("youthServiceHours", 40), "sanctionType");
        assertBadField(caseNumber, Map.of("sanctionType", "FANGELSE"), "sanctionType");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSTJANST"), "youthServiceHours");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 19), "youthServiceHours");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 151), "youthServiceHours");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 40.5), "youthServiceHours");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSVARD"), "careProvider");
        assertBadField(caseNumber, Map.of("sanctionType", "UNGDOMSTJANST_OCH_UNGDOMSVARD", "youthServiceHours", 40),
                "careProvider");
        HttpResponse<String> badResponse = post("/api/cases/" + caseNumber + "/prosecutor-response",
                Map.of("response", "KANSKE"), "ungdomstjanst1");
        assertThat(badResponse.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badResponse.body()).at("/errors/0/field").asText()).isEqualTo("response");
        // nothing started
        assertThat(followUp(caseNumber)).isNull();
    }

    @Test
    void unknownCaseIs404AndOnlySanctionGroupsMayCall() throws Exception {
        Map<String, Object> valid = Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 40);
        assertThat(post("/api/cases/UNG-1999-999999/sanction", valid, "ungdomstjanst1").statusCode()).isEqualTo(404);
        assertThat(post("/api/cases/UNG-1999-999999/prosecutor-response", Map.of("response", "VARNING"), "krim1")
                .statusCode()).isEqualTo(404);
        String caseNumber = openCase();
        assertThat(post("/api/cases/" + caseNumber + "/sanction", valid, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/cases/" + caseNumber + "/sanction", valid, "mobila1").statusCode()).isEqualTo(403);
    }

    @Test
    void youthServiceCoordinatorRegistersSessionsUntilTheHoursAreDone() throws Exception {
        String caseNumber = openCase();
        assertThat(post("/api/cases/" + caseNumber + "/prosecutor-response", Map.of("response", "VARNING"),
                "ungdomstjanst1").statusCode()).as("no follow-up yet").isEqualTo(409);

        HttpResponse<String> accepted = post("/api/cases/" + caseNumber + "/sanction",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 20), "ungdomstjanst1");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(followUp(caseNumber)).isNotNull();

        assertThat(post("/api/cases/" + caseNumber + "/sanction",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 20), "krim1").statusCode())
                .as("already followed up").isEqualTo(409);
        assertThat(post("/api/cases/" + caseNumber + "/prosecutor-response", Map.of("response", "VARNING"),
                "ungdomstjanst1").statusCode()).as("no notification waiting").isEqualTo(409);

        submit(caseNumber, TASK_CONTACT_YOUTH, form("firstContactDate", TODAY, "contactMethod", "MOTE"));
        submit(caseNumber, TASK_MAKE_PLACEMENT_PLAN, form("placement", "Kyrkans second hand",
                "placementSupervisor", "Handledare", "placementStartDate", TODAY,
                "placementPlan", "Lördagar fyra timmar och samtal om brottet."));

        registerSession(caseNumber, 8);
        assertThat(taskVariable(caseNumber, TASK_REGISTER_SESSION, VAR_HOURS_DONE)).isEqualTo(8);
        assertThat(taskVariable(caseNumber, TASK_REGISTER_SESSION, VAR_YOUTH_SERVICE_HOURS)).isEqualTo(20);

        // more hours than remain: refused with the form's Swedish message, nothing saved. (The engine
        // wraps the form plugin's exception from its task listener, so REST answers 500, not 400.)
        HttpResponse<String> tooMany = submitRaw(caseNumber, TASK_REGISTER_SESSION, session(13));
        assertThat(tooMany.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(tooMany.body()).contains("återstår bara 12 timmar");
        assertThat(taskVariable(caseNumber, TASK_REGISTER_SESSION, VAR_HOURS_DONE)).isEqualTo(8);

        registerSession(caseNumber, 8);
        registerSession(caseNumber, 4);
        assertThat(taskVariable(caseNumber, TASK_CONFIRM_COMPLETION, VAR_HOURS_DONE)).isEqualTo(20);
        String form = get("/engine-rest/task/" + taskId(caseNumber, TASK_CONFIRM_COMPLETION) + "/deployed-form",
                "ungdomstjanst1").body();
        assertThat(form).contains("{{hoursDone}} av {{youthServiceHours}} timmar");

        submit(caseNumber, TASK_CONFIRM_COMPLETION, form("completionDate", TODAY, "completionConfirmed", true));

        assertThat(followUp(caseNumber)).as("follow-up ended").isNull();
        // The last follow-up asks the case to end; it ends once its concern report is handled too.
        ProcessInstance theCase = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(OpenCases.CASE_PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(engine.getRuntimeService().getVariable(theCase.getId(), VAR_SANCTION_OUTCOME)).isEqualTo(OUTCOME_COMPLETED);
        assertThat(engine.getRuntimeService().getVariable(theCase.getId(), YouthCrimeCase.VAR_CLOSING_OUTCOME))
                .isEqualTo(YouthCrimeCase.OUTCOME_SANCTION_FOLLOWED_UP);
        assertThat(engine.getRuntimeService().getVariable(theCase.getId(), YouthCrimeCase.VAR_CONCERN_DUTIES_OPEN))
                .isEqualTo(true);
    }

    @Test
    void sessionsGoOnWhileTheProsecutorIsAskedAndAReplacementRequestWaitsForTheCourt() throws Exception {
        String caseNumber = openCase();
        assertThat(post("/api/cases/" + caseNumber + "/sanction",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 30), "ungdomstjanst1").statusCode())
                .isEqualTo(202);
        submit(caseNumber, TASK_CONTACT_YOUTH, form("firstContactDate", TODAY, "contactMethod", "MOTE"));
        submit(caseNumber, TASK_MAKE_PLACEMENT_PLAN, form("placement", "Kyrkans second hand",
                "placementSupervisor", "Handledare", "placementStartDate", TODAY,
                "placementPlan", "Lördagar fyra timmar och samtal om brottet."));
        submit(caseNumber, TASK_REGISTER_SESSION, absence());
        submit(caseNumber, TASK_SERVICE_WARNING_TALK, form("warningTalkDate", TODAY));
        submit(caseNumber, TASK_REGISTER_SESSION, absence());
        submit(caseNumber, TASK_SERVICE_NOTIFY_PROSECUTOR, form("notificationDate", TODAY,
                "neglectDescription", "Uteblivit två gånger utan giltigt skäl."));

        // the wait for the answer does not block the sessions
        registerSession(caseNumber, 4);
        assertThat(taskVariable(caseNumber, TASK_REGISTER_SESSION, VAR_HOURS_DONE)).isEqualTo(4);

        assertThat(post("/api/cases/" + caseNumber + "/prosecutor-response", Map.of("response", "UNDANROJD"),
                "ungdomstjanst1").statusCode()).isEqualTo(202);
        assertThat(post("/api/cases/" + caseNumber + "/prosecutor-response", Map.of("response", "VARNING"),
                "ungdomstjanst1").statusCode()).as("answered: nothing waits any more").isEqualTo(409);
        // the request is not the end: the coordinator records the court's decision, and the sessions go on
        submit(caseNumber, TASK_RECORD_COURT_DECISION, form("courtDecision", COURT_NOT_REPLACED, "courtDecisionDate", TODAY));
        assertThat(followUp(caseNumber)).as("the sanction stands").isNotNull();
        assertThat(taskId(caseNumber, TASK_REGISTER_SESSION)).isNotBlank();
    }

    // ------------------------------------------------------------------ helpers

    String openCase() throws Exception {
        if (stubDeploymentId != null) {
            String caseNumber = "UNG-2026-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
            engine.getRuntimeService().startProcessInstanceByKey(OpenCases.CASE_PROCESS_KEY, caseNumber,
                    Map.of("caseNumber", caseNumber, "youthName", "Testperson Ung"));
            return caseNumber;
        }
        // The real YouthCrimeCase: open a case as the contract says.
        Map<String, Object> body = policeNotification().bornOn(LocalDate.of(2010, 3, 15))
                .with("youthName", "Testperson Ung").toMap();
        HttpResponse<String> created = post("/api/cases", body, "krim1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("caseNumber").asText();
    }

    ProcessInstance followUp(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    void assertBadField(String caseNumber, Map<String, Object> body, String field) throws Exception {
        HttpResponse<String> response = post("/api/cases/" + caseNumber + "/sanction", body, "ungdomstjanst1");
        assertThat(response.statusCode()).as(body.toString()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
    }

    void registerSession(String caseNumber, int hours) throws Exception {
        submit(caseNumber, TASK_REGISTER_SESSION, session(hours));
    }

    static Map<String, Object> absence() {
        return form("registrationType", "PASS", "sessionDate", TODAY, "attendance", "FRANVARANDE",
                "absenceReason", "Kom inte", "absenceExcused", false);
    }

    static Map<String, Object> session(int hours) {
        return form("registrationType", "PASS", "sessionDate", TODAY, "attendance", "NARVARANDE", "sessionHours", hours);
    }

    static Map<String, Object> form(Object... keyValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
            variables.put((String) keyValues[i], Map.of("value", value, "type", type));
        }
        return Map.of("variables", variables);
    }

    String taskId(String caseNumber, String taskKey) throws Exception {
        HttpResponse<String> tasks = get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
                + "&taskDefinitionKey=" + taskKey + "&candidateGroup=ungdomstjanst&maxResults=10", "ungdomstjanst1");
        assertThat(tasks.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(tasks.body());
        assertThat(list).as("open task %s", taskKey).hasSize(1);
        return list.get(0).get("id").asText();
    }

    Object taskVariable(String caseNumber, String taskKey, String name) throws Exception {
        HttpResponse<String> value = get("/engine-rest/task/" + taskId(caseNumber, taskKey) + "/variables/" + name,
                "ungdomstjanst1");
        assertThat(value.statusCode()).as(value.body()).isEqualTo(200);
        return JSON.readTree(value.body()).get("value").asInt();
    }

    void submit(String caseNumber, String taskKey, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = submitRaw(caseNumber, taskKey, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    HttpResponse<String> submitRaw(String caseNumber, String taskKey, Map<String, Object> body) throws Exception {
        return post("/engine-rest/task/" + taskId(caseNumber, taskKey) + "/submit-form", body, "ungdomstjanst1");
    }

    HttpResponse<String> post(String path, Object body, String user) {
        return http.post(path, body, user);
    }

    HttpResponse<String> get(String path, String user) {
        return http.get(path, user);
    }
}

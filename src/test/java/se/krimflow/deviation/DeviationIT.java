package se.krimflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.deviation.DeviationHandling.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.EngineClock;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/** The intake API and the yearly report over HTTP on the whole application (PostgreSQL). */
@KrimflowIntegrationTest
class DeviationIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VALID = """
            {"reporterType": "PERSONAL", "riskForClient": false, "concernsOtherOrganisation": true,
             "organisation": "Region Skåne", "category": "KOMMUNIKATION",
             "description": "Regionen kom inte till det planerade SIP-mötet.", "reporterId": "admin"}""";

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    final int year = ZonedDateTime.now(EngineClock.ZONE).getYear();

    @Test
    void anyUserReportsADeviationRecordedAsThemselvesButOnlyQualityAndManagersReadTheReport() throws Exception {
        HttpResponse<String> created = send("POST", "/api/deviations", "krim1", VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String number = body.get("deviationNumber").asText();
        assertThat(number).matches("AVV-" + year + "-\\d{6}");
        String instanceId = body.get("processInstanceId").asText();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult().getBusinessKey()).isEqualTo(number);
        assertThat(engine.getRuntimeService().getVariable(instanceId, REPORTER_ID)).isEqualTo("krim1");

        assertThat(send("GET", "/api/reports/deviations?year=" + year, "krim1", null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/reports/deviations/chart.svg?year=" + year, "krim1", null).statusCode())
                .isEqualTo(403);

        for (String reader : new String[] { "kvalitet1", "krimchef1", "admin" }) {
            HttpResponse<String> report = send("GET", "/api/reports/deviations?year=" + year, reader, null);
            assertThat(report.statusCode()).as(reader).isEqualTo(200);
            JsonNode json = JSON.readTree(report.body());
            assertThat(json.get("year").asInt()).isEqualTo(year);
            assertThat(json.get("total").asInt()).as(reader + " sees every deviation").isGreaterThanOrEqualTo(1);
            assertThat(json.get("byCategory").size()).isEqualTo(9);
            assertThat(json.get("byCategory").get("KOMMUNIKATION").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(json.get("byTrack").size()).isEqualTo(4);
            assertThat(json.get("byOrganisation").get("Region Skåne").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(json.has("medianDaysToFeedback")).isTrue();
            assertThat(json.has("overdueFeedback")).isTrue();
        }
        HttpResponse<String> csv = send("GET", "/api/reports/deviations?year=" + year + "&format=csv", "kvalitet1",
                null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.body()).startsWith("section,key,label,value\r\n").contains("track,SAMVERKAN,");
        HttpResponse<String> svg = send("GET", "/api/reports/deviations/chart.svg?year=" + year, "kvalitet1", null);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("image/svg+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes(
                StandardCharsets.UTF_8))).getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @Test
    void badRequestsAreRefusedWithTheFieldNamed() throws Exception {
        HttpResponse<String> badYear = send("GET", "/api/reports/deviations?year=tjugo", "kvalitet1", null);
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(badYear.body()).get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(send("GET", "/api/reports/deviations", "kvalitet1", null).statusCode()).isEqualTo(400);

        String withPersonnummer = VALID.replace("Regionen kom inte", "Regionen (200901012385) kom inte");
        HttpResponse<String> refused = send("POST", "/api/deviations", "mobila1", withPersonnummer);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("description");
        assertThat(errors.get(0).get("message").asText()).contains("personnummer");

        HttpResponse<String> incomplete = send("POST", "/api/deviations", "mobila1",
                "{\"reporterType\":\"PARTNER\",\"riskForClient\":false,\"concernsOtherOrganisation\":false,"
                        + "\"category\":\"OKAND\",\"description\":\"kort\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"organisation\"", "\"category\"", "\"description\"");
        assertThat(send("POST", "/api/deviations", null, VALID).statusCode()).isEqualTo(401);
    }

    /**
     * Task visibility is checked through the application's engine as each user (with their groups):
     * in the failsafe JVM, /engine-rest resolves the "default" engine through ProcessEngines, which
     * also finds the in-memory test configuration camunda.cfg.xml on the test classpath.
     */
    @Test
    void kvalitetWorksTheTasksAndTheReporterReadsTheFeedback() throws Exception {
        String partner = VALID.replace("\"PERSONAL\"", "\"PARTNER\"");
        String instanceId = JSON.readTree(send("POST", "/api/deviations", "handlaggare1", partner).body())
                .get("processInstanceId").asText();
        assertThat(visibleTasks("kvalitet1", List.of("kvalitet"), instanceId)).containsExactly("Bedöm spår och kategori");
        assertThat(visibleTasks("handlaggare1", List.of("handlaggare"), instanceId))
                .as("the reporter does not see the quality coordinator's work").isEmpty();

        complete(instanceId, TASK_TRIAGE, Map.of());
        complete(instanceId, TASK_SEND_TO_ORGANISATION, Map.of("sentToOrganisationNote", "Skickat till regionens enhetschef."));
        complete(instanceId, TASK_RECORD_ANSWER, Map.of("organisationAnswer", "Regionen ändrar sin kallelserutin."));
        complete(instanceId, TASK_GIVE_FEEDBACK, Map.of(FEEDBACK_TO_REPORTER, "Regionen ändrar sin kallelserutin."));

        assertThat(visibleTasks("handlaggare1", List.of("handlaggare"), instanceId))
                .containsExactly("Läs återkoppling på din avvikelse");
        engine.getIdentityService().setAuthentication("handlaggare1", List.of("handlaggare"));
        try {
            Task read = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                    .taskAssignee("handlaggare1").singleResult();
            assertThat(engine.getTaskService().getVariable(read.getId(), FEEDBACK_TO_REPORTER))
                    .isEqualTo("Regionen ändrar sin kallelserutin.");
            engine.getTaskService().complete(read.getId(), Map.of("feedbackRead", true));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(TASK_READ_FEEDBACK).count()).isZero();
    }

    /** Lex Sarah: the unit manager works the immediate remedy; kvalitet sees it too, and gets it in its next tasks. */
    @Test
    void theManagerRemediesALexSarahDeviationAndKvalitetSeesIt() throws Exception {
        String lexSarah = VALID.replace("\"riskForClient\": false", "\"riskForClient\": true")
                .replace("\"concernsOtherOrganisation\": true", "\"concernsOtherOrganisation\": false");
        String instanceId = JSON.readTree(send("POST", "/api/deviations", "krim1", lexSarah).body())
                .get("processInstanceId").asText();
        complete(instanceId, TASK_TRIAGE, Map.of());
        assertThat(visibleTasks("krimchef1", List.of("krimteamet-chef"), instanceId))
                .containsExactly("Åtgärda missförhållandet omedelbart");
        assertThat(visibleTasks("kvalitet1", List.of("kvalitet"), instanceId))
                .as("kvalitet oversees every deviation task").containsExactly("Åtgärda missförhållandet omedelbart");
        assertThat(visibleTasks("krim1", List.of("krimteamet"), instanceId)).isEmpty();

        engine.getIdentityService().setAuthentication("krimchef1", List.of("krimteamet-chef"));
        try {
            Task remedy = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                    .taskDefinitionKey(TASK_REMEDY).singleResult();
            engine.getTaskService().claim(remedy.getId(), "krimchef1");
            engine.getTaskService().complete(remedy.getId(), Map.of(IMMEDIATE_REMEDY, "Rutinen ändrades samma dag."));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getIdentityService().setAuthentication("kvalitet1", List.of("kvalitet"));
        try {
            Task assess = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                    .taskDefinitionKey(TASK_ASSESS_SERIOUSNESS).singleResult();
            assertThat(engine.getTaskService().getVariables(assess.getId()))
                    .containsEntry(IMMEDIATE_REMEDY, "Rutinen ändrades samma dag.").containsEntry(REMEDIED_BY, "krimchef1");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    List<String> visibleTasks(String user, List<String> groups, String instanceId) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).listPage(0, 50).stream()
                    .map(Task::getName).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void complete(String instanceId, String taskKey, Map<String, Object> values) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .singleResult();
        engine.getTaskService().complete(task.getId(), values);
    }

    HttpResponse<String> send(String method, String path, String user, String json) {
        return http.send(method, path, user, json);
    }
}

package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.system.ReadAudit;
import se.krimflow.testsupport.Caseworker;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * {@code GET /api/cases} and {@code GET /api/cases/{caseNumber}} (CONTRACT.md) on PostgreSQL: the
 * open cases the caller may read with their steps, next deadline and legal clocks, never a
 * personnummer; a case the caller may not read is neither listed nor shown (the same 404 as an
 * unknown case); each answer is a read in the read log.
 */
@KrimflowIntegrationTest
class CaseOverviewIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KrimflowHttp http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReadAudit audit;

    String newCase(Map<String, Object> notification) {
        return http.registerCase(notification, "krim1");
    }

    JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> answer = http.get(path, user);
        assertThat(answer.statusCode()).as(path + " as " + user + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    static List<String> caseNumbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("caseNumber").asText()));
        return numbers;
    }

    @Test
    void theManagerSeesEveryOpenCaseWithItsStepsClocksAndNextDeadlineAndNoPersonnummer() throws Exception {
        Map<String, Object> notification = policeNotification().toMap();
        String caseNumber = newCase(notification);

        HttpResponse<String> raw = http.get("/api/cases?size=100", "krimchef1");
        assertThat(raw.body()).as("never a personnummer or a name")
                .doesNotContain((String) notification.get("personnummer")).doesNotContain((String) notification.get("youthName"));
        JsonNode page = JSON.readTree(raw.body());
        assertThat(caseNumbers(page)).as("newest first").first().isEqualTo(caseNumber);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("openedAt").asText()).isNotBlank();
        assertThat(item.get("steps")).extracting(s -> s.get("task").asText()).contains("Gör skyddsbedömning");
        assertThat(item.get("steps")).allSatisfy(s -> assertThat(s.get("dueDate").asText()).isNotBlank());
        assertThat(item.get("nextDeadline").get("due").asText()).isNotBlank();
        assertThat(item.get("overdue").isBoolean()).isTrue();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode one = get("/api/cases/" + caseNumber, "krimchef1");
        assertThat(one.get("clocks")).extracting(c -> c.get("what").asText())
                .contains("Skyddsbedömning", "Förhandsbedömning");
        assertThat(one.get("clocks")).allSatisfy(c -> assertThat(c.get("done").asBoolean()).isFalse());
        assertThat(one.get("outcomes").size()).isZero();
        assertThat(audit.page(caseNumber, 0, 50).items()).as("the reads are in the read log")
                .anySatisfy(e -> assertThat(e.what()).contains("GET /api/cases/" + caseNumber))
                .anySatisfy(e -> assertThat(e.what()).contains("GET /api/cases"));
    }

    @Test
    void aCaseworkerSeesOnlyTheCasesOfHerTasksAndTheSame404ForTheOthers() throws Exception {
        String caseNumber = newCase(policeNotification().toMap());
        assertThat(caseNumbers(get("/api/cases?size=100", "handlaggare1"))).contains(caseNumber);

        Caseworker.complete(engine, caseNumber, YouthCrimeCase.TASK_PROTECTION_ASSESSMENT,
                Map.of("protectionNeeded", false, "protectionAssessment", "Inget omedelbart skyddsbehov."));
        Caseworker.complete(engine, caseNumber, YouthCrimeCase.TASK_PRE_ASSESSMENT,
                Map.of("preAssessmentDecision", "INLED_INTE_UTREDNING", "preAssessmentMotivation", "Inget stödbehov."));
        JsonNode done = get("/api/cases/" + caseNumber, "krimchef1");
        assertThat(done.get("clocks")).filteredOn(c -> c.get("what").asText().equals("Förhandsbedömning"))
                .allSatisfy(c -> assertThat(c.get("done").asBoolean()).isTrue());
        assertThat(done.get("outcomes").get("PreAssessment").asText()).isEqualTo("INLED_INTE_UTREDNING");

        // The attendance is krimteamet's: the caseworker has no task left in the case.
        assertThat(caseNumbers(get("/api/cases?size=100", "handlaggare1"))).doesNotContain(caseNumber);
        HttpResponse<String> notHers = http.get("/api/cases/" + caseNumber, "handlaggare1");
        HttpResponse<String> unknown = http.get("/api/cases/UNG-2026-999998", "handlaggare1");
        assertThat(notHers.statusCode()).isEqualTo(404);
        assertThat(notHers.body()).isEqualTo(unknown.body().replace("UNG-2026-999998", caseNumber));
        assertThat(caseNumbers(get("/api/cases?size=100", "krim1"))).as("krimteamet attends").contains(caseNumber);
    }

    @Test
    void pagingAndWhoMayAsk() throws Exception {
        newCase(policeNotification().toMap());
        newCase(policeNotification().toMap());
        JsonNode first = get("/api/cases?page=0&size=1", "krimchef1");
        JsonNode second = get("/api/cases?page=1&size=1", "krimchef1");
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(caseNumbers(second)).doesNotContainAnyElementsOf(caseNumbers(first));

        HttpResponse<String> bad = http.get("/api/cases?size=0", "krimchef1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(http.get("/api/cases", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/cases", "ungdomstjanst1").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/cases/UNG-2026-000001", "mobila1").statusCode()).isEqualTo(403);
    }
}

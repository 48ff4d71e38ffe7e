package se.krimflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.system.ReadAudit;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The read log on PostgreSQL: a caseworker's read of a task form through Tasklist's own API and a
 * read of variables through /engine-rest are entries with the case number, never the values read;
 * the unit manager reads the log through {@code GET /api/audit} (JSON and CSV), others may not; no
 * one can change or delete an entry, and the cleanup keeps the entries of a case whose history is kept.
 */
@KrimflowIntegrationTest
class ReadLogIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    KrimflowHttp http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReadAudit audit;

    String newCase(Map<String, Object> notification) {
        return http.registerCase(notification, "krim1");
    }

    JsonNode log(String caseNumber) throws Exception {
        HttpResponse<String> answer = http.get("/api/audit?caseNumber=" + caseNumber, "krimchef1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    List<String> whats(JsonNode log, String user) {
        List<String> found = new ArrayList<>();
        log.get("items").forEach(item -> {
            if (user.equals(item.get("userId").asText())) {
                found.add(item.get("what").asText());
            }
        });
        return found;
    }

    @Test
    void aTaskFormReadInTasklistAndVariablesReadOverRestAreInTheLogWithTheCaseNumberAndNoValue() throws Exception {
        Map<String, Object> notification = policeNotification().toMap();
        String caseNumber = newCase(notification);
        Task protection = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_ProtectionAssessment").singleResult();
        assertThat(whats(log(caseNumber), "handlaggare1")).isEmpty();

        KrimflowHttp.WebappSession tasklist = http.login("tasklist", "handlaggare1", "handlaggare1");
        HttpResponse<String> form = tasklist.get("/camunda/api/engine/engine/default/task/" + protection.getId()
                + "/form-variables");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains((String) notification.get("personnummer"));

        JsonNode afterTasklist = log(caseNumber);
        assertThat(whats(afterTasklist, "handlaggare1")).as("the Tasklist read")
                .anySatisfy(what -> assertThat(what).contains("variabler")
                        .contains("GET /camunda/api/engine/engine/default/task/" + protection.getId() + "/form-variables"));
        JsonNode newest = afterTasklist.get("items").get(0);
        assertThat(newest.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(newest.get("at").asText()).isNotBlank();
        assertThat(afterTasklist.get("total").asLong()).isEqualTo(afterTasklist.get("items").size());

        String instance = protection.getProcessInstanceId();
        assertThat(http.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + instance, "krimchef1")
                .statusCode()).isEqualTo(200);
        assertThat(whats(log(caseNumber), "krimchef1")).as("the history read over REST")
                .anySatisfy(what -> assertThat(what).contains("variabler i historiken").contains("/engine-rest/history/variable-instance")
                        .doesNotContain(instance));

        String everything = new JdbcTemplate(dataSource).queryForList("SELECT WHAT FROM " + ReadAudit.TABLE, String.class)
                .toString();
        assertThat(everything).as("no value read is in the log")
                .doesNotContain((String) notification.get("personnummer")).doesNotContain((String) notification.get("youthName"));
    }

    @Test
    void theLogIsForTheUnitManagerAndTheAdministratorPagedAndAsCsv() throws Exception {
        String caseNumber = newCase(policeNotification().toMap());
        audit.record("krim1", caseNumber, "test: first");
        audit.record("krim1", caseNumber, "test: second");

        JsonNode page = JSON.readTree(http.get("/api/audit?caseNumber=" + caseNumber + "&size=1", "admin").body());
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("what").asText()).as("newest first").isEqualTo("test: second");

        HttpResponse<String> csv = http.get("/api/audit?caseNumber=" + caseNumber + "&format=csv", "krimchef1");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("tid,anvandare,arende,vad\r\n").contains("krim1," + caseNumber + ",test: second");

        assertThat(http.get("/api/audit?caseNumber=" + caseNumber, "krim1").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/audit?caseNumber=" + caseNumber, null).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = http.get("/api/audit?caseNumber=200901012385", "krimchef1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("caseNumber");
        assertThat(http.get("/api/audit?size=0", "krimchef1").statusCode()).isEqualTo(400);
    }

    @Test
    void noOneChangesOrDeletesAnEntryAndTheCleanupKeepsThoseOfACaseWithHistory() throws Exception {
        String caseNumber = newCase(policeNotification().toMap());
        audit.record("krim1", caseNumber, "test: kept");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> jdbc.update("UPDATE " + ReadAudit.TABLE + " SET WHAT = 'x' WHERE CASE_NUMBER = ?", caseNumber))
                .hasMessageContaining("only takes new entries");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM " + ReadAudit.TABLE + " WHERE CASE_NUMBER = ?", caseNumber))
                .hasMessageContaining("only takes new entries");

        audit.record("krim1", "UNG-1999-000001", "test: a case whose history is gone");
        int removed = audit.deleteOlderThan(new Date(System.currentTimeMillis() + 60_000));
        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + ReadAudit.TABLE + " WHERE CASE_NUMBER = 'UNG-1999-000001'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + ReadAudit.TABLE + " WHERE CASE_NUMBER = ?", Long.class,
                caseNumber)).as("the case's history is kept, so is its log").isPositive();
    }
}

package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.EngineClock;
import se.krimflow.interrogation.InterrogationAttendance;
import se.krimflow.mediation.MediationOffer;
import se.krimflow.mediation.MediationVictimRecord;
import se.krimflow.sanction.SanctionFollowUp;
import se.krimflow.statement.StatementWriting;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * One youth-crime case from the police notification to its closing, worked over HTTP by the
 * people who work it (Tasklist's REST calls with the demo users): Krimteamet attends the
 * interrogation and offers mediation, Mobila teamet mediates, Krimteamet writes the statement that
 * the unit manager returns once and then approves, the youth-service coordinator follows up the
 * sanction, and the case ends by itself when the sanction is followed up. Every process runs as deployed from processes/.
 */
@KrimflowIntegrationTest
class WholeCaseIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TODAY = LocalDate.now(EngineClock.ZONE).toString();

    @LocalServerPort
    int port;

    /** Other tests in the shared context lock users for a moment; every password here is right. */
    KrimflowHttp http;

    @BeforeEach
    void client() {
        http = KrimflowHttp.waitingOutLockouts(port);
    }

    @Autowired
    ProcessEngine engine;

    @Test
    void aFifteenYearOldsCaseRunsFromNotificationThroughMediationStatementAndSanctionToClosing() throws Exception {
        // 1. krim1 registers the police notification: 15 years old, prison in the scale, no caseworker.
        HttpResponse<String> created = post("/api/cases", "krim1", notification());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();
        String caseInstanceId = JSON.readTree(created.body()).get("processInstanceId").asText();

        // The notification is a concern report: a caseworker assesses protection today, then pre-assesses.
        JsonNode protection = work("handlaggare1", caseNumber, YouthCrimeCase.TASK_PROTECTION_ASSESSMENT, values(
                YouthCrimeCase.VAR_PROTECTION_NEEDED, false,
                YouthCrimeCase.VAR_PROTECTION_ASSESSMENT, "Inget omedelbart skyddsbehov."));
        assertThat(protection.get("due").isNull()).isFalse();
        work("handlaggare1", caseNumber, YouthCrimeCase.TASK_PRE_ASSESSMENT, values(
                YouthCrimeCase.VAR_PRE_ASSESSMENT_DECISION, YouthCrimeCase.PRE_ASSESSMENT_OPEN,
                YouthCrimeCase.VAR_PRE_ASSESSMENT_MOTIVATION, "Brott med fängelse i straffskalan: utred behovet av stöd."));
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_PRE_ASSESSMENT_DECIDED_BY)).isEqualTo("handlaggare1");

        // Krimteamet must attend: krim1 sees the preparation task, Mobila teamet sees nothing.
        JsonNode prepare = singleTask("krim1", caseNumber, InterrogationAttendance.TASK_PREPARE_ATTENDANCE);
        assertThat(prepare.get("name").asText()).isEqualTo("Förbered och ta förhörsnärvaron");
        assertThat(prepare.get("due").isNull()).isFalse();
        assertThat(tasks("mobila1", caseNumber)).isEmpty();
        attendInterrogationWhereTheYouthConfesses(caseNumber);
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_INTERROGATION_OUTCOME)).isEqualTo(InterrogationAttendance.OUTCOME_ATTENDED);

        // 2. The youth confessed: the case offers mediation. krim1 informs the youth, who says yes, and refers.
        work("krim1", caseNumber, MediationOffer.TASK_INFORM_YOUTH, values(
                MediationOffer.VAR_GUARDIANS_INFORMED, true, MediationOffer.VAR_YOUTH_ANSWER, MediationOffer.ANSWER_YES));
        work("krim1", caseNumber, MediationOffer.TASK_REFER, values(
                MediationOffer.VAR_REFERRAL_SENT, true, MediationOffer.VAR_WITHDRAWN, false));
        // Mobila teamet receives the referral; Krimteamet no longer has a task in the mediation.
        assertThat(tasks("krim1", caseNumber)).isEmpty();
        work("mobila1", caseNumber, MediationOffer.TASK_CONSULT, values(
                MediationOffer.VAR_INVESTIGATION_LEADER_CONSULTED, true,
                MediationOffer.VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, false, MediationOffer.VAR_WITHDRAWN, false));
        // The victim's record has its own number (not the case number); it carries the case number as a link.
        JsonNode victimTasks = JSON.readTree(http.get("/engine-rest/task?maxResults=50&processDefinitionKey="
                + MediationVictimRecord.KEY + "&processVariables=" + MediationVictimRecord.VAR_CASE_NUMBER + "_eq_" + caseNumber,
                "mobila1").body());
        assertThat(victimTasks).hasSize(1);
        JsonNode victimTask = victimTasks.get(0);
        assertThat(tasks("krim1", caseNumber)).as("krim1 does not see the victim's record").isEmpty();
        submit("mobila1", victimTask, values(
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera Brottsoffer",
                MediationVictimRecord.VAR_VICTIM_CONTACT, "070-1234567",
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, false, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.CONSENTS));
        work("mobila1", caseNumber, MediationOffer.TASK_PREPARE, values(
                MediationOffer.VAR_TALK_WITH_YOUTH_HELD, true, MediationOffer.VAR_TALK_WITH_VICTIM_HELD, true,
                MediationOffer.VAR_WITHDRAWN, false));
        work("mobila1", caseNumber, MediationOffer.TASK_MEETING, values(
                MediationOffer.VAR_MEETING_HELD, true, MediationOffer.VAR_YOUTH_PARTICIPATED, true,
                MediationOffer.VAR_GUARDIANS_PARTICIPATED, true, MediationOffer.VAR_VICTIM_PARTICIPATED, true,
                MediationOffer.VAR_AGREEMENT_REACHED, true, MediationOffer.VAR_AGREEMENT_KIND, MediationOffer.AGREEMENT_APOLOGY,
                MediationOffer.VAR_WITHDRAWN, false));
        work("mobila1", caseNumber, MediationOffer.TASK_FOLLOW_UP, values(
                MediationOffer.VAR_AGREEMENT_FULFILMENT, MediationOffer.FULFILLED, MediationOffer.VAR_WITHDRAWN, false));
        // The mediator reports the outcome to the head of the investigation; the day goes to the case.
        work("mobila1", caseNumber, MediationOffer.TASK_REPORT_OUTCOME, values(
                MediationOffer.VAR_REPORTED_TO, MediationOffer.REPORTED_TO_INVESTIGATION_LEADER,
                MediationOffer.VAR_REPORTED_ON, LocalDate.now(EngineClock.ZONE).toString()));
        assertThat(tasks("mobila1", caseNumber)).isEmpty();
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_MEDIATION_OUTCOME))
                .isEqualTo(MediationOffer.OUTCOME_WITH_AGREEMENT);
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_MEDIATION_OFFERED)).isEqualTo(true);
        assertThat(caseVariable(caseInstanceId, MediationOffer.VAR_REPORTED_TO))
                .isEqualTo(MediationOffer.REPORTED_TO_INVESTIGATION_LEADER);
        assertThat(caseVariable(caseInstanceId, MediationOffer.VAR_REPORTED_AT)).isNotNull();

        // 3. The prosecutor asks for a statement; a second request while it is written is refused.
        Map<String, Object> request = Map.of("requestedBy", "AKLAGARE",
                "dueDate", LocalDate.now(EngineClock.ZONE).plusDays(30).toString(), "personalCircumstancesRequested", true);
        HttpResponse<String> requested = post("/api/cases/" + caseNumber + "/statement-request", "krim1", request);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        assertThat(JSON.readTree(requested.body()).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(post("/api/cases/" + caseNumber + "/statement-request", "krim1", request).statusCode())
                .isEqualTo(409);

        work("krim1", caseNumber, StatementWriting.TASK_BOOK_MEETING, values(
                StatementWriting.VAR_MEETING_AT, "2026-12-03T10:00:00+01:00",
                StatementWriting.VAR_SUSPICION_NOTIFIED_ON, LocalDate.now(EngineClock.ZONE).minusDays(7).toString()));
        work("krim1", caseNumber, StatementWriting.TASK_HOLD_MEETING, values(
                StatementWriting.VAR_MEETING_HELD_ON, TODAY, "guardiansAttended", true,
                StatementWriting.VAR_SPECIAL_CARE_NEED, false, StatementWriting.VAR_CARE_UNDER_LVU, false));
        writeAndCommunicateDraft(caseNumber);
        assertThat(tasks("krim1", caseNumber)).as("the decision is the manager's").isEmpty();
        assertThat(tasks("mobila1", caseNumber)).as("the statement is not Mobila teamet's").isEmpty();
        work("krimchef1", caseNumber, StatementWriting.TASK_DECIDE_STATEMENT, values(
                StatementWriting.VAR_DECISION, StatementWriting.DECISION_RETURN,
                StatementWriting.VAR_RETURN_COMMENT, "Beskriv de planerade åtgärderna tydligare."));
        JsonNode redraft = singleTask("krim1", caseNumber, StatementWriting.TASK_WRITE_DRAFT);
        assertThat(redraft.get("assignee").asText()).as("back to the writer").isEqualTo("krim1");
        assertThat(variableOfTask("krim1", redraft, StatementWriting.VAR_RETURN_COMMENT))
                .isEqualTo("Beskriv de planerade åtgärderna tydligare.");
        writeAndCommunicateDraft(caseNumber);
        work("krimchef1", caseNumber, StatementWriting.TASK_DECIDE_STATEMENT, values(
                StatementWriting.VAR_DECISION, StatementWriting.DECISION_APPROVE));
        work("krim1", caseNumber, StatementWriting.TASK_SEND_STATEMENT, values(
                StatementWriting.VAR_SENT_HOW, "SAKER_EPOST", StatementWriting.VAR_SENT_CONFIRMED, true,
                StatementWriting.VAR_SENT_TO_PROSECUTOR_ON, TODAY, StatementWriting.VAR_SENT_TO_FAMILY_ON, TODAY));
        assertThat(tasks("krim1", caseNumber)).isEmpty();
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_STATEMENT_SENT_AT)).isNotNull();

        HttpResponse<byte[]> pdf = http.getBytes("/api/cases/" + caseNumber + "/statement.pdf", "krimchef1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(caseNumber,
                    "Medling genomförd, avtal träffat och fullföljt", "avtalet om ursäkt fullföljdes")
                    .doesNotContain(MediationOffer.OUTCOME_WITH_AGREEMENT);
        }
        assertThat(http.getBytes("/api/cases/" + caseNumber + "/statement.pdf", "mobila1").statusCode()).isEqualTo(403);

        // 4. The court decides youth service, 20 hours; the coordinator follows it up to the end.
        HttpResponse<String> sanction = post("/api/cases/" + caseNumber + "/sanction", "krim1",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 20));
        assertThat(sanction.statusCode()).as(sanction.body()).isEqualTo(202);
        assertThat(tasks("krim1", caseNumber)).as("youth service is not Krimteamet's work").isEmpty();
        assertThat(post("/api/cases/" + caseNumber + "/sanction", "ungdomstjanst1",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 20)).statusCode())
                .as("already followed up").isEqualTo(409);
        work("ungdomstjanst1", caseNumber, SanctionFollowUp.TASK_CONTACT_YOUTH, values(
                "firstContactDate", TODAY, "contactMethod", "MOTE"));
        work("ungdomstjanst1", caseNumber, SanctionFollowUp.TASK_MAKE_PLACEMENT_PLAN, values(
                "placement", "Kyrkans second hand", "placementSupervisor", "Handledare",
                "placementStartDate", TODAY, "placementPlan", "Lördagar fyra timmar och samtal om brottet."));
        for (int hours : new int[] { 8, 8, 4 }) {
            work("ungdomstjanst1", caseNumber, SanctionFollowUp.TASK_REGISTER_SESSION, values(
                    "registrationType", "PASS", "sessionDate", TODAY, "attendance", "NARVARANDE", "sessionHours", hours));
        }
        work("ungdomstjanst1", caseNumber, SanctionFollowUp.TASK_CONFIRM_COMPLETION, values(
                "completionDate", TODAY, "completionConfirmed", true));
        assertThat(tasks("ungdomstjanst1", caseNumber)).isEmpty();
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_SANCTION_OUTCOME))
                .isEqualTo(SanctionFollowUp.OUTCOME_COMPLETED);

        // 5. The end of the last sanction follow-up ends the case by itself, with its outcome recorded;
        //    it cannot be closed after that.
        JsonNode history = JSON.readTree(http.get("/engine-rest/history/process-instance/" + caseInstanceId, "krimchef1").body());
        assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(history.get("endTime").isNull()).isFalse();
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_CASE_OUTCOME))
                .isEqualTo(YouthCrimeCase.OUTCOME_SANCTION_FOLLOWED_UP);
        assertThat(post("/api/cases/" + caseNumber + "/close", "krim1", Map.of("reason", "Igen.")).statusCode())
                .isEqualTo(404);
        assertNothingRuns(caseNumber);
        assertThat(http.getBytes("/api/cases/" + caseNumber + "/statement.pdf", "krimchef1").statusCode())
                .as("the sent statement stays readable after the case closed").isEqualTo(200);
    }

    @Test
    void statementRequestAndSanctionDuringTheAttendanceAreAcceptedAndClosingEndsEverything() throws Exception {
        HttpResponse<String> created = post("/api/cases", "krim1", notification());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();
        String caseInstanceId = JSON.readTree(created.body()).get("processInstanceId").asText();
        singleTask("krim1", caseNumber, InterrogationAttendance.TASK_PREPARE_ATTENDANCE);

        HttpResponse<String> requested = post("/api/cases/" + caseNumber + "/statement-request", "krim1",
                Map.of("requestedBy", "DOMSTOL", "dueDate", LocalDate.now(EngineClock.ZONE).plusDays(20).toString(),
                        "personalCircumstancesRequested", false));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        HttpResponse<String> sanction = post("/api/cases/" + caseNumber + "/sanction", "krim1",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 30));
        assertThat(sanction.statusCode()).as(sanction.body()).isEqualTo(202);

        // The attendance, the statement and the follow-up now run side by side.
        singleTask("krim1", caseNumber, InterrogationAttendance.TASK_PREPARE_ATTENDANCE);
        singleTask("krim1", caseNumber, StatementWriting.TASK_BOOK_MEETING);
        singleTask("ungdomstjanst1", caseNumber, SanctionFollowUp.TASK_CONTACT_YOUTH);
        // The statement can be begun before anyone knows whether the youth confessed.
        work("krim1", caseNumber, StatementWriting.TASK_BOOK_MEETING, values(
                StatementWriting.VAR_MEETING_AT, "2026-12-03T10:00:00+01:00",
                StatementWriting.VAR_SUSPICION_NOTIFIED_ON, LocalDate.now(EngineClock.ZONE).minusDays(7).toString()));
        // Then the youth confesses at the interrogation, and the case offers mediation ...
        attendInterrogationWhereTheYouthConfesses(caseNumber);
        singleTask("krim1", caseNumber, MediationOffer.TASK_INFORM_YOUTH);
        // ... so the statement, requested before that, gets its mediation section.
        work("krim1", caseNumber, StatementWriting.TASK_HOLD_MEETING, values(
                StatementWriting.VAR_MEETING_HELD_ON, TODAY, "guardiansAttended", true,
                StatementWriting.VAR_SPECIAL_CARE_NEED, false, StatementWriting.VAR_CARE_UNDER_LVU, false));
        JsonNode draft = singleTask("krim1", caseNumber, StatementWriting.TASK_WRITE_DRAFT);
        assertThat((String) variableOfTask("krim1", draft, StatementWriting.VAR_REQUIRED_SECTIONS)).contains("MEDLING");

        HttpResponse<String> closed = post("/api/cases/" + caseNumber + "/close", "krim1",
                Map.of("reason", "Förundersökningen lades ned."));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(202);
        assertNothingRuns(caseNumber);
        assertThat(tasks("krim1", caseNumber)).as("attendance, mediation and statement ended").isEmpty();
        assertThat(tasks("ungdomstjanst1", caseNumber)).isEmpty();
        assertThat(caseVariable(caseInstanceId, YouthCrimeCase.VAR_CASE_OUTCOME)).isEqualTo(YouthCrimeCase.OUTCOME_CLOSED);
        assertThat(post("/api/cases/" + caseNumber + "/sanction", "krim1",
                Map.of("sanctionType", "UNGDOMSTJANST", "youthServiceHours", 30)).statusCode()).isEqualTo(404);
    }

    // --- steps --------------------------------------------------------------------------------

    /** krim1 prepares, attends (the youth confesses) and talks with the youth and the guardians. */
    void attendInterrogationWhereTheYouthConfesses(String caseNumber) throws Exception {
        work("krim1", caseNumber, InterrogationAttendance.TASK_PREPARE_ATTENDANCE, values(
                InterrogationAttendance.VAR_GUARDIANS_INFORMED, true,
                InterrogationAttendance.VAR_PREPARATION_NOTE, "Tolk bokad"));
        work("krim1", caseNumber, InterrogationAttendance.TASK_ATTEND_INTERROGATION, values(
                InterrogationAttendance.VAR_ATTENDED, true,
                InterrogationAttendance.VAR_YOUTH_ATTITUDE, "Ångerfull",
                InterrogationAttendance.VAR_GUARDIANS_PRESENT, true,
                InterrogationAttendance.VAR_GUARDIANS_REACTION, "Stödjande",
                InterrogationAttendance.VAR_CONFESSED, true,
                InterrogationAttendance.VAR_SENSITIVE_OFFENCE, false));
        work("krim1", caseNumber, InterrogationAttendance.TASK_TALK_WITH_FAMILY, values(
                InterrogationAttendance.VAR_TALK_HELD, true,
                InterrogationAttendance.VAR_TALK_SUMMARY, "Samtal om brottet och vad som händer nu."));
    }

    void writeAndCommunicateDraft(String caseNumber) throws Exception {
        work("krim1", caseNumber, StatementWriting.TASK_WRITE_DRAFT, values(
                StatementWriting.VAR_EARLIER_MEASURES, "Stödsamtal sedan september.",
                StatementWriting.VAR_PLANNED_KIND, "UNGDOMSTJANST",
                StatementWriting.VAR_PLANNED_EXTENT, "20 timmar",
                StatementWriting.VAR_PLANNED_LENGTH, "3 månader",
                StatementWriting.VAR_PLANNED_MEASURES, "Ungdomstjänst med samtal om brottet.",
                StatementWriting.VAR_PERSONAL_CIRCUMSTANCES, "Bor med båda föräldrarna, går i skolan.",
                StatementWriting.VAR_YOUTH_SERVICE_SUITABLE, "LAMPLIG",
                StatementWriting.VAR_YOUTH_SERVICE_ASSESSMENT, "Har visat god motivation.",
                StatementWriting.VAR_MEDIATION_TEXT, "Medling genomfördes; avtalet om ursäkt fullföljdes."));
        work("krim1", caseNumber, StatementWriting.TASK_COMMUNICATE_DRAFT, values(
                StatementWriting.VAR_COMMUNICATED_ON, TODAY, StatementWriting.VAR_COMMUNICATED_HOW, "BREV"));
        work("krim1", caseNumber, StatementWriting.TASK_RECORD_COMMENTS, values(
                StatementWriting.VAR_COMMENTS_RECEIVED, "JA", StatementWriting.VAR_COMMENTS, "Vårdnadshavarna instämmer."));
    }

    /** As Tasklist: the user finds the case's one task of that kind, claims it if nobody has, submits its form. */
    JsonNode work(String user, String caseNumber, String taskKey, Map<String, Object> values) throws Exception {
        JsonNode task = singleTask(user, caseNumber, taskKey);
        if (task.get("assignee").isNull()) {
            HttpResponse<String> claimed = post("/engine-rest/task/" + task.get("id").asText() + "/claim", user,
                    Map.of("userId", user));
            assertThat(claimed.statusCode()).as("%s claims %s: %s", user, taskKey, claimed.body()).isEqualTo(204);
        } else {
            assertThat(task.get("assignee").asText()).as("%s is assigned %s", user, taskKey).isEqualTo(user);
        }
        submit(user, task, values);
        return task;
    }

    void submit(String user, JsonNode task, Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
            variables.put(name, Map.of("value", value, "type", type));
        });
        HttpResponse<String> submitted = post("/engine-rest/task/" + task.get("id").asText() + "/submit-form", user,
                Map.of("variables", variables));
        assertThat(submitted.statusCode()).as("%s submits %s: %s", user, task.get("taskDefinitionKey").asText(),
                submitted.body()).isEqualTo(204);
    }

    JsonNode singleTask(String user, String caseNumber, String taskKey) throws Exception {
        JsonNode found = JSON.readTree(http.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + caseNumber
                + "&taskDefinitionKey=" + taskKey, user).body());
        assertThat(found).as("%s sees one task %s in %s", user, taskKey, caseNumber).hasSize(1);
        return found.get(0);
    }

    JsonNode tasks(String user, String caseNumber) throws Exception {
        HttpResponse<String> response = http.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + caseNumber, user);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    Object variableOfTask(String user, JsonNode task, String name) throws Exception {
        HttpResponse<String> response = http.get("/engine-rest/task/" + task.get("id").asText() + "/variables/" + name, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.treeToValue(JSON.readTree(response.body()).get("value"), Object.class);
    }

    /** A variable of the case as the unit manager sees it in Cockpit (history, so also after the end). */
    Object caseVariable(String caseInstanceId, String name) throws Exception {
        HttpResponse<String> response = http.get("/engine-rest/history/variable-instance?maxResults=50&processInstanceId="
                + caseInstanceId + "&variableName=" + name, "krimchef1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode found = JSON.readTree(response.body());
        assertThat(found).as("case variable %s", name).hasSize(1);
        return JSON.treeToValue(found.get(0).get("value"), Object.class);
    }

    void assertNothingRuns(String caseNumber) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list())
                .as("process instances still running for %s", caseNumber).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    /** Born 2011-05-20: 15 at the interrogation on 2026-12-01. */
    static Map<String, Object> notification() {
        return policeNotification().bornOn(LocalDate.of(2011, 5, 20)).toMap();
    }

    static Map<String, Object> values(Object... keyValues) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((String) keyValues[i], keyValues[i + 1]);
        }
        return v;
    }

    // --- HTTP ---------------------------------------------------------------------------------

    HttpResponse<String> post(String path, String user, Object body) {
        return http.post(path, body, user);
    }
}

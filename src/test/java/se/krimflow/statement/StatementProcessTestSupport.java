package se.krimflow.statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;

/** Shared set-up of the in-memory StatementWriting tests: beans, variables and valid form values. */
final class StatementProcessTestSupport {

    static final String WRITER = "krim1";
    static final String MANAGER = "krimchef1";
    static final WorkingDays WORKING_DAYS = new WorkingDays();

    private StatementProcessTestSupport() {
    }

    static void registerBeans() {
        Mocks.register("workingDays", WORKING_DAYS);
        Mocks.register("statementTaskListener", new StatementTaskListener());
        Mocks.register("statementSectionsDelegate", new StatementSectionsDelegate());
        Mocks.register("createStatementDocumentDelegate", new CreateStatementDocumentDelegate("Testkommunen"));
        Mocks.register("statementDeadlineWatch", new StatementDeadlineWatch(WORKING_DAYS));
    }

    /** What YouthCrimeCase passes in, for a 16-year-old who confessed, due in 30 days. */
    static Map<String, Object> requestVariables(String caseNumber) {
        Map<String, Object> v = new HashMap<>();
        v.put(StatementWriting.VAR_CASE_NUMBER, caseNumber);
        v.put(StatementWriting.VAR_YOUTH_NAME, "Östen Åkesson");
        v.put(StatementWriting.VAR_PERSONNUMMER, "200901012385");
        v.put(StatementWriting.VAR_AGE_AT_INTERROGATION, 16);
        v.put(StatementWriting.VAR_CONFESSED, true);
        v.put(StatementWriting.VAR_MEDIATION_OFFERED, true);
        v.put(StatementWriting.VAR_MEDIATION_OUTCOME, "GENOMFORD_MED_AVTAL");
        v.put(StatementWriting.VAR_REQUESTED_BY, "AKLAGARE");
        v.put(StatementWriting.VAR_DUE_DATE, WORKING_DAYS.endOfDay(LocalDate.now(EngineClock.ZONE).plusDays(30)));
        v.put(StatementWriting.VAR_PERSONAL_REQUESTED, true);
        return v;
    }

    static Map<String, Object> bookMeeting() {
        return Map.of(StatementWriting.VAR_MEETING_AT, "2026-12-01T10:00:00+01:00",
                StatementWriting.VAR_SUSPICION_NOTIFIED_ON, LocalDate.now(EngineClock.ZONE).minusDays(7).toString());
    }

    static Map<String, Object> holdMeeting(boolean specialCareNeed, boolean lvu) {
        return Map.of(StatementWriting.VAR_MEETING_HELD_ON, LocalDate.now(EngineClock.ZONE).toString(),
                "guardiansAttended", true,
                StatementWriting.VAR_SPECIAL_CARE_NEED, specialCareNeed,
                StatementWriting.VAR_CARE_UNDER_LVU, lvu);
    }

    /** A draft that fills every section there is. */
    static Map<String, Object> fullDraft() {
        Map<String, Object> v = new HashMap<>();
        v.put(StatementWriting.VAR_EARLIER_MEASURES, "Stödsamtal sedan september.");
        v.put(StatementWriting.VAR_PLANNED_KIND, "UNGDOMSVARD");
        v.put(StatementWriting.VAR_PLANNED_EXTENT, "2 samtal i veckan");
        v.put(StatementWriting.VAR_PLANNED_LENGTH, "6 månader");
        v.put(StatementWriting.VAR_PLANNED_MEASURES, "Samtal på Maria Nordväst.");
        v.put(StatementWriting.VAR_PERSONAL_CIRCUMSTANCES, "Bor med båda föräldrarna.");
        v.put(StatementWriting.VAR_YOUTH_CONTRACT, "Kontrakt om skola och fritid.");
        v.put(StatementWriting.VAR_CARE_PLAN, "Vårdplan.");
        v.put(StatementWriting.VAR_YOUTH_SERVICE_SUITABLE, "LAMPLIG");
        v.put(StatementWriting.VAR_YOUTH_SERVICE_ASSESSMENT, "Har visat god motivation.");
        v.put(StatementWriting.VAR_MEDIATION_TEXT, "Medling erbjöds och den unge tackade ja.");
        return v;
    }

    static Map<String, Object> communicate() {
        return Map.of(StatementWriting.VAR_COMMUNICATED_ON, LocalDate.now(EngineClock.ZONE).toString(),
                StatementWriting.VAR_COMMUNICATED_HOW, "BREV");
    }

    static Map<String, Object> comments() {
        return Map.of(StatementWriting.VAR_COMMENTS_RECEIVED, "JA",
                StatementWriting.VAR_COMMENTS, "Vårdnadshavarna instämmer.");
    }

    static Map<String, Object> approve() {
        return Map.of(StatementWriting.VAR_DECISION, StatementWriting.DECISION_APPROVE);
    }

    static Map<String, Object> returnWith(String comment) {
        return Map.of(StatementWriting.VAR_DECISION, StatementWriting.DECISION_RETURN,
                StatementWriting.VAR_RETURN_COMMENT, comment);
    }

    static Map<String, Object> send() {
        String today = LocalDate.now(EngineClock.ZONE).toString();
        return Map.of(StatementWriting.VAR_SENT_HOW, "SAKER_EPOST", StatementWriting.VAR_SENT_CONFIRMED, true,
                StatementWriting.VAR_SENT_TO_PROSECUTOR_ON, today, StatementWriting.VAR_SENT_TO_FAMILY_ON, today);
    }

    static Task task(ProcessEngine engine, String processInstanceId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task as {@code user}: the engine's authenticated user, as in Tasklist. */
    static void completeAs(ProcessEngine engine, String user, Task task, Map<String, Object> values) {
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            engine.getTaskService().complete(task.getId(), values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

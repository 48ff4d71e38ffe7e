package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.krimflow.statement.StatementProcessTestSupport.MANAGER;
import static se.krimflow.statement.StatementProcessTestSupport.WORKING_DAYS;
import static se.krimflow.statement.StatementProcessTestSupport.WRITER;
import static se.krimflow.statement.StatementProcessTestSupport.approve;
import static se.krimflow.statement.StatementProcessTestSupport.bookMeeting;
import static se.krimflow.statement.StatementProcessTestSupport.comments;
import static se.krimflow.statement.StatementProcessTestSupport.communicate;
import static se.krimflow.statement.StatementProcessTestSupport.fullDraft;
import static se.krimflow.statement.StatementProcessTestSupport.holdMeeting;
import static se.krimflow.statement.StatementProcessTestSupport.requestVariables;
import static se.krimflow.statement.StatementProcessTestSupport.returnWith;
import static se.krimflow.statement.StatementProcessTestSupport.send;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;

@Deployment(resources = { "processes/StatementWriting.bpmn", "processes/StatementSectionsDecision.dmn",
        "processes/StatementBookMeeting.form", "processes/StatementHoldMeeting.form", "processes/StatementDraft.form",
        "processes/StatementCommunicateDraft.form", "processes/StatementRecordComments.form",
        "processes/StatementDecision.form", "processes/StatementSend.form", "processes/StatementReminder.form",
        "processes/StatementOverdue.form" })
class StatementWritingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        StatementProcessTestSupport.registerBeans();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    ProcessInstance start(String caseNumber) {
        return engine.getRuntimeService().startProcessInstanceByKey(StatementWriting.KEY, caseNumber,
                requestVariables(caseNumber));
    }

    /** Working days before the request's due date each step is due (the rest have other rules). */
    static final Map<String, Integer> DUE_BEFORE_THE_REQUEST = Map.of(
            StatementWriting.TASK_BOOK_MEETING, StatementWriting.BOOK_MEETING_BEFORE_DUE,
            StatementWriting.TASK_HOLD_MEETING, StatementWriting.HOLD_MEETING_BEFORE_DUE,
            StatementWriting.TASK_WRITE_DRAFT, StatementWriting.WRITE_DRAFT_BEFORE_DUE,
            StatementWriting.TASK_COMMUNICATE_DRAFT, StatementWriting.COMMUNICATE_BEFORE_DUE,
            StatementWriting.TASK_DECIDE_STATEMENT, StatementWriting.DECIDE_BEFORE_DUE);

    Task task(ProcessInstance pi, String key) {
        Task task = StatementProcessTestSupport.task(engine, pi.getId(), key);
        assertThat(task).as("open task " + key).isNotNull();
        assertThat(task.getDueDate()).as("due date of " + key).isNotNull();
        Integer before = DUE_BEFORE_THE_REQUEST.get(key);
        if (before != null) {
            Date requestDue = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);
            // As the model counted it when the task was created.
            WorkingDays atCreation = new WorkingDays(java.time.Clock.fixed(task.getCreateTime().toInstant(),
                    EngineClock.ZONE));
            assertThat(task.getDueDate()).as("%s is due %d working days before the request's date", key, before)
                    .isEqualTo(atCreation.dueBefore(requestDue, before));
            if (requestDue.after(atCreation.dueAfter(before + 1))) {
                assertThat(task.getDueDate()).as("%s fits before the request's date", key).isBefore(requestDue);
            }
        }
        return task;
    }

    void complete(ProcessInstance pi, String key, String user, Map<String, Object> values) {
        StatementProcessTestSupport.completeAs(engine, user, task(pi, key), values);
    }

    Object variable(ProcessInstance pi, String name) {
        return engine.getRuntimeService().getVariable(pi.getId(), name);
    }

    String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElse(null);
    }

    @Test
    void aConfessionRegisteredAtTheMeetingCountsForTheStatementsSections() {
        Map<String, Object> request = new HashMap<>(requestVariables("UNG-2026-000107"));
        request.put(StatementWriting.VAR_CONFESSED, false);
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(StatementWriting.KEY,
                "UNG-2026-000107", request);
        complete(pi, StatementWriting.TASK_BOOK_MEETING, WRITER, bookMeeting());
        Map<String, Object> meeting = new HashMap<>(holdMeeting(false, false));
        meeting.put(StatementWriting.VAR_CONFESSION_REGISTERED, true);

        complete(pi, StatementWriting.TASK_HOLD_MEETING, WRITER, meeting);

        assertThat(variable(pi, StatementWriting.VAR_CONFESSED)).isEqualTo(true);
        assertThat(String.valueOf(variable(pi, StatementWriting.VAR_REQUIRED_SECTIONS))).contains("MEDLING");
    }

    @Test
    void happyPathWritesCommunicatesApprovesRendersAndSendsTheStatement() throws Exception {
        ProcessInstance pi = start("UNG-2026-000101");

        Task book = task(pi, StatementWriting.TASK_BOOK_MEETING);
        assertThat(candidateGroup(book)).isEqualTo("krimteamet");
        complete(pi, StatementWriting.TASK_BOOK_MEETING, WRITER, bookMeeting());
        assertThat(variable(pi, StatementWriting.VAR_WRITER)).isEqualTo(WRITER);
        LocalDate notified = LocalDate.now(EngineClock.ZONE).minusDays(7);
        assertThat(((Date) variable(pi, StatementWriting.VAR_SIX_WEEK_LIMIT)).toInstant().atZone(EngineClock.ZONE)
                .toLocalDate()).isEqualTo(notified.plusWeeks(6));

        assertThat(task(pi, StatementWriting.TASK_HOLD_MEETING).getAssignee()).isEqualTo(WRITER);
        complete(pi, StatementWriting.TASK_HOLD_MEETING, WRITER, holdMeeting(true, false));

        assertThat(variable(pi, StatementWriting.VAR_REQUIRED_SECTIONS)).isEqualTo("TIDIGARE_ATGARDER,"
                + "PLANERADE_ATGARDER,PERSONLIGA_FORHALLANDEN,UNGDOMSKONTRAKT,LAMPLIGHET_UNGDOMSTJANST,MEDLING");
        Map<String, Object> withoutContract = new HashMap<>(fullDraft());
        withoutContract.remove(StatementWriting.VAR_YOUTH_CONTRACT);
        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_WRITE_DRAFT, WRITER, withoutContract))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ungdomskontrakt");
        complete(pi, StatementWriting.TASK_WRITE_DRAFT, WRITER, fullDraft());

        complete(pi, StatementWriting.TASK_COMMUNICATE_DRAFT, WRITER, communicate());
        Task comments = task(pi, StatementWriting.TASK_RECORD_COMMENTS);
        assertThat(comments.getDueDate()).isEqualTo(WORKING_DAYS.dueAfter(StatementWriting.REPLY_PERIOD_WORKING_DAYS));
        complete(pi, StatementWriting.TASK_RECORD_COMMENTS, WRITER, comments());

        Task decide = task(pi, StatementWriting.TASK_DECIDE_STATEMENT);
        assertThat(candidateGroup(decide)).isEqualTo("krimteamet-chef");
        complete(pi, StatementWriting.TASK_DECIDE_STATEMENT, MANAGER, approve());
        assertThat(variable(pi, StatementWriting.VAR_DECIDED_BY)).isEqualTo(MANAGER);

        FileValue pdf = engine.getRuntimeService().getVariableTyped(pi.getId(), StatementWriting.VAR_PDF);
        assertThat(pdf.getMimeType()).isEqualTo("application/pdf");
        assertThat(pdf.getFilename()).isEqualTo("yttrande-UNG-2026-000101.pdf");
        String text;
        try (InputStream in = pdf.getValue(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("UNG-2026-000101", "Östen Åkesson", "20090101-2385", WRITER, MANAGER,
                "Ungdomskontrakt", "Kontrakt om skola och fritid.", "Medling");
        assertThat(text).doesNotContain("Vårdplan.");

        Task sendTask = task(pi, StatementWriting.TASK_SEND_STATEMENT);
        assertThat(sendTask.getDueDate()).isEqualTo(requestVariables("x").get(StatementWriting.VAR_DUE_DATE));
        complete(pi, StatementWriting.TASK_SEND_STATEMENT, WRITER, send());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(history(pi, StatementWriting.VAR_SENT_AT)).isInstanceOf(Date.class);
        assertThat(history(pi, StatementWriting.VAR_SENT_TO_PROSECUTOR_ON))
                .isEqualTo(LocalDate.now(EngineClock.ZONE).toString());
        assertThat(history(pi, StatementWriting.VAR_SENT_TO_FAMILY_ON))
                .isEqualTo(LocalDate.now(EngineClock.ZONE).toString());
        assertThat(history(pi, StatementWriting.VAR_WRITER)).isEqualTo(WRITER);
        assertThat(history(pi, StatementWriting.VAR_DECIDED_BY)).isEqualTo(MANAGER);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(StatementWriting.END_EVENT_SENT).count()).isOne();
    }

    Object history(ProcessInstance pi, String name) {
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    @Test
    void meetingRejectsLvuWithoutSpecialCareNeed() {
        ProcessInstance pi = start("UNG-2026-000102");
        complete(pi, StatementWriting.TASK_BOOK_MEETING, WRITER, bookMeeting());

        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_HOLD_MEETING, WRITER, holdMeeting(false, true)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("LVU");
        assertThat(task(pi, StatementWriting.TASK_HOLD_MEETING)).isNotNull();
    }

    @Test
    void draftReturnedTwiceGoesBackToTheWriterWithTheCommentUntilApproved() {
        Map<String, Object> vars = requestVariables("UNG-2026-000103");
        vars.putAll(fullDraft());
        vars.put(StatementWriting.VAR_WRITER, WRITER);
        vars.put(StatementWriting.VAR_REQUIRED_SECTIONS, "TIDIGARE_ATGARDER,PLANERADE_ATGARDER,MEDLING");
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(StatementWriting.KEY)
                .businessKey("UNG-2026-000103").setVariables(vars)
                .startBeforeActivity(StatementWriting.TASK_DECIDE_STATEMENT).execute();

        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_DECIDE_STATEMENT, MANAGER,
                Map.of(StatementWriting.VAR_DECISION, StatementWriting.DECISION_RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Kommentar");

        complete(pi, StatementWriting.TASK_DECIDE_STATEMENT, MANAGER, returnWith("Beskriv planen tydligare."));
        Task redraft = task(pi, StatementWriting.TASK_WRITE_DRAFT);
        assertThat(redraft.getAssignee()).isEqualTo(WRITER);
        assertThat(variable(pi, StatementWriting.VAR_RETURN_COMMENT)).isEqualTo("Beskriv planen tydligare.");
        complete(pi, StatementWriting.TASK_WRITE_DRAFT, WRITER, fullDraft());
        complete(pi, StatementWriting.TASK_COMMUNICATE_DRAFT, WRITER, communicate());
        complete(pi, StatementWriting.TASK_RECORD_COMMENTS, WRITER,
                Map.of(StatementWriting.VAR_COMMENTS_RECEIVED, "NEJ"));

        complete(pi, StatementWriting.TASK_DECIDE_STATEMENT, MANAGER, returnWith("Lägg till medlingens utfall."));
        assertThat(task(pi, StatementWriting.TASK_WRITE_DRAFT).getAssignee()).isEqualTo(WRITER);
        assertThat(variable(pi, StatementWriting.VAR_RETURN_COMMENT)).isEqualTo("Lägg till medlingens utfall.");
        assertThat(variable(pi, StatementWriting.VAR_RETURN_COUNT)).isEqualTo(2);
        complete(pi, StatementWriting.TASK_WRITE_DRAFT, WRITER, fullDraft());
        complete(pi, StatementWriting.TASK_COMMUNICATE_DRAFT, WRITER, communicate());
        complete(pi, StatementWriting.TASK_RECORD_COMMENTS, WRITER, comments());

        complete(pi, StatementWriting.TASK_DECIDE_STATEMENT, MANAGER, approve());
        assertThat(task(pi, StatementWriting.TASK_SEND_STATEMENT)).isNotNull();
        assertThat(variable(pi, StatementWriting.VAR_PDF)).isNotNull();
        assertThat(variable(pi, StatementWriting.VAR_RETURN_COUNT)).isEqualTo(2);
    }

    @Test
    void lateStatementRemindsTheWriterThenEscalatesToTheManager() {
        ProcessInstance pi = start("UNG-2026-000104");
        complete(pi, StatementWriting.TASK_BOOK_MEETING, WRITER, bookMeeting());
        Date due = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);

        Job reminder = job(pi, StatementWriting.EVENT_REMINDER_DUE);
        assertThat(reminder.getDuedate()).isEqualTo(WORKING_DAYS.reminderBefore(due, StatementWriting.REMINDER_WORKING_DAYS));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        engine.getManagementService().executeJob(reminder.getId());
        Task remind = task(pi, StatementWriting.TASK_REMINDER);
        assertThat(remind.getAssignee()).isEqualTo(WRITER);
        assertThat(remind.getDueDate()).isEqualTo(due);
        assertThat(candidateGroup(remind)).isEqualTo("krimteamet");
        assertThat(task(pi, StatementWriting.TASK_HOLD_MEETING)).as("the work goes on").isNotNull();
        assertThat(StatementProcessTestSupport.task(engine, pi.getId(), StatementWriting.TASK_HANDLE_OVERDUE)).isNull();
        complete(pi, StatementWriting.TASK_REMINDER, WRITER, onTime());

        Job overdue = job(pi, StatementWriting.EVENT_DUE_DATE_PASSED);
        assertThat(overdue.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        engine.getManagementService().executeJob(overdue.getId());
        Task escalation = task(pi, StatementWriting.TASK_HANDLE_OVERDUE);
        assertThat(candidateGroup(escalation)).isEqualTo("krimteamet-chef");
        assertThat(task(pi, StatementWriting.TASK_HOLD_MEETING)).as("the statement is still to be written").isNotNull();

        complete(pi, StatementWriting.TASK_HANDLE_OVERDUE, MANAGER,
                Map.of(StatementWriting.VAR_OVERDUE_ACTION, "HANDLAGGARE_KONTAKTAD"));
        assertThat(pi).hasPassed(StatementWriting.END_OVERDUE_HANDLED).isWaitingAt(StatementWriting.TASK_HOLD_MEETING);
    }

    @Test
    void aReminderNobodyAnswersStillEscalatesOnTheLastDay() {
        ProcessInstance pi = start("UNG-2026-000108");
        Date due = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        Job unanswered = job(pi, StatementWriting.BOUNDARY_REMINDER_UNANSWERED);
        assertThat(unanswered.getDuedate()).isEqualTo(due);

        engine.getManagementService().executeJob(unanswered.getId());

        assertThat(StatementProcessTestSupport.task(engine, pi.getId(), StatementWriting.TASK_REMINDER)).isNull();
        assertThat(candidateGroup(task(pi, StatementWriting.TASK_HANDLE_OVERDUE))).isEqualTo("krimteamet-chef");
    }

    @Test
    void anExtensionMovesEveryDueDateAndTheReminderAndEscalationWatchTheNewDay() {
        ProcessInstance pi = start("UNG-2026-000109");
        complete(pi, StatementWriting.TASK_BOOK_MEETING, WRITER, bookMeeting());
        Date due = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        LocalDate newDay = due.toInstant().atZone(EngineClock.ZONE).toLocalDate().plusDays(21);

        complete(pi, StatementWriting.TASK_REMINDER, WRITER, extendedTo(StatementWriting.VAR_DEADLINE_ANSWER, newDay));

        Date newDue = WORKING_DAYS.endOfDay(newDay);
        assertThat(variable(pi, StatementWriting.VAR_DUE_DATE)).isEqualTo(newDue);
        assertThat(variable(pi, StatementWriting.VAR_ORIGINAL_DUE_DATE)).isEqualTo(due);
        assertThat(variable(pi, StatementWriting.VAR_EXTENSION_COUNT)).isEqualTo(1);
        assertThat(variable(pi, StatementWriting.VAR_DEADLINE_ANSWER)).as("the next reminder asks again").isNull();
        Task hold = StatementProcessTestSupport.task(engine, pi.getId(), StatementWriting.TASK_HOLD_MEETING);
        assertThat(hold.getDueDate()).as("counted back from the new day")
                .isEqualTo(WORKING_DAYS.dueBefore(newDue, StatementWriting.HOLD_MEETING_BEFORE_DUE));
        assertThat(job(pi, StatementWriting.EVENT_REMINDER_DUE).getDuedate())
                .isEqualTo(WORKING_DAYS.reminderBefore(newDue, StatementWriting.REMINDER_WORKING_DAYS));

        // The second reminder, unanswered, escalates on the new day.
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        assertThat(task(pi, StatementWriting.TASK_REMINDER).getDueDate()).isEqualTo(newDue);
        assertThat(job(pi, StatementWriting.BOUNDARY_REMINDER_UNANSWERED).getDuedate()).isEqualTo(newDue);
    }

    @Test
    void theUnitManagerCanExtendAnOverdueStatementAndTheWatchStartsOver() {
        ProcessInstance pi = start("UNG-2026-000110");
        Date due = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        complete(pi, StatementWriting.TASK_REMINDER, WRITER, onTime());
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_DUE_DATE_PASSED).getId());
        LocalDate newDay = EngineClock.today().plusDays(14);

        complete(pi, StatementWriting.TASK_HANDLE_OVERDUE, MANAGER, extendedTo(StatementWriting.VAR_OVERDUE_ACTION, newDay));

        assertThat(variable(pi, StatementWriting.VAR_DUE_DATE)).isEqualTo(WORKING_DAYS.endOfDay(newDay));
        assertThat(job(pi, StatementWriting.EVENT_REMINDER_DUE)).isNotNull();
        assertThat(StatementProcessTestSupport.task(engine, pi.getId(), StatementWriting.TASK_HANDLE_OVERDUE)).isNull();
        assertThat(StatementProcessTestSupport.task(engine, pi.getId(), StatementWriting.TASK_BOOK_MEETING).getDueDate())
                .as("counted back from the new day, never before today")
                .isEqualTo(WORKING_DAYS.dueBefore(WORKING_DAYS.endOfDay(newDay), StatementWriting.BOOK_MEETING_BEFORE_DUE))
                .isAfterOrEqualTo(due);
    }

    @Test
    void anExtensionNeedsANewDayAfterTheCurrentOneAndAWithdrawalItsReason() {
        ProcessInstance pi = start("UNG-2026-000111");
        Date due = (Date) variable(pi, StatementWriting.VAR_DUE_DATE);
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        LocalDate sameDay = due.toInstant().atZone(EngineClock.ZONE).toLocalDate();

        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_REMINDER, WRITER,
                extendedTo(StatementWriting.VAR_DEADLINE_ANSWER, sameDay)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ny sista dag");
        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_REMINDER, WRITER,
                Map.of(StatementWriting.VAR_DEADLINE_ANSWER, StatementWriting.EXTENDED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ange den nya sista dagen");
        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_REMINDER, WRITER,
                Map.of(StatementWriting.VAR_DEADLINE_ANSWER, StatementWriting.WITHDRAWN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Skäl till återkallelsen");

        assertThat(variable(pi, StatementWriting.VAR_DUE_DATE)).isEqualTo(due);
        assertThat(task(pi, StatementWriting.TASK_REMINDER)).as("nothing was saved").isNotNull();
    }

    @Test
    void aWithdrawnRequestEndsTheStatementWithItsReasonAndNothingIsSent() {
        ProcessInstance pi = start("UNG-2026-000112");
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());

        complete(pi, StatementWriting.TASK_REMINDER, WRITER, Map.of(StatementWriting.VAR_DEADLINE_ANSWER,
                StatementWriting.WITHDRAWN, StatementWriting.VAR_WITHDRAWN_REASON, "Förundersökningen har lagts ned"));

        assertThat(pi).isEnded().hasPassed(StatementWriting.END_REQUEST_WITHDRAWN)
                .hasNotPassed(StatementWriting.TASK_SEND_STATEMENT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(historic(pi, StatementWriting.VAR_OUTCOME)).isEqualTo(StatementWriting.OUTCOME_WITHDRAWN);
        assertThat(historic(pi, StatementWriting.VAR_WITHDRAWN_REASON)).isEqualTo("Förundersökningen har lagts ned");
        assertThat(historic(pi, StatementWriting.VAR_SENT_AT)).isNull();
    }

    Object historic(ProcessInstance pi, String name) {
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    static Map<String, Object> onTime() {
        return Map.of(StatementWriting.VAR_DEADLINE_ANSWER, StatementWriting.ANSWER_ON_TIME);
    }

    static Map<String, Object> extendedTo(String choiceField, LocalDate day) {
        return Map.of(choiceField, StatementWriting.EXTENDED, StatementWriting.VAR_EXTENDED_DUE_DATE, day.toString());
    }

    @Test
    void sendingEndsAnOpenReminderAndEscalation() {
        Map<String, Object> vars = requestVariables("UNG-2026-000105");
        vars.put(StatementWriting.VAR_WRITER, WRITER);
        vars.put(StatementWriting.VAR_DUE_DATE, WORKING_DAYS.endOfDay(LocalDate.now(EngineClock.ZONE).minusDays(1)));
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(StatementWriting.KEY)
                .businessKey("UNG-2026-000105").setVariables(vars)
                .startBeforeActivity(StatementWriting.TASK_SEND_STATEMENT)
                .startBeforeActivity(StatementWriting.GATEWAY_WATCH_DUE_DATE).execute();
        engine.getManagementService().executeJob(job(pi, StatementWriting.EVENT_REMINDER_DUE).getId());
        engine.getManagementService().executeJob(job(pi, StatementWriting.BOUNDARY_REMINDER_UNANSWERED).getId());
        assertThat(task(pi, StatementWriting.TASK_HANDLE_OVERDUE)).isNotNull();

        complete(pi, StatementWriting.TASK_SEND_STATEMENT, WRITER, send());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(historic(pi, StatementWriting.VAR_OUTCOME)).isEqualTo(StatementWriting.OUTCOME_SENT);
    }

    @Test
    void sendingNeedsConfirmation() {
        Map<String, Object> vars = requestVariables("UNG-2026-000106");
        vars.put(StatementWriting.VAR_WRITER, WRITER);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(StatementWriting.KEY)
                .businessKey("UNG-2026-000106").setVariables(vars)
                .startBeforeActivity(StatementWriting.TASK_SEND_STATEMENT).execute();

        assertThatThrownBy(() -> complete(pi, StatementWriting.TASK_SEND_STATEMENT, WRITER,
                Map.of(StatementWriting.VAR_SENT_HOW, "POST", StatementWriting.VAR_SENT_CONFIRMED, false)))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(variable(pi, StatementWriting.VAR_SENT_AT)).isNull();
    }

    Job job(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        return job;
    }
}

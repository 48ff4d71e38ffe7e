package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.krimflow.sanction.SanctionFollowUp.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/SanctionFollowUp.bpmn", "processes/NonComplianceDecision.dmn",
        "processes/YouthCareNonComplianceDecision.dmn", "processes/ContactYouthAboutCare.form",
        "processes/RemindProsecutor.form", "processes/HandleMissingProsecutorResponse.form",
        "processes/RecordCourtDecision.form", "processes/HandleMissingCourtDecision.form",
        "processes/ContactYouth.form", "processes/MakePlacementPlan.form", "processes/RegisterYouthServiceSession.form",
        "processes/ConfirmYouthServiceCompleted.form", "processes/HoldWarningTalk.form",
        "processes/InformCaseworker.form", "processes/NotifyProsecutor.form", "processes/RegisterYouthContract.form",
        "processes/FollowUpContractItem.form" })
class SanctionFollowUpProcessTest {

    static final String CASE = "UNG-2026-000601";

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    HistoryService historyService;
    ManagementService managementService;

    @BeforeEach
    void registerBeans() {
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        historyService = engine.getHistoryService();
        managementService = engine.getManagementService();
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register("recordYouthServiceSessionDelegate", new RecordSessionDelegate());
        Mocks.register("youthCareContract", new YouthCareContract());
        Mocks.register("startYouthCareReviewListener", (ExecutionListener) ContractReviewListeners::startReview);
        Mocks.register("recordContractItemListener", (TaskListener) ContractReviewListeners::recordItem);
        Mocks.register("recordCareWarningTalkListener", (TaskListener) ContractReviewListeners::recordWarningTalk);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------- youth service

    @Test
    void youthServiceIsCompletedWhenAllHoursAreRegistered() {
        ProcessInstance pi = start(TYPE_YOUTH_SERVICE, 20, null);

        Task contact = task(pi, TASK_CONTACT_YOUTH);
        assertThat(candidateGroups(contact)).containsExactly("ungdomstjanst");
        assertThat(contact.getDueDate()).isEqualTo(new WorkingDays().dueAfter(5));
        complete(pi, TASK_CONTACT_YOUTH, Map.of(VAR_FIRST_CONTACT_DATE, today(), VAR_CONTACT_METHOD, "MOTE"));
        complete(pi, TASK_MAKE_PLACEMENT_PLAN, placementPlan());

        registerPresent(pi, 8);
        assertThat(variable(pi, VAR_HOURS_DONE)).isEqualTo(8);
        assertThat(variable(pi, VAR_HOURS_REMAINING)).isEqualTo(12);
        registerPresent(pi, 8);
        registerPresent(pi, 4);

        Task confirm = task(pi, TASK_CONFIRM_COMPLETION);
        assertThat(confirm.getDueDate()).isNotNull();
        assertThat(variable(pi, VAR_HOURS_DONE)).isEqualTo(20);
        complete(pi, TASK_CONFIRM_COMPLETION, Map.of(VAR_COMPLETION_DATE, today(), VAR_COMPLETION_CONFIRMED, true));

        assertEnded(pi, OUTCOME_COMPLETED);
    }

    @Test
    void sessionFormRejectsAbsenceWithoutReasonAndMoreHoursThanRemain() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 20, 15);
        String taskId = task(pi, TASK_REGISTER_SESSION).getId();

        Map<String, Object> absentWithoutReason = Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_SESSION,
                VAR_SESSION_DATE, today(), VAR_ATTENDANCE, ATTENDANCE_ABSENT, VAR_ABSENCE_EXCUSED, false);
        assertThatThrownBy(() -> taskService.complete(taskId, absentWithoutReason))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Orsak till frånvaron");
        Map<String, Object> tooManyHours = Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_SESSION,
                VAR_SESSION_DATE, today(), VAR_ATTENDANCE, ATTENDANCE_PRESENT, VAR_SESSION_HOURS, 6);
        assertThatThrownBy(() -> taskService.complete(taskId, tooManyHours))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("återstår bara 5 timmar");

        // nothing was saved: still 15 of 20 hours and the same task open
        assertThat(variable(pi, VAR_HOURS_DONE)).isEqualTo(15);
        assertThat(task(pi, TASK_REGISTER_SESSION).getId()).isEqualTo(taskId);
    }

    @Test
    void oneUnexcusedAbsenceGivesAWarningTalkAndTheServiceGoesOn() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 0);

        registerAbsent(pi, false);

        Task talk = task(pi, TASK_SERVICE_WARNING_TALK);
        assertThat(candidateGroups(talk)).containsExactly("ungdomstjanst");
        assertThat(talk.getDueDate()).isNotNull();
        assertThat(variable(pi, VAR_UNEXCUSED_ABSENCES)).isEqualTo(1);
        complete(pi, TASK_SERVICE_WARNING_TALK, Map.of("warningTalkDate", today()));

        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    @Test
    void anExcusedAbsenceDoesNotCount() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 0);

        registerAbsent(pi, true);

        assertThat(variable(pi, VAR_UNEXCUSED_ABSENCES)).isEqualTo(0);
        assertThat(variable(pi, VAR_ACTION)).isEqualTo(ACTION_CONTINUE);
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    @Test
    void secondUnexcusedAbsenceNotifiesTheProsecutorAndAWarningLetsTheServiceGoOn() {
        ProcessInstance pi = twoAbsencesAndNotificationSent();

        assertThat(runtimeService.createExecutionQuery().processInstanceId(pi.getId())
                .activityId(EVENT_PROSECUTOR_RESPONDED).count()).isEqualTo(1);
        prosecutorAnswers(pi, RESPONSE_WARNING);
        assertThat(waitingForProsecutor(pi)).isZero();

        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
        registerPresent(pi, 30);
        complete(pi, TASK_CONFIRM_COMPLETION, Map.of(VAR_COMPLETION_DATE, today(), VAR_COMPLETION_CONFIRMED, true));
        assertEnded(pi, OUTCOME_COMPLETED);
    }

    @Test
    void secondUnexcusedAbsenceNotifiesTheProsecutorAndTheCourtsReplacementEndsTheFollowUp() {
        ProcessInstance pi = twoAbsencesAndNotificationSent();

        prosecutorAnswers(pi, RESPONSE_REPLACED);
        // the prosecutor's request is not the end: the follow-up waits for the court
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        courtDecides(pi, COURT_REPLACED);

        assertEnded(pi, OUTCOME_REPLACED);
    }

    @Test
    void refusalToContinueNotifiesTheProsecutorAtOnce() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 0);

        complete(pi, TASK_REGISTER_SESSION, Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_EVENT,
                VAR_REFUSES_TO_CONTINUE, true, VAR_NEW_OFFENCE_SUSPECTED, false));

        assertThat(task(pi, TASK_SERVICE_NOTIFY_PROSECUTOR)).isNotNull();
    }

    @Test
    void suspectedNewOffenceInformsTheCaseworker() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 0);

        complete(pi, TASK_REGISTER_SESSION, Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_EVENT,
                VAR_REFUSES_TO_CONTINUE, false, VAR_NEW_OFFENCE_SUSPECTED, true));

        Task inform = task(pi, TASK_SERVICE_INFORM_CASEWORKER);
        // the coordinator who follows up informs the caseworker
        assertThat(candidateGroups(inform)).containsExactly("ungdomstjanst");
        complete(pi, TASK_SERVICE_INFORM_CASEWORKER, Map.of("caseworkerInformedDate", today(),
                "caseworkerInformedHow", "TELEFON"));
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    @Test
    void moveToAnotherMunicipalityEndsTheFollowUp() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 10);

        complete(pi, TASK_REGISTER_SESSION, Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_MOVED));

        assertEnded(pi, OUTCOME_MOVED);
    }

    @Test
    void otherSanctionsNeedNoFollowUp() {
        ProcessInstance pi = start(TYPE_OTHER, null, null);

        assertEnded(pi, OUTCOME_NO_FOLLOW_UP);
    }

    // ---------------------------------------------------------------- youth care

    @Test
    void youthCareIsReviewedMonthlyWithEachProviderUntilTheContractEnds() {
        ProcessInstance pi = start(TYPE_YOUTH_CARE, null, "Maria Nordväst");
        assertThat(task(pi, TASK_CONTACT_YOUTH)).as("no youth service").isNull();
        Task contact = task(pi, TASK_CONTACT_YOUTH_ABOUT_CARE);
        assertThat(candidateGroups(contact)).containsExactly("krimteamet");
        assertThat(contact.getDueDate()).isEqualTo(new WorkingDays().dueAfter(FIRST_CONTACT_WORKING_DAYS));
        contactAboutCare(pi);
        Task register = task(pi, TASK_REGISTER_CONTRACT);
        assertThat(candidateGroups(register)).containsExactly("krimteamet");
        LocalDate end = LocalDate.now(EngineClock.ZONE).plusMonths(2).plusDays(10);
        complete(pi, TASK_REGISTER_CONTRACT, Map.of(VAR_CONTRACT_END_DATE, end.toString(),
                VAR_CONTRACT_ITEMS, "Maria Nordväst: samtal varje vecka\nMobila teamet: fritidsaktivitet"));

        // first month
        Job timer = reviewTimer(pi);
        assertThat(timer.getDuedate()).isEqualTo(at(LocalDate.now(EngineClock.ZONE).plusMonths(1)));
        passTimer(pi, timer);
        List<Task> items = tasks(pi, TASK_FOLLOW_UP_ITEM);
        assertThat(items).hasSize(2);
        assertThat(items).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
        assertThat(items.stream().map(t -> taskService.getVariable(t.getId(), VAR_CONTRACT_ITEM)))
                .containsExactlyInAnyOrder("Maria Nordväst: samtal varje vecka", "Mobila teamet: fritidsaktivitet");
        items.forEach(t -> taskService.complete(t.getId(), itemFollowed()));

        // second month
        passTimer(pi, reviewTimer(pi));
        tasks(pi, TASK_FOLLOW_UP_ITEM).forEach(t -> taskService.complete(t.getId(), itemFollowed()));

        // last review falls on the contract's last day, then the follow-up ends
        Job last = reviewTimer(pi);
        assertThat(last.getDuedate()).isEqualTo(at(end));
        passTimer(pi, last);
        tasks(pi, TASK_FOLLOW_UP_ITEM).forEach(t -> taskService.complete(t.getId(), itemFollowed()));

        assertEnded(pi, OUTCOME_COMPLETED);
    }

    @Test
    void seriouslyNeglectedYouthCareNotifiesTheProsecutor() {
        ProcessInstance pi = start(TYPE_YOUTH_CARE, null, "Maria Nordväst");
        contactAboutCare(pi);
        complete(pi, TASK_REGISTER_CONTRACT, Map.of(VAR_CONTRACT_END_DATE,
                LocalDate.now(EngineClock.ZONE).plusMonths(6).toString(), VAR_CONTRACT_ITEMS, "Maria Nordväst: samtal"));
        passTimer(pi, reviewTimer(pi));

        // three missed visits in a month is serious neglect (YouthCareNonComplianceDecision)
        complete(pi, TASK_FOLLOW_UP_ITEM, Map.of(VAR_ITEM_STATUS, ITEM_NEGLECTED, VAR_ITEM_MISSED, 3,
                VAR_ITEM_REFUSES, false, VAR_ITEM_NEW_OFFENCE, false, VAR_ITEM_MOVED, false,
                "itemNote", "Har uteblivit tre gånger."));

        assertThat(variable(pi, VAR_CARE_ACTION)).isEqualTo(ACTION_NOTIFY_PROSECUTOR);
        Task notify = task(pi, TASK_CARE_NOTIFY_PROSECUTOR);
        assertThat(candidateGroups(notify)).containsExactly("krimteamet");
        complete(pi, TASK_CARE_NOTIFY_PROSECUTOR, notification());
        prosecutorAnswers(pi, RESPONSE_WARNING);

        assertThat(reviewTimer(pi)).isNotNull();
    }

    @Test
    void oneMissedCareAppointmentGivesAWarningTalk() {
        ProcessInstance pi = start(TYPE_YOUTH_CARE, null, "Maria Nordväst");
        contactAboutCare(pi);
        complete(pi, TASK_REGISTER_CONTRACT, Map.of(VAR_CONTRACT_END_DATE,
                LocalDate.now(EngineClock.ZONE).plusMonths(6).toString(), VAR_CONTRACT_ITEMS, "Maria Nordväst: samtal"));
        passTimer(pi, reviewTimer(pi));

        complete(pi, TASK_FOLLOW_UP_ITEM, Map.of(VAR_ITEM_STATUS, ITEM_NEGLECTED, VAR_ITEM_MISSED, 1,
                VAR_ITEM_REFUSES, false, VAR_ITEM_NEW_OFFENCE, false, VAR_ITEM_MOVED, false,
                "itemNote", "Uteblev en gång."));

        assertThat(task(pi, TASK_CARE_WARNING_TALK)).isNotNull();
        // the youth service's own counters are untouched
        assertThat(variable(pi, VAR_UNEXCUSED_ABSENCES)).isNull();
    }

    // ---------------------------------------------------------------- both

    @Test
    void bothSanctionsAreFollowedUpInParallelAndTheFollowUpEndsWhenBothAreDone() {
        ProcessInstance pi = start(TYPE_BOTH, 20, "Mobila teamet");
        assertThat(task(pi, TASK_CONTACT_YOUTH)).isNotNull();
        assertThat(task(pi, TASK_CONTACT_YOUTH_ABOUT_CARE)).isNotNull();
        contactAboutCare(pi);
        assertThat(task(pi, TASK_REGISTER_CONTRACT)).isNotNull();

        LocalDate end = LocalDate.now(EngineClock.ZONE).plusDays(20);
        complete(pi, TASK_REGISTER_CONTRACT, Map.of(VAR_CONTRACT_END_DATE, end.toString(),
                VAR_CONTRACT_ITEMS, "Mobila teamet: samtal om brottet"));
        complete(pi, TASK_CONTACT_YOUTH, Map.of(VAR_FIRST_CONTACT_DATE, today(), VAR_CONTACT_METHOD, "TELEFON"));
        complete(pi, TASK_MAKE_PLACEMENT_PLAN, placementPlan());
        registerPresent(pi, 20);
        complete(pi, TASK_CONFIRM_COMPLETION, Map.of(VAR_COMPLETION_DATE, today(), VAR_COMPLETION_CONFIRMED, true));

        // youth service done, youth care still running
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        Job timer = reviewTimer(pi);
        assertThat(timer.getDuedate()).isEqualTo(at(end));
        passTimer(pi, timer);
        complete(pi, TASK_FOLLOW_UP_ITEM, itemFollowed());

        assertEnded(pi, OUTCOME_COMPLETED);
    }

    @Test
    void replacementOfTheSanctionEndsBothBranches() {
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(TYPE_BOTH, 20, "Mobila teamet"))
                .setVariable(VAR_HOURS_DONE, 0).setVariable(VAR_UNEXCUSED_ABSENCES, 1)
                .setVariable(VAR_HOURS_REMAINING, 20)
                .startBeforeActivity(TASK_REGISTER_SESSION)
                .startBeforeActivity(TASK_REGISTER_CONTRACT)
                .execute();

        registerAbsent(pi, false);
        complete(pi, TASK_SERVICE_NOTIFY_PROSECUTOR, notification());
        prosecutorAnswers(pi, RESPONSE_REPLACED);
        courtDecides(pi, COURT_REPLACED);

        assertEnded(pi, OUTCOME_REPLACED);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // ---------------------------------------------------------------- the prosecutor's answer (issue 15)

    @Test
    void sessionsCanBeRegisteredWhileTheProsecutorIsAsked() {
        ProcessInstance pi = twoAbsencesAndNotificationSent();

        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
        registerPresent(pi, 10);

        assertThat(variable(pi, VAR_HOURS_DONE)).isEqualTo(10);
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
    }

    @Test
    void theFollowUpWaitsForTheAnswerWhenTheHoursAreDoneAndEndsAfterAWarning() {
        ProcessInstance pi = notificationSentDuringSessions(20, 12);

        registerPresent(pi, 8);
        complete(pi, TASK_CONFIRM_COMPLETION, Map.of(VAR_COMPLETION_DATE, today(), VAR_COMPLETION_CONFIRMED, true));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

        prosecutorAnswers(pi, RESPONSE_WARNING);
        assertEnded(pi, OUTCOME_COMPLETED);
    }

    @Test
    void noAnswerInTenWorkingDaysGivesTheCoordinatorAReminder() {
        ProcessInstance pi = notificationSentDuringSessions(30, 0);
        Job reminder = timer(pi, TIMER_RESPONSE_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(new WorkingDays().dueAfter(PROSECUTOR_REMINDER_WORKING_DAYS));

        passTimer(pi, reminder);

        Task remind = task(pi, TASK_REMIND_PROSECUTOR);
        assertThat(candidateGroups(remind)).containsExactly("ungdomstjanst");
        assertThat(remind.getDueDate()).isEqualTo(new WorkingDays().dueAfter(2));
        complete(pi, TASK_REMIND_PROSECUTOR, Map.of(VAR_PROSECUTOR_REMINDED_DATE, today(),
                VAR_PROSECUTOR_REMINDED_HOW, "TELEFON"));
        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    @Test
    void theAnswerEndsTheWaitAndItsOpenReminder() {
        ProcessInstance pi = notificationSentDuringSessions(30, 0);
        passTimer(pi, timer(pi, TIMER_RESPONSE_REMINDER));
        assertThat(task(pi, TASK_REMIND_PROSECUTOR)).isNotNull();

        prosecutorAnswers(pi, RESPONSE_WARNING);

        assertThat(task(pi, TASK_REMIND_PROSECUTOR)).isNull();
        assertThat(timer(pi, TIMER_RESPONSE_OVERDUE)).isNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(END_WARNING_GIVEN).finished().count()).isEqualTo(1);
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    @Test
    void noAnswerInTwentyWorkingDaysEscalatesToTheManagerWhoMayKeepWaiting() {
        ProcessInstance pi = notificationSentDuringSessions(30, 0);
        Job overdue = timer(pi, TIMER_RESPONSE_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(new WorkingDays().dueAfter(PROSECUTOR_ESCALATION_WORKING_DAYS));

        passTimer(pi, overdue);

        Task escalation = task(pi, TASK_HANDLE_MISSING_RESPONSE);
        assertThat(candidateGroups(escalation)).containsExactly("krimteamet-chef");
        assertThat(escalation.getDueDate()).isEqualTo(new WorkingDays().dueAfter(2));
        String taskId = escalation.getId();
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_MISSING_RESPONSE_ACTION, MISSING_RESPONSE_KEEP_WAITING)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Vad har gjorts?");
        taskService.complete(taskId, Map.of(VAR_MISSING_RESPONSE_ACTION, MISSING_RESPONSE_KEEP_WAITING,
                VAR_MISSING_RESPONSE_NOTE, "Åklagaren lovar svar nästa vecka."));

        // still waiting, with a new escalation 20 working days on
        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
        assertThat(timer(pi, TIMER_RESPONSE_OVERDUE).getDuedate())
                .isEqualTo(new WorkingDays().dueAfter(PROSECUTOR_ESCALATION_WORKING_DAYS));
        prosecutorAnswers(pi, RESPONSE_WARNING);
        assertThat(waitingForProsecutor(pi)).isZero();
    }

    @Test
    void theManagerRecordsAnAnswerThatCameAnotherWay() {
        ProcessInstance pi = notificationSentDuringSessions(30, 0);
        passTimer(pi, timer(pi, TIMER_RESPONSE_OVERDUE));
        String taskId = task(pi, TASK_HANDLE_MISSING_RESPONSE).getId();
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_MISSING_RESPONSE_ACTION, MISSING_RESPONSE_RECEIVED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Åklagarens svar");

        taskService.complete(taskId, Map.of(VAR_MISSING_RESPONSE_ACTION, MISSING_RESPONSE_RECEIVED,
                VAR_PROSECUTOR_RESPONSE, RESPONSE_REPLACED));

        assertThat(waitingForProsecutor(pi)).isZero();
        Task court = task(pi, TASK_RECORD_COURT_DECISION);
        assertThat(candidateGroups(court)).containsExactly("ungdomstjanst");
        assertThat(court.getDueDate()).isEqualTo(new WorkingDays().dueAfter(COURT_DECISION_WORKING_DAYS));
    }

    @Test
    void aCourtThatDoesNotReplaceTheSanctionLetsTheFollowUpContinue() {
        ProcessInstance pi = startAtCourtDecision();

        courtDecides(pi, COURT_NOT_REPLACED);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(task(pi, TASK_RECORD_COURT_DECISION)).isNull();
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(END_SANCTION_STANDS).finished().count()).isEqualTo(1);
    }

    @Test
    void aCourtThatReplacesTheSanctionEndsTheFollowUp() {
        ProcessInstance pi = startAtCourtDecision();
        String taskId = task(pi, TASK_RECORD_COURT_DECISION).getId();
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_COURT_DECISION, COURT_REPLACED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Datum för tingsrättens beslut");

        courtDecides(pi, COURT_REPLACED);

        assertEnded(pi, OUTCOME_REPLACED);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void noCourtDecisionInThirtyWorkingDaysEscalatesToTheManager() {
        ProcessInstance pi = startAtCourtDecision();
        Job overdue = timer(pi, TIMER_COURT_DECISION_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(task(pi, TASK_RECORD_COURT_DECISION).getDueDate());

        passTimer(pi, overdue);

        assertThat(task(pi, TASK_RECORD_COURT_DECISION)).isNull();
        Task escalation = task(pi, TASK_HANDLE_MISSING_COURT_DECISION);
        assertThat(candidateGroups(escalation)).containsExactly("krimteamet-chef");
        assertThat(escalation.getDueDate()).isEqualTo(new WorkingDays().dueAfter(2));
        // no decision yet: back to the coordinator, with a new due date and escalation
        complete(pi, TASK_HANDLE_MISSING_COURT_DECISION, Map.of(VAR_COURT_DECISION, COURT_NO_DECISION_YET,
                VAR_COURT_DECISION_NOTE, "Tingsrätten har inte satt ut förhandling."));
        Task again = task(pi, TASK_RECORD_COURT_DECISION);
        assertThat(again.getDueDate()).isEqualTo(new WorkingDays().dueAfter(COURT_DECISION_WORKING_DAYS));
        assertThat(timer(pi, TIMER_COURT_DECISION_OVERDUE).getDuedate()).isEqualTo(again.getDueDate());

        // the second time the manager records the decision
        passTimer(pi, timer(pi, TIMER_COURT_DECISION_OVERDUE));
        complete(pi, TASK_HANDLE_MISSING_COURT_DECISION, Map.of(VAR_COURT_DECISION, COURT_REPLACED,
                VAR_COURT_DECISION_DATE, today()));
        assertEnded(pi, OUTCOME_REPLACED);
    }

    @Test
    void theManagerMayRecordThatTheCourtKeptTheSanction() {
        ProcessInstance pi = startAtCourtDecision();
        passTimer(pi, timer(pi, TIMER_COURT_DECISION_OVERDUE));

        complete(pi, TASK_HANDLE_MISSING_COURT_DECISION, Map.of(VAR_COURT_DECISION, COURT_NOT_REPLACED,
                VAR_COURT_DECISION_DATE, today()));

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_RECORD_COURT_DECISION)
                .count()).isZero();
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
    }

    // ---------------------------------------------------------------- youth care: serious neglect (issue 15)

    @Test
    void twoMissedCareVisitsAreNotYetSeriousAndGiveAWarningTalk() {
        ProcessInstance pi = startAtCareReview(0);

        complete(pi, TASK_FOLLOW_UP_ITEM, careItem(2, false, false));

        assertThat(variable(pi, VAR_CARE_ACTION)).isEqualTo(ACTION_WARNING_TALK);
        assertThat(task(pi, TASK_CARE_NOTIFY_PROSECUTOR)).isNull();
        complete(pi, TASK_CARE_WARNING_TALK, Map.of(VAR_WARNING_TALK_DATE, today()));
        assertThat(variable(pi, VAR_CARE_WARNING_TALKS)).isEqualTo(1);
    }

    @Test
    void aMissedCareVisitAfterAWarningTalkIsSeriousAndTheProsecutorIsToldWhileTheCareGoesOn() {
        ProcessInstance pi = startAtCareReview(1);

        complete(pi, TASK_FOLLOW_UP_ITEM, careItem(1, false, false));

        assertThat(variable(pi, VAR_CARE_ACTION)).isEqualTo(ACTION_NOTIFY_PROSECUTOR);
        complete(pi, TASK_CARE_NOTIFY_PROSECUTOR, notification());
        // the care goes on (next monthly review) while the prosecutor is asked
        assertThat(reviewTimer(pi)).isNotNull();
        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
        passTimer(pi, timer(pi, TIMER_RESPONSE_REMINDER));
        assertThat(candidateGroups(task(pi, TASK_REMIND_PROSECUTOR))).containsExactly("krimteamet");
        prosecutorAnswers(pi, RESPONSE_REPLACED);
        assertThat(candidateGroups(task(pi, TASK_RECORD_COURT_DECISION))).containsExactly("krimteamet");
    }

    @Test
    void aSuspectedNewOffenceInYouthCareIsToldToTheCaseworkerByKrimteamet() {
        ProcessInstance pi = startAtCareReview(0);

        complete(pi, TASK_FOLLOW_UP_ITEM, careItem(0, false, true));

        Task inform = task(pi, TASK_CARE_INFORM_CASEWORKER);
        assertThat(candidateGroups(inform)).containsExactly("krimteamet");
        assertThat(inform.getDueDate()).isNotNull();
    }

    @Test
    void bothBranchesMayWaitForTheProsecutorAndOneAnswerReachesBoth() {
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(TYPE_BOTH, 30, "Maria Nordväst"))
                .setVariable(VAR_HOURS_DONE, 0).setVariable(VAR_HOURS_REMAINING, 30).setVariable(VAR_UNEXCUSED_ABSENCES, 2)
                .setVariable(VAR_CONTRACT_END_DATE, LocalDate.now(EngineClock.ZONE).plusMonths(6).toString())
                .setVariable(VAR_CONTRACT_ITEMS, "Maria Nordväst: samtal").setVariable(VAR_CARE_WARNING_TALKS, 0)
                .startBeforeActivity(TASK_SERVICE_NOTIFY_PROSECUTOR)
                .startBeforeActivity(TASK_CARE_NOTIFY_PROSECUTOR)
                .execute();

        complete(pi, TASK_SERVICE_NOTIFY_PROSECUTOR, notification());
        complete(pi, TASK_CARE_NOTIFY_PROSECUTOR, notification());
        assertThat(waitingForProsecutor(pi)).isEqualTo(2);
        List<Job> reminders = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_RESPONSE_REMINDER).list();
        assertThat(reminders).hasSize(2);
        reminders.forEach(job -> passTimer(pi, job));
        assertThat(tasks(pi, TASK_REMIND_PROSECUTOR).stream().flatMap(t -> candidateGroups(t).stream()))
                .containsExactlyInAnyOrder("ungdomstjanst", "krimteamet");

        prosecutorAnswers(pi, RESPONSE_WARNING);

        assertThat(waitingForProsecutor(pi)).isZero();
        assertThat(tasks(pi, TASK_REMIND_PROSECUTOR)).isEmpty();
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
        assertThat(reviewTimer(pi)).isNotNull();
    }

    // ---------------------------------------------------------------- helpers

    ProcessInstance twoAbsencesAndNotificationSent() {
        ProcessInstance pi = startAtSessions(TYPE_YOUTH_SERVICE, 30, 0);
        registerAbsent(pi, false);
        complete(pi, TASK_SERVICE_WARNING_TALK, Map.of("warningTalkDate", today()));
        registerAbsent(pi, false);
        assertThat(variable(pi, VAR_ACTION)).isEqualTo(ACTION_NOTIFY_PROSECUTOR);
        Task notify = task(pi, TASK_SERVICE_NOTIFY_PROSECUTOR);
        assertThat(candidateGroups(notify)).containsExactly("ungdomstjanst");
        complete(pi, TASK_SERVICE_NOTIFY_PROSECUTOR, notification());
        return pi;
    }

    /** Notified at a session (two absences), then the sessions go on while the prosecutor is asked. */
    ProcessInstance notificationSentDuringSessions(int hours, int done) {
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(TYPE_YOUTH_SERVICE, hours, null))
                .setVariable(VAR_HOURS_DONE, done).setVariable(VAR_HOURS_REMAINING, hours - done)
                .setVariable(VAR_UNEXCUSED_ABSENCES, 2)
                .startBeforeActivity(TASK_SERVICE_NOTIFY_PROSECUTOR).execute();
        complete(pi, TASK_SERVICE_NOTIFY_PROSECUTOR, notification());
        assertThat(task(pi, TASK_REGISTER_SESSION)).isNotNull();
        assertThat(waitingForProsecutor(pi)).isEqualTo(1);
        return pi;
    }

    /** The prosecutor asked the court to replace the youth service; the sessions go on meanwhile. */
    ProcessInstance startAtCourtDecision() {
        return runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(TYPE_YOUTH_SERVICE, 30, null))
                .setVariable(VAR_HOURS_DONE, 0).setVariable(VAR_HOURS_REMAINING, 30).setVariable(VAR_UNEXCUSED_ABSENCES, 2)
                .setVariable(VAR_FOLLOW_UP_GROUP, ESCALATION_REPORTED_BY_YOUTH_SERVICE)
                .startBeforeActivity(TASK_REGISTER_SESSION)
                .startBeforeActivity(TASK_RECORD_COURT_DECISION).execute();
    }

    /** A youth contract with one item at its monthly review, after {@code warningTalks} warning talks. */
    ProcessInstance startAtCareReview(int warningTalks) {
        return runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(TYPE_YOUTH_CARE, null, "Maria Nordväst"))
                .setVariable(VAR_CONTRACT_END_DATE, LocalDate.now(EngineClock.ZONE).plusMonths(6).toString())
                .setVariable(VAR_CONTRACT_ITEMS, "Maria Nordväst: samtal")
                .setVariable(VAR_CARE_WARNING_TALKS, warningTalks)
                .setVariable(VAR_CARE_MISSED, 0).setVariable(VAR_CARE_REFUSES, false)
                .setVariable(VAR_CARE_NEW_OFFENCE, false).setVariable(VAR_CARE_MOVED, false)
                .setVariable(VAR_CARE_CHECK_NEEDED, false)
                .startBeforeActivity(TASK_FOLLOW_UP_ITEM).execute();
    }

    static Map<String, Object> careItem(int missed, boolean refuses, boolean newOffence) {
        return Map.of(VAR_ITEM_STATUS, ITEM_NEGLECTED, VAR_ITEM_MISSED, missed, VAR_ITEM_REFUSES, refuses,
                VAR_ITEM_NEW_OFFENCE, newOffence, VAR_ITEM_MOVED, false, VAR_ITEM_NOTE, "Brister enligt vårdgivaren.");
    }

    void contactAboutCare(ProcessInstance pi) {
        complete(pi, TASK_CONTACT_YOUTH_ABOUT_CARE, Map.of(VAR_CARE_FIRST_CONTACT_DATE, today(), VAR_CARE_CONTACT_METHOD, "MOTE"));
    }

    void courtDecides(ProcessInstance pi, String decision) {
        complete(pi, TASK_RECORD_COURT_DECISION, Map.of(VAR_COURT_DECISION, decision, VAR_COURT_DECISION_DATE, today()));
    }

    long waitingForProsecutor(ProcessInstance pi) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("message").eventName(MESSAGE_PROSECUTOR_RESPONDED).count();
    }

    Job timer(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    void prosecutorAnswers(ProcessInstance pi, String response) {
        runtimeService.createMessageCorrelation(MESSAGE_PROSECUTOR_RESPONDED).processInstanceId(pi.getId())
                .setVariable(VAR_PROSECUTOR_RESPONSE, response).correlateAllWithResult();
    }

    ProcessInstance start(String type, Integer hours, String provider) {
        return runtimeService.startProcessInstanceByKey(KEY, CASE, startVariables(type, hours, provider));
    }

    Map<String, Object> startVariables(String type, Integer hours, String provider) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CASE_NUMBER, CASE);
        vars.put(VAR_YOUTH_NAME, "Testperson Ung");
        vars.put(VAR_SANCTION_TYPE, type);
        vars.put(VAR_YOUTH_SERVICE_HOURS, hours);
        vars.put(VAR_CARE_PROVIDER, provider);
        return vars;
    }

    ProcessInstance startAtSessions(String type, int hours, int done) {
        return runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE)
                .setVariables(startVariables(type, hours, null))
                .setVariable(VAR_HOURS_DONE, done).setVariable(VAR_HOURS_REMAINING, hours - done)
                .setVariable(VAR_UNEXCUSED_ABSENCES, 0)
                .startBeforeActivity(TASK_REGISTER_SESSION).execute();
    }

    void registerPresent(ProcessInstance pi, int hours) {
        complete(pi, TASK_REGISTER_SESSION, Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_SESSION, VAR_SESSION_DATE, today(),
                VAR_ATTENDANCE, ATTENDANCE_PRESENT, VAR_SESSION_HOURS, hours));
    }

    void registerAbsent(ProcessInstance pi, boolean excused) {
        complete(pi, TASK_REGISTER_SESSION, Map.of(VAR_REGISTRATION_TYPE, REGISTRATION_SESSION, VAR_SESSION_DATE, today(),
                VAR_ATTENDANCE, ATTENDANCE_ABSENT, VAR_ABSENCE_REASON, "Kom inte", VAR_ABSENCE_EXCUSED, excused));
    }

    static Map<String, Object> placementPlan() {
        return Map.of(VAR_PLACEMENT, "Second hand-butiken", "placementSupervisor", "Handledare",
                VAR_PLACEMENT_START_DATE, today(), "placementPlan", "Lördagar 4 timmar, samtal varannan vecka.");
    }

    static Map<String, Object> notification() {
        return Map.of(VAR_NOTIFICATION_DATE, today(), VAR_NEGLECT_DESCRIPTION, "Uteblivit två gånger utan giltigt skäl.");
    }

    static Map<String, Object> itemFollowed() {
        return Map.of(VAR_ITEM_STATUS, ITEM_FOLLOWED, VAR_ITEM_MISSED, 0, VAR_ITEM_REFUSES, false,
                VAR_ITEM_NEW_OFFENCE, false, VAR_ITEM_MOVED, false);
    }

    Job reviewTimer(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_MONTHLY_REVIEW).singleResult();
    }

    void passTimer(ProcessInstance pi, Job timer) {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        managementService.executeJob(timer.getId());
    }

    static Date at(LocalDate date) {
        return Date.from(ZonedDateTime.of(date.atTime(8, 0), EngineClock.ZONE).toInstant());
    }

    static String today() {
        return LocalDate.now(EngineClock.ZONE).toString();
    }

    Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    List<Task> tasks(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    void complete(ProcessInstance pi, String key, Map<String, Object> values) {
        Task task = task(pi, key);
        assertThat(task).as("open task %s", key).isNotNull();
        taskService.complete(task.getId(), values);
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    Object variable(ProcessInstance pi, String name) {
        return runtimeService.getVariable(pi.getId(), name);
    }

    void assertEnded(ProcessInstance pi, String outcome) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("process ended").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(VAR_SANCTION_OUTCOME).singleResult().getValue()).isEqualTo(outcome);
    }

    /** The case's clock "first contact after the sanction" reads these tasks by id. */
    @Test
    void theCaseKnowsTheFirstContactTasksByTheirIds() {
        org.assertj.core.api.Assertions.assertThat(se.krimflow.cases.YouthCrimeCase.FIRST_CONTACT_TASKS)
                .containsExactlyInAnyOrder(SanctionFollowUp.TASK_CONTACT_YOUTH, SanctionFollowUp.TASK_CONTACT_YOUTH_ABOUT_CARE);
    }
}

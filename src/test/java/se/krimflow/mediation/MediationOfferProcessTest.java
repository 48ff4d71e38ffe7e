package se.krimflow.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.krimflow.mediation.MediationOffer.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;
import se.krimflow.system.KrimflowGroup;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "processes/MediationOffer.bpmn", "processes/MediationVictimRecord.bpmn",
        "processes/MediationEligibilityDecision.dmn",
        "processes/DecideMediationSuitability.form", "processes/InformYouthAboutMediation.form",
        "processes/ReferToMobilaTeamet.form", "processes/ConsultInvestigationLeader.form",
        "processes/RecordVictimDetails.form", "processes/HoldPreparatoryTalks.form",
        "processes/HoldMediationMeeting.form", "processes/FollowUpMediationAgreement.form",
        "processes/ReportMediationOutcome.form" })
class MediationOfferProcessTest {

    static final String CASE = "UNG-2026-000401";

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    HistoryService historyService;
    RepositoryService repositoryService;
    ManagementService managementService;

    @BeforeEach
    void beans() {
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        historyService = engine.getHistoryService();
        repositoryService = engine.getRepositoryService();
        managementService = engine.getManagementService();
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register(BEAN_STEPS, new MediationSteps());
        Mocks.register(BEAN_VICTIM_RECORD_LINK, new VictimRecordLink());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // --- helpers ----------------------------------------------------------------------------

    static Map<String, Object> caseVariables(int age, boolean sensitive) {
        Map<String, Object> v = new HashMap<>();
        v.put(VAR_CASE_NUMBER, CASE);
        v.put(VAR_OFFENDER_AGE, age);
        v.put(VAR_REPORTED_TO_POLICE, true);
        v.put(VAR_CONFESSED, true);
        v.put(VAR_SENSITIVE_OFFENCE, sensitive);
        v.put(VAR_YOUTH_NAME, "Test Testsson");
        return v;
    }

    ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(KEY, CASE, variables);
    }

    /** Starts in the middle, before {@code activityId}, as after an offer the youth accepted. */
    ProcessInstance startBefore(String activityId) {
        Map<String, Object> v = caseVariables(15, false);
        v.put(VAR_MEDIATION_OFFERED, true);
        v.put(VAR_YOUTH_ANSWERED_AT, new Date());
        return runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(v)
                .startBeforeActivity(activityId).execute();
    }

    Task task(ProcessInstance pi, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(CASE).taskDefinitionKey(key).list();
        assertThat(tasks).as("open task %s", key).hasSize(1);
        return tasks.get(0);
    }

    void complete(ProcessInstance pi, String key, Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        taskService.complete(task(pi, key).getId(), values);
    }

    /** The form validation rejected the submission with {@code message}; the engine wraps it. */
    static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).satisfies(e -> {
            Throwable c = e;
            while (c != null && !(c instanceof FormFieldValidationException)) {
                c = c.getCause();
            }
            assertThat(c).as("a FormFieldValidationException in the cause chain").isNotNull();
            assertThat(c.getMessage()).contains(message);
        });
    }

    Object outVariable(ProcessInstance pi, String name) {
        HistoricVariableInstance v = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    boolean ended(ProcessInstance pi) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
    }

    String endActivity(ProcessInstance pi) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getEndActivityId();
    }

    boolean passed(ProcessInstance pi, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(activityId).finished().count() > 0;
    }

    /**
     * The mediation reached {@code endEvent} with the outcome; a mediation that was referred (the
     * subprocess) then reports the outcome to the head of the investigation before it ends.
     */
    void assertOutcome(ProcessInstance pi, String endEvent, String outcome, boolean offered) {
        assertThat(passed(pi, endEvent)).as("passed %s", endEvent).isTrue();
        assertThat(outVariable(pi, VAR_MEDIATION_OUTCOME)).isEqualTo(outcome);
        assertThat(outVariable(pi, VAR_MEDIATION_OFFERED)).isEqualTo(offered);
        if (!ended(pi)) {
            reportOutcome(pi);
            assertThat(endActivity(pi)).isEqualTo(END_OUTCOME_REPORTED);
        } else {
            assertThat(endActivity(pi)).isEqualTo(endEvent);
        }
        assertThat(ended(pi)).as("process ended").isTrue();
    }

    void reportOutcome(ProcessInstance pi) {
        complete(pi, TASK_REPORT_OUTCOME, VAR_REPORTED_TO, REPORTED_TO_INVESTIGATION_LEADER,
                VAR_REPORTED_ON, EngineClock.today().toString());
    }

    /** The engine clock at 10:00 in Sweden on {@code day}. */
    static void clockAt(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)),
                EngineClock.ZONE).toInstant()));
    }

    /** The one timer of {@code processInstanceId}: not due before {@code day}, fired once the clock is there. */
    void timerFiresOn(String processInstanceId, LocalDate day) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertThat(timer).as("a timer waits").isNotNull();
        assertThat(timer.getDuedate().toInstant().atZone(EngineClock.ZONE).toLocalDate()).isEqualTo(day);
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).timers().executable().count())
                .as("not due yet").isZero();
        clockAt(day);
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).timers().executable().count())
                .as("due now").isEqualTo(1);
        managementService.executeJob(timer.getId());
    }

    ProcessInstance victimRecord() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MediationVictimRecord.KEY).singleResult();
    }

    Task victimTask() {
        Task t = taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY).singleResult();
        assertThat(t).as("victim record task").isNotNull();
        return t;
    }

    void completeVictimTask(Object... keyValues) {
        Map<String, Object> values = new HashMap<>(Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera Brottsoffer",
                MediationVictimRecord.VAR_VICTIM_CONTACT, "070-000 00 00",
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, false,
                MediationVictimRecord.VAR_WITHDRAWN, false));
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        taskService.complete(victimTask().getId(), values);
    }

    void youthSaysYes(ProcessInstance pi) {
        complete(pi, TASK_INFORM_YOUTH, VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_YES);
    }

    void refer(ProcessInstance pi) {
        complete(pi, TASK_REFER, VAR_REFERRAL_SENT, true, VAR_WITHDRAWN, false);
    }

    void consult(ProcessInstance pi) {
        complete(pi, TASK_CONSULT, VAR_INVESTIGATION_LEADER_CONSULTED, true,
                VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, false, VAR_WITHDRAWN, false);
    }

    void victimAnswers(String answer) {
        completeVictimTask(MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, answer);
    }

    void prepare(ProcessInstance pi) {
        complete(pi, TASK_PREPARE, VAR_TALK_WITH_YOUTH_HELD, true, VAR_TALK_WITH_VICTIM_HELD, true, VAR_WITHDRAWN, false);
    }

    void meeting(ProcessInstance pi, boolean agreement) {
        Map<String, Object> v = new HashMap<>(Map.of(VAR_MEETING_HELD, true, VAR_YOUTH_PARTICIPATED, true,
                VAR_GUARDIANS_PARTICIPATED, true, VAR_VICTIM_PARTICIPATED, true, VAR_AGREEMENT_REACHED, agreement,
                VAR_WITHDRAWN, false));
        if (agreement) {
            v.put(VAR_AGREEMENT_KIND, AGREEMENT_COMPENSATION);
        }
        taskService.complete(task(pi, TASK_MEETING).getId(), v);
    }

    // --- eligibility ------------------------------------------------------------------------

    @Test
    void notReportedToPoliceEndsAsNotApplicableWithTheReasonRecorded() {
        Map<String, Object> v = caseVariables(15, false);
        v.put(VAR_REPORTED_TO_POLICE, false);
        ProcessInstance pi = start(v);

        assertOutcome(pi, END_NOT_APPLICABLE, OUTCOME_NOT_APPLICABLE, false);
        assertThat(outVariable(pi, VAR_ELIGIBILITY)).isEqualTo(ELIGIBILITY_NOT_APPLICABLE);
        assertThat((String) outVariable(pi, VAR_ELIGIBILITY_REASON)).contains("polisen");
    }

    @Test
    void youthUnderTwentyOneIsOfferedMediationByKrimteamet() {
        ProcessInstance pi = start(caseVariables(15, false));

        Task inform = task(pi, TASK_INFORM_YOUTH);
        assertThat(inform.getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(inform.getId()))
                .anyMatch(l -> KrimflowGroup.ID_KRIMTEAMET.equals(l.getGroupId()));
        assertThat(runtimeService.getVariable(pi.getId(), VAR_ELIGIBILITY)).isEqualTo(ELIGIBILITY_OFFER);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_DECIDE_SUITABILITY).count()).isZero();
    }

    @Test
    void sensitiveOffenceGoesToTheManagerWhoFindsItNotSuitable() {
        ProcessInstance pi = start(caseVariables(16, true));

        Task decide = task(pi, TASK_DECIDE_SUITABILITY);
        assertThat(taskService.getIdentityLinksForTask(decide.getId()))
                .anyMatch(l -> KrimflowGroup.ID_KRIMTEAMET_CHEF.equals(l.getGroupId()));
        complete(pi, TASK_DECIDE_SUITABILITY, VAR_SUITABILITY, NOT_SUITABLE, VAR_SUITABILITY_REASON, "Hotbild mot brottsoffret.");

        assertOutcome(pi, END_NOT_SUITABLE, OUTCOME_NOT_SUITABLE, false);
    }

    @Test
    void childUnderTwelveFoundSuitableIsThenOffered() {
        ProcessInstance pi = start(caseVariables(11, false));

        complete(pi, TASK_DECIDE_SUITABILITY, VAR_SUITABILITY, SUITABLE, VAR_SUITABILITY_REASON, "Synnerliga skäl finns.");

        assertThat(task(pi, TASK_INFORM_YOUTH)).isNotNull();
    }

    @Test
    void suitabilityDecisionWithoutMotivationIsRejectedAndNothingSaved() {
        ProcessInstance pi = start(caseVariables(25, false));
        String id = task(pi, TASK_DECIDE_SUITABILITY).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_SUITABILITY, SUITABLE)), "Motivering");
        assertThat(task(pi, TASK_DECIDE_SUITABILITY).getId()).isEqualTo(id);
        assertThat(runtimeService.getVariable(pi.getId(), VAR_SUITABILITY)).isNull();
    }

    // --- the youth's answer -----------------------------------------------------------------

    @Test
    void youthDeclinesEndsAsDeclinedByYouthButOffered() {
        ProcessInstance pi = start(caseVariables(15, false));

        complete(pi, TASK_INFORM_YOUTH, VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_NO);

        assertOutcome(pi, END_DECLINED_BY_YOUTH, OUTCOME_DECLINED_BY_YOUTH, true);
    }

    @Test
    void answerOfAMinorIsNotRecordedBeforeTheGuardiansAreInformed() {
        ProcessInstance pi = start(caseVariables(15, false));
        String id = task(pi, TASK_INFORM_YOUTH).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_GUARDIANS_INFORMED, false, VAR_YOUTH_ANSWER, ANSWER_YES)), "vårdnadshavarna");
        assertThat(ended(pi)).isFalse();
        assertThat(task(pi, TASK_INFORM_YOUTH).getId()).isEqualTo(id);
    }

    // --- the whole way ----------------------------------------------------------------------

    @Test
    void agreementFulfilledEndsAsCompletedWithAgreementAndVictimDetailsStayInTheirOwnInstance() {
        ProcessInstance pi = start(caseVariables(15, false));
        youthSaysYes(pi);
        Task referral = task(pi, TASK_REFER);
        assertThat(taskService.getIdentityLinksForTask(referral.getId()))
                .anyMatch(l -> KrimflowGroup.ID_KRIMTEAMET.equals(l.getGroupId()));
        refer(pi);
        Task consultation = task(pi, TASK_CONSULT);
        assertThat(taskService.getIdentityLinksForTask(consultation.getId()))
                .anyMatch(l -> KrimflowGroup.ID_MOBILA_TEAMET.equals(l.getGroupId()));
        consult(pi);

        // The victim's record is its own instance with its own number, never the offender's case number.
        ProcessInstance victimRecord = victimRecord();
        assertThat(victimRecord.getBusinessKey()).matches("MED-\\d{4}-\\d{6}").isNotEqualTo(CASE);
        assertThat(runtimeService.getVariable(pi.getId(), VAR_VICTIM_RECORD_NUMBER)).isEqualTo(victimRecord.getBusinessKey());
        assertThat(runtimeService.getVariable(victimRecord.getId(), MediationVictimRecord.VAR_CASE_NUMBER)).isEqualTo(CASE);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(victimRecord.getId())
                .singleResult().getSuperProcessInstanceId()).as("not a sub-instance of the case's hierarchy").isNull();
        Task victimTask = taskService.createTaskQuery().processInstanceId(victimRecord.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(victimTask.getId()))
                .allMatch(l -> KrimflowGroup.ID_MOBILA_TEAMET.equals(l.getGroupId()));
        victimAnswers(MediationVictimRecord.CONSENTS);

        prepare(pi);
        meeting(pi, true);
        Task followUp = task(pi, TASK_FOLLOW_UP);
        assertThat(followUp.getDueDate()).isNotNull();
        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, FULFILLED, VAR_WITHDRAWN, false);

        assertOutcome(pi, END_WITH_AGREEMENT, OUTCOME_WITH_AGREEMENT, true);
        assertThat(outVariable(pi, VAR_VICTIM_CONSENTS)).isEqualTo(true);
        assertThat(outVariable(pi, VAR_AGREEMENT_KIND)).isEqualTo(AGREEMENT_COMPENSATION);
        // The victim's details are variables of the victim record only, never of the mediation.
        List<String> mediationVariables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list().stream().map(HistoricVariableInstance::getName).toList();
        assertThat(mediationVariables).doesNotContain(MediationVictimRecord.VAR_VICTIM_NAME,
                MediationVictimRecord.VAR_VICTIM_CONTACT, MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER,
                MediationVictimRecord.VAR_VICTIM_IS_MINOR);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(victimRecord.getId())
                .variableName(MediationVictimRecord.VAR_VICTIM_NAME).singleResult().getValue()).isEqualTo("Vera Brottsoffer");
        // Only the case number went into the victim record.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(victimRecord.getId()).list())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContain(VAR_YOUTH_NAME, VAR_OFFENDER_AGE, VAR_SENSITIVE_OFFENCE);
    }

    @Test
    void victimDeclinesEndsWithoutMeeting() {
        ProcessInstance pi = startBefore(TASK_CONTACT_VICTIM);

        victimAnswers(MediationVictimRecord.DOES_NOT_CONSENT);

        assertOutcome(pi, END_DECLINED_BY_VICTIM, OUTCOME_DECLINED_BY_VICTIM, true);
        assertThat(outVariable(pi, VAR_VICTIM_CONSENTS)).isEqualTo(false);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(TASK_MEETING).count()).isZero();
    }

    @Test
    void minorVictimNeedsGuardianContact() {
        startBefore(TASK_CONTACT_VICTIM);
        Task t = taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY).singleResult();

        assertRejected(() -> taskService.complete(t.getId(), Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera", MediationVictimRecord.VAR_VICTIM_CONTACT, "070",
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, true, MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.CONSENTS)), "vårdnadshavarnas");
    }

    @Test
    void investigationLeaderAdvisingAgainstEndsAsNotSuitable() {
        ProcessInstance pi = startBefore(TASK_CONSULT);

        complete(pi, TASK_CONSULT, VAR_INVESTIGATION_LEADER_CONSULTED, true,
                VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, true, VAR_WITHDRAWN, false);

        assertOutcome(pi, END_ADVISED_AGAINST, OUTCOME_NOT_SUITABLE, true);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MediationVictimRecord.KEY).count()).isZero();
    }

    @Test
    void meetingWithoutAgreementEndsAsCompletedWithoutAgreement() {
        ProcessInstance pi = startBefore(TASK_MEETING);

        meeting(pi, false);

        assertOutcome(pi, END_WITHOUT_AGREEMENT, OUTCOME_WITHOUT_AGREEMENT, true);
    }

    /** Not fulfilled, or partly fulfilled once the new follow-ups are used up (then the caseworker ends it). */
    @ParameterizedTest
    @CsvSource({ "EJ_UPPFYLLT", "DELVIS_UPPFYLLT" })
    void agreementNotFulfilledEndsAsNotFulfilled(String fulfilment) {
        ProcessInstance pi = startBefore(TASK_FOLLOW_UP);
        runtimeService.setVariable(pi.getId(), VAR_AGREEMENT_FOLLOW_UPS, MAX_AGREEMENT_FOLLOW_UPS);

        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, fulfilment, VAR_FOLLOW_UP_NOTE, "Ersättningen betalades inte.",
                VAR_WITHDRAWN, false);

        assertOutcome(pi, END_AGREEMENT_NOT_FULFILLED, OUTCOME_AGREEMENT_NOT_FULFILLED, true);
        assertThat(outVariable(pi, VAR_AGREEMENT_FULFILMENT)).isEqualTo(fulfilment);
    }

    @Test
    void agreementNotFulfilledNeedsANote() {
        ProcessInstance pi = startBefore(TASK_FOLLOW_UP);
        String id = task(pi, TASK_FOLLOW_UP).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_AGREEMENT_FULFILMENT, NOT_FULFILLED)),
                "Beskriv vad som inte blev av");
        assertThat(ended(pi)).isFalse();
    }

    // --- withdrawal -------------------------------------------------------------------------

    @ParameterizedTest(name = "{1} withdraws at {0}")
    @CsvSource({
            "Task_ReferToMobilaTeamet,        UNGDOMEN,     EndEvent_WithdrawnAtReferral",
            "Task_ConsultInvestigationLeader, UNGDOMEN,     EndEvent_WithdrawnAtConsultation",
            "Task_ConsultInvestigationLeader, BROTTSOFFRET, EndEvent_WithdrawnAtConsultation",
            "Task_HoldPreparatoryTalks,       UNGDOMEN,     EndEvent_WithdrawnAtPreparation",
            "Task_HoldPreparatoryTalks,       BROTTSOFFRET, EndEvent_WithdrawnAtPreparation",
            "Task_HoldMediationMeeting,       UNGDOMEN,     EndEvent_WithdrawnAtMeeting",
            "Task_HoldMediationMeeting,       BROTTSOFFRET, EndEvent_WithdrawnAtMeeting",
            "Task_FollowUpAgreement,          UNGDOMEN,     EndEvent_WithdrawnAtFollowUp",
            "Task_FollowUpAgreement,          BROTTSOFFRET, EndEvent_WithdrawnAtFollowUp",
    })
    void eitherPartyMayWithdrawAtEveryStepAndTheMediationEndsCleanly(String step, String party, String endEvent) {
        ProcessInstance pi = startBefore(step);
        Map<String, Object> v = new HashMap<>(Map.of(VAR_WITHDRAWN, true, VAR_WITHDRAWN_BY, party,
                // the other answers of the step, as Tasklist sends them
                VAR_REFERRAL_SENT, false, VAR_INVESTIGATION_LEADER_CONSULTED, false,
                VAR_INVESTIGATION_LEADER_ADVISES_AGAINST, false, VAR_TALK_WITH_YOUTH_HELD, false,
                VAR_TALK_WITH_VICTIM_HELD, false, VAR_MEETING_HELD, false, VAR_AGREEMENT_REACHED, false));
        taskService.complete(task(pi, step).getId(), v);

        assertOutcome(pi, endEvent, OUTCOME_WITHDRAWN, true);
        assertThat(outVariable(pi, VAR_WITHDRAWN_BY)).isEqualTo(party);
        assertThat(outVariable(pi, VAR_WITHDRAWN_AT)).as("when").isInstanceOf(Date.class);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(CASE).count()).isZero();
    }

    @Test
    void withdrawalMustSayWhoWithdrew() {
        ProcessInstance pi = startBefore(TASK_PREPARE);
        String id = task(pi, TASK_PREPARE).getId();

        assertThatThrownBy(() -> taskService.complete(id, Map.of(VAR_WITHDRAWN, true,
                VAR_TALK_WITH_YOUTH_HELD, false, VAR_TALK_WITH_VICTIM_HELD, false)), "Vem avbröt");
        assertThat(ended(pi)).isFalse();
    }


    @Test
    void meetingNotHeldWithoutWithdrawalIsRejected() {
        ProcessInstance pi = startBefore(TASK_MEETING);
        String id = task(pi, TASK_MEETING).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_MEETING_HELD, false,
                VAR_AGREEMENT_REACHED, false, VAR_WITHDRAWN, false)), "avbröt");
    }

    @Test
    void agreementNeedsItsKind() {
        ProcessInstance pi = startBefore(TASK_MEETING);
        String id = task(pi, TASK_MEETING).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_MEETING_HELD, true, VAR_YOUTH_PARTICIPATED, true,
                VAR_VICTIM_PARTICIPATED, true, VAR_AGREEMENT_REACHED, true, VAR_WITHDRAWN, false)), "avtalet");
    }

    // --- referral due date: 3 working days after the youth's yes ------------------------------

    @ParameterizedTest(name = "yes on {0} -> referral due {1}")
    @CsvSource({
            // Easter 2027: Good Friday 26 March, Easter Monday 29 March
            "2027-03-24, 2027-03-31",
            // Midsummer 2026: midsommarafton Friday 19 June
            "2026-06-17, 2026-06-23",
            // Christmas 2026: julafton Thursday 24, juldagen 25, annandag 26 (Saturday)
            "2026-12-22, 2026-12-29",
            // an ordinary week: Monday -> Thursday
            "2026-11-23, 2026-11-26",
    })
    void referralIsDueThreeWorkingDaysAfterTheYouthsYes(LocalDate yesDay, LocalDate due) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDateTime.of(yesDay, java.time.LocalTime.of(10, 0)),
                EngineClock.ZONE).toInstant()));
        ProcessInstance pi = start(caseVariables(15, false));

        youthSaysYes(pi);

        Date dueDate = task(pi, TASK_REFER).getDueDate();
        assertThat(dueDate.toInstant().atZone(EngineClock.ZONE).toLocalDate()).isEqualTo(due);
    }

    // --- no waiting forever (issue 15) ---------------------------------------------------------

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    ProcessInstance startAt(String activityId) {
        clockAt(TODAY);
        return startBefore(activityId);
    }

    @Test
    void youthWhoWantsTimeToThinkGetsTheTaskBackOnTheFollowUpDate() {
        ProcessInstance pi = startAt(TASK_INFORM_YOUTH);
        LocalDate followUp = TODAY.plusDays(14);

        complete(pi, TASK_INFORM_YOUTH, VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME,
                VAR_YOUTH_FOLLOW_UP_DATE, followUp.toString());

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as("no task while waiting").isZero();
        assertThat(runtimeService.getActiveActivityIds(pi.getId())).containsExactly(EVENT_THINKING_TIME_OVER);
        timerFiresOn(pi.getId(), followUp);

        Task back = task(pi, TASK_INFORM_YOUTH);
        assertThat(back.getDueDate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(runtimeService.getVariable(pi.getId(), VAR_YOUTH_THINKING_ROUNDS)).isEqualTo(1);
        assertThat(runtimeService.getVariable(pi.getId(), VAR_YOUTH_FOLLOW_UP_DATE)).as("cleared for the next answer").isNull();
        youthSaysYes(pi);
        assertThat(task(pi, TASK_REFER)).isNotNull();
    }

    @Test
    void thinkingTimeEndsAfterTwoRoundsWithAYesOrNo() {
        ProcessInstance pi = startAt(TASK_INFORM_YOUTH);
        runtimeService.setVariable(pi.getId(), VAR_YOUTH_THINKING_ROUNDS, MAX_THINKING_ROUNDS);
        String id = task(pi, TASK_INFORM_YOUTH).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME,
                VAR_YOUTH_FOLLOW_UP_DATE, TODAY.plusDays(7).toString())), "ja eller nej");
        complete(pi, TASK_INFORM_YOUTH, VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_NO);

        assertOutcome(pi, END_DECLINED_BY_YOUTH, OUTCOME_DECLINED_BY_YOUTH, true);
    }

    @Test
    void thinkingTimeNeedsADateWithinThirtyDays() {
        ProcessInstance pi = startAt(TASK_INFORM_YOUTH);
        String id = task(pi, TASK_INFORM_YOUTH).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME)),
                "Kontakta den unge igen den");
        assertRejected(() -> taskService.complete(id, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME,
                VAR_YOUTH_FOLLOW_UP_DATE, TODAY.plusDays(MAX_THINKING_DAYS + 1).toString())), "högst 30 dagar");
        assertRejected(() -> taskService.complete(id, Map.of(VAR_GUARDIANS_INFORMED, true, VAR_YOUTH_ANSWER, ANSWER_WANTS_TIME,
                VAR_YOUTH_FOLLOW_UP_DATE, TODAY.toString())), "efter i dag");
    }

    @Test
    void victimWhoCannotBeReachedIsTriedAgainOnTheDateTheMediatorChose() {
        ProcessInstance pi = startAt(TASK_CONTACT_VICTIM);
        ProcessInstance record = victimRecord();
        LocalDate nextTry = TODAY.plusDays(5);

        assertRejected(() -> victimAnswers(MediationVictimRecord.NOT_REACHED_TRY_AGAIN), "Nytt kontaktförsök den");
        assertThat(taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY).count()).isEqualTo(1);
        completeVictimTask(MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.NOT_REACHED_TRY_AGAIN,
                MediationVictimRecord.VAR_NEXT_CONTACT_ATTEMPT_DATE, nextTry.toString());

        assertThat(taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY).count()).isZero();
        assertThat(runtimeService.getActiveActivityIds(pi.getId())).containsExactly(TASK_AWAIT_VICTIM_ANSWER);
        timerFiresOn(record.getId(), nextTry);

        assertThat(runtimeService.getVariable(record.getId(), MediationVictimRecord.VAR_CONTACT_ATTEMPTS)).isEqualTo(1);
        victimAnswers(MediationVictimRecord.CONSENTS);
        assertThat(task(pi, TASK_PREPARE)).isNotNull();
    }

    @Test
    void victimNeverReachedEndsTheMediationAsNotReachedAfterTheLastAttempt() {
        ProcessInstance pi = startAt(TASK_CONTACT_VICTIM);
        runtimeService.setVariable(victimRecord().getId(), MediationVictimRecord.VAR_CONTACT_ATTEMPTS,
                MediationVictimRecord.MAX_CONTACT_ATTEMPTS);
        String id = victimTask().getId();

        assertRejected(() -> taskService.complete(id, Map.of(MediationVictimRecord.VAR_VICTIM_NAME, "Vera",
                MediationVictimRecord.VAR_VICTIM_CONTACT, "070", MediationVictimRecord.VAR_VICTIM_IS_MINOR, false,
                MediationVictimRecord.VAR_WITHDRAWN, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, MediationVictimRecord.NOT_REACHED_TRY_AGAIN,
                MediationVictimRecord.VAR_NEXT_CONTACT_ATTEMPT_DATE, TODAY.plusDays(3).toString())), "slutligt svar");
        victimAnswers(MediationVictimRecord.NOT_REACHED_GIVE_UP);

        assertOutcome(pi, END_VICTIM_NOT_REACHED, OUTCOME_VICTIM_NOT_REACHED, true);
        assertThat(outVariable(pi, VAR_VICTIM_CONSENTS)).isEqualTo(false);
    }

    @Test
    void youthWithdrawsWhileTheVictimsDetailsAreBeingRecorded() {
        ProcessInstance pi = startAt(TASK_CONTACT_VICTIM);

        completeVictimTask(MediationVictimRecord.VAR_WITHDRAWN, true, MediationVictimRecord.VAR_WITHDRAWN_BY, PARTY_YOUTH);

        assertOutcome(pi, END_WITHDRAWN_AT_VICTIM_CONTACT, OUTCOME_WITHDRAWN, true);
        assertThat(outVariable(pi, VAR_WITHDRAWN_BY)).isEqualTo(PARTY_YOUTH);
        assertThat(outVariable(pi, VAR_WITHDRAWN_AT)).isNotNull();
    }

    @Test
    void aWithdrawalMessageEndsTheMediationAtAnyTimeAlsoTheOpenVictimRecord() {
        ProcessInstance pi = startAt(TASK_CONTACT_VICTIM);
        ProcessInstance record = victimRecord();
        Date at = ClockUtil.getCurrentTime();

        runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(pi.getId())
                .setVariable(VAR_WITHDRAWN_BY, PARTY_VICTIM).setVariable(VAR_WITHDRAWN_AT, at).correlateWithResult();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(record.getId()).count())
                .as("the open record ended with the mediation").isZero();
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(record.getId())
                .singleResult();
        assertThat(ended.getDeleteReason()).isEqualTo(VictimRecordLink.DELETE_REASON);
        assertThat(passed(pi, BOUNDARY_WITHDRAWN)).isTrue();
        assertThat(outVariable(pi, VAR_WITHDRAWN_AT)).isEqualTo(at);
        assertOutcome(pi, BOUNDARY_WITHDRAWN, OUTCOME_WITHDRAWN, true);
        assertThat(outVariable(pi, VAR_WITHDRAWN_BY)).isEqualTo(PARTY_VICTIM);
    }

    @Test
    void aWithdrawalMessageEndsTheWaitForTheNextFollowUp() {
        ProcessInstance pi = startAt(TASK_FOLLOW_UP);
        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED, VAR_FOLLOW_UP_NOTE, "Halva beloppet betalt.",
                VAR_NEXT_FOLLOW_UP_DATE, TODAY.plusDays(30).toString(), VAR_WITHDRAWN, false);
        assertThat(runtimeService.getActiveActivityIds(pi.getId())).containsExactly(EVENT_FOLLOW_UP_DUE);

        runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(pi.getId())
                .setVariable(VAR_WITHDRAWN_BY, PARTY_YOUTH).correlateWithResult();

        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).as("timer gone").isZero();
        assertOutcome(pi, BOUNDARY_WITHDRAWN, OUTCOME_WITHDRAWN, true);
        assertThat(outVariable(pi, VAR_WITHDRAWN_AT)).as("set when the message did not bring it").isNotNull();
    }

    @Test
    void partlyFulfilledAgreementGetsANewFollowUpDateInsteadOfEnding() {
        ProcessInstance pi = startAt(TASK_FOLLOW_UP);
        LocalDate next = TODAY.plusDays(60);

        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED, VAR_FOLLOW_UP_NOTE, "Halva beloppet betalt.",
                VAR_NEXT_FOLLOW_UP_DATE, next.toString(), VAR_WITHDRAWN, false);

        assertThat(passed(pi, END_AGREEMENT_NOT_FULFILLED)).isFalse();
        timerFiresOn(pi.getId(), next);
        assertThat(task(pi, TASK_FOLLOW_UP)).isNotNull();
        assertThat(runtimeService.getVariable(pi.getId(), VAR_AGREEMENT_FOLLOW_UPS)).isEqualTo(1);
        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, FULFILLED, VAR_WITHDRAWN, false);

        assertOutcome(pi, END_WITH_AGREEMENT, OUTCOME_WITH_AGREEMENT, true);
    }

    @Test
    void partlyFulfilledNeedsTheNewDateUntilTheFollowUpsAreUsedUp() {
        ProcessInstance pi = startAt(TASK_FOLLOW_UP);
        String id = task(pi, TASK_FOLLOW_UP).getId();

        assertRejected(() -> taskService.complete(id, Map.of(VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED,
                VAR_FOLLOW_UP_NOTE, "Halva beloppet betalt.", VAR_WITHDRAWN, false)), "Ny uppföljning den");
        assertRejected(() -> taskService.complete(id, Map.of(VAR_AGREEMENT_FULFILMENT, PARTLY_FULFILLED,
                VAR_FOLLOW_UP_NOTE, "Halva beloppet betalt.", VAR_WITHDRAWN, false,
                VAR_NEXT_FOLLOW_UP_DATE, TODAY.plusDays(MAX_FOLLOW_UP_DAYS + 1).toString())), "högst 90 dagar");
        assertThat(ended(pi)).isFalse();
    }

    @Test
    void theOutcomeIsReportedToTheHeadOfTheInvestigationWithTheDay() {
        ProcessInstance pi = startAt(TASK_MEETING);
        meeting(pi, false);

        Task report = task(pi, TASK_REPORT_OUTCOME);
        assertThat(report.getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(report.getId()))
                .anyMatch(l -> KrimflowGroup.ID_MOBILA_TEAMET.equals(l.getGroupId()));
        assertRejected(() -> taskService.complete(report.getId(), Map.of(VAR_REPORTED_TO, REPORTED_TO_PROSECUTOR,
                VAR_REPORTED_ON, TODAY.plusDays(1).toString())), "framtiden");
        complete(pi, TASK_REPORT_OUTCOME, VAR_REPORTED_TO, REPORTED_TO_PROSECUTOR, VAR_REPORTED_ON, TODAY.minusDays(1).toString());

        assertThat(endActivity(pi)).isEqualTo(END_OUTCOME_REPORTED);
        assertThat(outVariable(pi, VAR_REPORTED_TO)).isEqualTo(REPORTED_TO_PROSECUTOR);
        assertThat(outVariable(pi, VAR_REPORTED_AT)).isEqualTo(
                Date.from(TODAY.minusDays(1).atStartOfDay(EngineClock.ZONE).toInstant()));
        assertThat(outVariable(pi, VAR_MEDIATION_OUTCOME)).isEqualTo(OUTCOME_WITHOUT_AGREEMENT);
    }

    @Test
    void theSixWeekLimitGoesWithTheMediationAndTheVictimRecordAndIsShownReadOnly() throws Exception {
        Map<String, Object> v = caseVariables(15, false);
        v.put(VAR_SIX_WEEK_LIMIT_ON, "2027-01-12");
        v.put(VAR_MEDIATION_OFFERED, true);
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(KEY).businessKey(CASE).setVariables(v)
                .startBeforeActivity(TASK_CONTACT_VICTIM).execute();

        assertThat(runtimeService.getVariable(victimRecord().getId(), MediationVictimRecord.VAR_SIX_WEEK_LIMIT_ON))
                .isEqualTo("2027-01-12");
        assertThat(runtimeService.getVariable(pi.getId(), VAR_SIX_WEEK_LIMIT_ON)).isEqualTo("2027-01-12");
        for (String form : List.of(FORM_DECIDE_SUITABILITY, FORM_INFORM_YOUTH, FORM_REFER, FORM_CONSULT, FORM_PREPARE,
                FORM_MEETING, FORM_FOLLOW_UP, FORM_REPORT_OUTCOME, MediationVictimRecord.FORM_RECORD_VICTIM)) {
            com.fasterxml.jackson.databind.JsonNode field = null;
            try (var in = getClass().getClassLoader().getResourceAsStream("processes/" + form + ".form")) {
                for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("components")) {
                    if (VAR_SIX_WEEK_LIMIT_ON.equals(c.path("key").asText())) {
                        field = c;
                    }
                }
            }
            assertThat(field).as("%s shows the six-week limit", form).isNotNull();
            assertThat(field.path("readonly").asBoolean()).as("%s: read-only", form).isTrue();
        }
    }

    @Test
    void theVictimRecordHasItsOwnRetention() {
        ProcessInstance pi = startAt(TASK_CONTACT_VICTIM);
        ProcessInstance record = victimRecord();

        victimAnswers(MediationVictimRecord.CONSENTS);

        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(record.getId())
                .singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).as("its own time to live from its own end, not the mediation's or the case's")
                .isEqualTo(Date.from(ended.getEndTime().toInstant().plus(java.time.Duration.ofDays(
                        MediationVictimRecord.HISTORY_TIME_TO_LIVE_DAYS))));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    }

    @Test
    void victimRecordNumbersAreSequentialPerYear() {
        clockAt(TODAY);
        startBefore(TASK_CONTACT_VICTIM);
        String first = victimRecord().getBusinessKey();
        victimAnswers(MediationVictimRecord.DOES_NOT_CONSENT);
        reportOutcome(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).singleResult());
        startBefore(TASK_CONTACT_VICTIM);
        String second = victimRecord().getBusinessKey();

        assertThat(first).startsWith("MED-2026-");
        long a = Long.parseLong(first.substring(9));
        assertThat(second).isEqualTo(VictimRecordNumbers.format(2026, a + 1));
    }

    // --- the model --------------------------------------------------------------------------

    @Test
    void everyUserTaskHasACandidateGroupADueDateAndAForm() {
        for (String key : List.of(KEY, MediationVictimRecord.KEY)) {
            String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult().getId();
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(id);
            for (UserTask t : model.getModelElementsByType(UserTask.class)) {
                assertThat(t.getCamundaCandidateGroups()).as(t.getId()).isNotBlank();
                assertThat(t.getCamundaDueDate()).as(t.getId()).isNotBlank();
                assertThat(t.getCamundaFormRef()).as(t.getId()).isNotBlank();
                assertThat(t.getCamundaFormRefBinding()).as(t.getId()).isEqualTo("latest");
            }
        }
    }

    @Test
    void onlyMobilaTeametHasTasksInTheVictimRecord() {
        String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(MediationVictimRecord.KEY)
                .singleResult().getId();
        assertThat(repositoryService.getBpmnModelInstance(id).getModelElementsByType(UserTask.class))
                .extracting(UserTask::getCamundaCandidateGroups).containsOnly(KrimflowGroup.ID_MOBILA_TEAMET);
    }
}

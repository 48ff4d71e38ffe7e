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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
        "processes/HoldMediationMeeting.form", "processes/FollowUpMediationAgreement.form" })
class MediationOfferProcessTest {

    static final String CASE = "UNG-2026-000401";

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    HistoryService historyService;
    RepositoryService repositoryService;

    @BeforeEach
    void beans() {
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        historyService = engine.getHistoryService();
        repositoryService = engine.getRepositoryService();
        Mocks.register("workingDays", new WorkingDays());
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

    void assertOutcome(ProcessInstance pi, String endEvent, String outcome, boolean offered) {
        assertThat(ended(pi)).as("process ended").isTrue();
        assertThat(endActivity(pi)).isEqualTo(endEvent);
        assertThat(outVariable(pi, VAR_MEDIATION_OUTCOME)).isEqualTo(outcome);
        assertThat(outVariable(pi, VAR_MEDIATION_OFFERED)).isEqualTo(offered);
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
        Task t = taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY)
                .processInstanceBusinessKey(CASE).singleResult();
        assertThat(t).as("victim record task").isNotNull();
        taskService.complete(t.getId(), Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera Brottsoffer",
                MediationVictimRecord.VAR_VICTIM_CONTACT, "070-000 00 00",
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, false,
                MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER, answer));
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

        ProcessInstance victimRecord = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MediationVictimRecord.KEY).superProcessInstanceId(pi.getId()).singleResult();
        assertThat(victimRecord.getBusinessKey()).isEqualTo(CASE);
        Task victimTask = taskService.createTaskQuery().processInstanceId(victimRecord.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(victimTask.getId()))
                .allMatch(l -> KrimflowGroup.ID_MOBILA_TEAMET.equals(l.getGroupId()));
        victimAnswers(MediationVictimRecord.CONSENTS);

        prepare(pi);
        meeting(pi, true);
        Task followUp = task(pi, TASK_FOLLOW_UP);
        assertThat(followUp.getDueDate()).isNotNull();
        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, FULFILLED);

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
        ProcessInstance pi = startBefore(CALL_VICTIM_RECORD);

        victimAnswers(MediationVictimRecord.DOES_NOT_CONSENT);

        assertOutcome(pi, END_DECLINED_BY_VICTIM, OUTCOME_DECLINED_BY_VICTIM, true);
        assertThat(outVariable(pi, VAR_VICTIM_CONSENTS)).isEqualTo(false);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(TASK_MEETING).count()).isZero();
    }

    @Test
    void minorVictimNeedsGuardianContact() {
        startBefore(CALL_VICTIM_RECORD);
        Task t = taskService.createTaskQuery().processDefinitionKey(MediationVictimRecord.KEY).singleResult();

        assertRejected(() -> taskService.complete(t.getId(), Map.of(
                MediationVictimRecord.VAR_VICTIM_NAME, "Vera", MediationVictimRecord.VAR_VICTIM_CONTACT, "070",
                MediationVictimRecord.VAR_VICTIM_IS_MINOR, true,
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

    @ParameterizedTest
    @CsvSource({ "EJ_UPPFYLLT", "DELVIS_UPPFYLLT" })
    void agreementNotFulfilledEndsAsNotFulfilled(String fulfilment) {
        ProcessInstance pi = startBefore(TASK_FOLLOW_UP);

        complete(pi, TASK_FOLLOW_UP, VAR_AGREEMENT_FULFILMENT, fulfilment, VAR_FOLLOW_UP_NOTE, "Ersättningen betalades inte.");

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

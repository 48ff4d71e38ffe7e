package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.krimflow.cases.YouthCrimeCase.*;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.forms.FormErrors;
import se.krimflow.interrogation.AttendanceDeadlinesAccess;
import se.krimflow.interrogation.InterrogationAttendance;

/**
 * The umbrella process with the real InterrogationAttendance and stubs (same keys) for the
 * processes other packages build: MediationOffer, StatementWriting, SanctionFollowUp.
 */
@Deployment(resources = { "processes/YouthCrimeCase.bpmn", "processes/RegisterPoliceNotification.form",
        "processes/InterrogationAttendance.bpmn", "processes/InterrogationAttendanceDecision.dmn",
        "processes/PrepareInterrogationAttendance.form", "processes/DocumentInterrogation.form",
        "processes/TalkWithYouthAndGuardians.form", "processes/PreAssessment.form",
        "processes/ProtectionAssessment.form", "processes/TakeIntoOngoingInvestigation.form",
        "processes/ReviewCaseStandingStill.form",
        "processes/AppointInterrogationAttendee.form", "stubs/MediationOffer.bpmn", "stubs/StatementWriting.bpmn",
        "stubs/SanctionFollowUp.bpmn" })
class YouthCrimeCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register(InterrogationAttendance.BEAN_DEADLINES, AttendanceDeadlinesAccess.create());
        Mocks.register(BEAN_CASE_LIFE, new CaseLife());
        Mocks.register(BEAN_REGISTER_CASE, new RegisterPoliceNotification(new CaseNumbers(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource())));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    static Map<String, Object> notification(LocalDate birthDate, String interrogationAt) {
        return policeNotification().bornOn(birthDate).with(VAR_INTERROGATION_AT, interrogationAt).toMap();
    }

    static Map<String, Object> sixteenYearOld() {
        return notification(LocalDate.of(2010, 3, 15), "2026-12-01T10:00+01:00");
    }

    ProcessInstance startFromTasklist(Map<String, Object> values) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definitionId, values);
    }

    ProcessInstance calledInstance(ProcessInstance parent, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .processDefinitionKey(key).singleResult();
    }

    Task onlyTask(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    Object historicVariable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }

    @Test
    void theStartFormGivesTheCaseANumberAsBusinessKeyAndComputesTheAge() {
        Map<String, Object> values = sixteenYearOld();
        ProcessInstance pi = startFromTasklist(values);

        assertThat(pi.getBusinessKey()).matches("UNG-2026-\\d{6}").doesNotContain((String) values.get(VAR_PERSONNUMMER));
        assertThat(pi).isWaitingAt(CALL_INTERROGATION_ATTENDANCE).variables()
                .containsEntry(VAR_CASE_NUMBER, pi.getBusinessKey())
                .containsEntry(VAR_AGE_AT_INTERROGATION, 16)
                .containsEntry(VAR_INTERROGATION_AT, Date.from(Instant.parse("2026-12-01T09:00:00Z")))
                .containsEntry(VAR_NOTIFICATION_REGISTERED_AT, Date.from(NOW));
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);
        assertThat(attendance.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(attendance).isWaitingAt(InterrogationAttendance.TASK_PREPARE_ATTENDANCE);
    }

    @Test
    void theStartFormRefusesWhatTheApiRefusesAndStartsNothing() {
        Map<String, Object> values = sixteenYearOld();
        values.put(VAR_PERSONNUMMER, "0903152384");
        values.put(VAR_INTERROGATION_AT, "2026-12-01T10:00");
        assertThatThrownBy(() -> startFromTasklist(values))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Personnummer").hasMessageContaining("Tid för förhöret");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void theStartFormRefusesASecondCaseForTheSameNotification() {
        Map<String, Object> values = sixteenYearOld();
        startFromTasklist(values);
        assertThatThrownBy(() -> startFromTasklist(new HashMap<>(values)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("redan ett öppet ärende");
    }

    @Test
    void aConfessionAfterTheInterrogationLeadsToTheMediationOfferAndTheCaseStaysOpen() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);
        attend(attendance, Map.of("attended", true, "youthAttitude", "Ångerfull", "guardiansPresent", false,
                "confessed", true, "sensitiveOffence", false, VAR_SUSPICION_NOTIFIED_AT, "2026-11-24"));

        assertThat(pi).variables().as("the six-week limit of LUL 4 § from the day recorded at the interrogation")
                .containsEntry(VAR_SUSPICION_NOTIFIED_AT, Date.from(Instant.parse("2026-11-23T23:00:00Z")))
                .containsEntry(VAR_SIX_WEEK_LIMIT_AT, Date.from(Instant.parse("2027-01-05T22:59:00Z")));
        assertThat(pi).isWaitingAt(CALL_MEDIATION_OFFER).variables().containsEntry(VAR_CONFESSED, true)
                .containsEntry(VAR_INTERROGATION_OUTCOME, "NARVARADE").containsEntry(VAR_ATTENDEE, "KRIMTEAMET");
        ProcessInstance mediation = calledInstance(pi, MEDIATION_OFFER);
        assertThat(mediation.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(mediation).variables().containsEntry("offenderAge", 16).containsEntry("reportedToPolice", true)
                .containsEntry(VAR_CONFESSED, true).containsEntry(VAR_SENSITIVE_OFFENCE, false)
                .containsEntry(VAR_CASE_NUMBER, pi.getBusinessKey());

        engine.getTaskService().complete(onlyTask(mediation).getId(), Map.of(VAR_MEDIATION_OFFERED, true));
        assertThat(pi).isWaitingAt(TASK_AWAIT_DECISIONS).isNotEnded();
    }

    @Test
    void noConfessionSkipsMediationAndWaitsForTheDecisions() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY)
                .startBeforeActivity(GATEWAY_OVER_18)
                .setVariable(VAR_AGE_AT_INTERROGATION, 15).setVariable(VAR_CONFESSED, false)
                .execute();
        assertThat(pi).isWaitingAt(TASK_AWAIT_DECISIONS).hasNotPassed(CALL_MEDIATION_OFFER);
    }

    @Test
    void anAdministratorWhoSignalsTheWaitEndsTheCaseWithAnOutcomeAndNothingLeftRunning() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);
        engine.getRuntimeService().createProcessInstanceModification(pi.getId())
                .startBeforeActivity(TASK_AWAIT_DECISIONS).execute();
        var wait = engine.getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .activityId(TASK_AWAIT_DECISIONS).singleResult();

        engine.getRuntimeService().signal(wait.getId());

        assertThat(pi).isEnded().hasPassed(END_CONTINUED_BY_ADMINISTRATOR);
        assertThat(attendance).isEnded();
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_CLOSED);
    }

    @Test
    void anAdultsCaseEndsWithTheOutcomeRecorded() {
        ProcessInstance pi = startFromTasklist(notification(LocalDate.of(2008, 12, 1), "2026-12-01T10:00+01:00"));
        assertThat(pi).isEnded().hasPassed(END_OVER_18);
        assertThat(historicVariable(pi, VAR_AGE_AT_INTERROGATION)).isEqualTo(18);
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_OVER_18);
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo("OVER_18");
    }

    @Test
    void aStatementRequestDuringTheAttendanceStartsStatementWritingWithTheCaseData() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        Date due = Date.from(Instant.parse("2026-12-15T00:00:00Z"));
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_STATEMENT_REQUESTED).processInstanceId(pi.getId())
                .setVariable(VAR_REQUESTED_BY, "AKLAGARE").setVariable(VAR_STATEMENT_DUE_DATE, due)
                .setVariable(VAR_PERSONAL_CIRCUMSTANCES_REQUESTED, true).correlate();

        ProcessInstance statement = calledInstance(pi, STATEMENT_WRITING);
        assertThat(statement.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(statement).variables().containsEntry(VAR_REQUESTED_BY, "AKLAGARE")
                .containsEntry(VAR_STATEMENT_DUE_DATE, due).containsEntry(VAR_PERSONAL_CIRCUMSTANCES_REQUESTED, true)
                .containsEntry(VAR_AGE_AT_INTERROGATION, 16).containsKey(VAR_PERSONNUMMER);
        assertThat(pi).isWaitingAt(CALL_INTERROGATION_ATTENDANCE, CALL_STATEMENT_WRITING);

        engine.getTaskService().complete(onlyTask(statement).getId(), Map.of(VAR_STATEMENT_SENT_AT, due));
        assertThat(pi).hasPassed("EndEvent_StatementSent").isWaitingAt(CALL_INTERROGATION_ATTENDANCE)
                .variables().containsEntry(VAR_STATEMENT_SENT_AT, due);
    }

    @Test
    void aBusinessKeyTheCallerChoseIsNeverKept() {
        ProcessInstance first = startFromTasklist(sixteenYearOld());
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();

        ProcessInstance sameNumber = engine.getFormService().submitStartForm(definitionId, first.getBusinessKey(),
                sixteenYearOld());
        Map<String, Object> third = sixteenYearOld();
        ProcessInstance personnummerAsKey = engine.getFormService().submitStartForm(definitionId,
                (String) third.get(VAR_PERSONNUMMER), third);

        assertThat(sameNumber.getBusinessKey()).matches("UNG-2026-\\d{6}").isNotEqualTo(first.getBusinessKey());
        assertThat(personnummerAsKey.getBusinessKey()).matches("UNG-2026-\\d{6}")
                .isNotEqualTo(sameNumber.getBusinessKey());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(first.getBusinessKey()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey((String) third.get(VAR_PERSONNUMMER)).count()).isZero();
    }

    @Test
    void aSanctionDecisionStartsTheFollowUpWithTheSanction() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey("UNG-2026-900001")
                .startBeforeActivity(TASK_AWAIT_DECISIONS).setVariable(VAR_CASE_NUMBER, "UNG-2026-900001").execute();
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_SANCTION_DECIDED).processInstanceId(pi.getId())
                .setVariable(VAR_SANCTION_TYPE, "UNGDOMSTJANST").setVariable(VAR_YOUTH_SERVICE_HOURS, 40)
                .setVariable(VAR_CARE_PROVIDER, null).correlate();

        ProcessInstance sanction = calledInstance(pi, SANCTION_FOLLOW_UP);
        assertThat(sanction.getBusinessKey()).isEqualTo("UNG-2026-900001");
        assertThat(sanction).variables().containsEntry(VAR_SANCTION_TYPE, "UNGDOMSTJANST")
                .containsEntry(VAR_YOUTH_SERVICE_HOURS, 40).containsEntry(VAR_CASE_NUMBER, "UNG-2026-900001");
        engine.getTaskService().complete(onlyTask(sanction).getId(), Map.of(VAR_SANCTION_OUTCOME, "FULLGJORD"));
        // The end of the last sanction follow-up ends the case by itself (CONTRACT.md, "The case's life").
        assertThat(pi).isEnded().hasPassed(END_ENDED_BY_ITSELF);
        assertThat(historicVariable(pi, VAR_SANCTION_OUTCOME)).isEqualTo("FULLGJORD");
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_SANCTION_FOLLOWED_UP);
    }

    ProcessInstance waitingForTheDecisions(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey(caseNumber)
                .startBeforeActivity(TASK_AWAIT_DECISIONS).setVariable(VAR_CASE_NUMBER, caseNumber).execute();
    }

    void prosecutorDecides(ProcessInstance pi, String decision) {
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_PROSECUTION_DECIDED).processInstanceId(pi.getId())
                .setVariable(VAR_PROSECUTION_DECISION, decision).correlate();
    }

    @ParameterizedTest
    @ValueSource(strings = { "EJ_ATAL", "ATALSUNDERLATELSE", "STRAFFORELAGGANDE" })
    void aDecisionNotToProsecuteEndsTheCaseByItselfWithTheDecisionAsOutcome(String decision) {
        ProcessInstance pi = waitingForTheDecisions("UNG-2026-900011");

        prosecutorDecides(pi, decision);

        assertThat(pi).isEnded().hasPassed(END_CLOSING_ASKED, END_ENDED_BY_ITSELF).hasNotPassed(END_CASE_CLOSED);
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo("AVSLUTAT_" + decision);
        assertThat(historicVariable(pi, VAR_PROSECUTION_DECISION)).isEqualTo(decision);
    }

    @Test
    void prosecutionKeepsTheCaseOpenUntilTheCourtsSanctionIsFollowedUp() {
        ProcessInstance pi = waitingForTheDecisions("UNG-2026-900012");

        prosecutorDecides(pi, "ATAL");
        assertThat(pi).isWaitingAt(TASK_AWAIT_DECISIONS).hasPassed(END_AWAIT_COURT).isNotEnded();

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_SANCTION_DECIDED).processInstanceId(pi.getId())
                .setVariable(VAR_SANCTION_TYPE, "UNGDOMSVARD").setVariable(VAR_YOUTH_SERVICE_HOURS, null)
                .setVariable(VAR_CARE_PROVIDER, "Maria Nordväst").correlate();
        assertThat(pi).isNotEnded();
        engine.getTaskService().complete(onlyTask(calledInstance(pi, SANCTION_FOLLOW_UP)).getId(),
                Map.of(VAR_SANCTION_OUTCOME, "FULLGJORD"));

        assertThat(pi).isEnded().hasPassed(END_ENDED_BY_ITSELF);
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_SANCTION_FOLLOWED_UP);
    }

    @Test
    void twoSanctionsEndTheCaseOnlyWhenBothAreFollowedUp() {
        ProcessInstance pi = waitingForTheDecisions("UNG-2026-900013");
        for (String type : new String[] { "UNGDOMSTJANST", "UNGDOMSVARD" }) {
            engine.getRuntimeService().createMessageCorrelation(MESSAGE_SANCTION_DECIDED).processInstanceId(pi.getId())
                    .setVariable(VAR_SANCTION_TYPE, type).correlate();
        }
        List<ProcessInstance> followUps = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).processDefinitionKey(SANCTION_FOLLOW_UP).list();
        assertThat(followUps).hasSize(2);

        engine.getTaskService().complete(onlyTask(followUps.get(0)).getId(), Map.of(VAR_SANCTION_OUTCOME, "FULLGJORD"));
        assertThat(pi).isNotEnded().isWaitingAt(TASK_AWAIT_DECISIONS, CALL_SANCTION_FOLLOW_UP);

        engine.getTaskService().complete(onlyTask(followUps.get(1)).getId(), Map.of(VAR_SANCTION_OUTCOME, "FULLGJORD"));
        assertThat(pi).isEnded();
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_SANCTION_FOLLOWED_UP);
    }

    @Test
    void aDecisionDuringTheMediationEndsTheCaseOnlyWhenTheMediationHasEnded() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey("UNG-2026-900014")
                .startBeforeActivity(CALL_MEDIATION_OFFER).setVariable(VAR_CASE_NUMBER, "UNG-2026-900014")
                .setVariable(VAR_AGE_AT_INTERROGATION, 16).setVariable(VAR_CONFESSED, true).execute();
        assertThat(pi).isWaitingAt(CALL_MEDIATION_OFFER).variables().containsEntry(VAR_MEDIATION_RUNNING, true);

        prosecutorDecides(pi, "EJ_ATAL");
        assertThat(pi).isNotEnded().isWaitingAt(CALL_MEDIATION_OFFER).variables()
                .containsEntry(VAR_CLOSING_OUTCOME, "AVSLUTAT_EJ_ATAL");

        engine.getTaskService().complete(onlyTask(calledInstance(pi, MEDIATION_OFFER)).getId(),
                Map.of(VAR_MEDIATION_OFFERED, true));
        assertThat(pi).isEnded().hasPassed(END_ENDED_BY_ITSELF).hasNotPassed(TASK_AWAIT_DECISIONS);
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo("AVSLUTAT_EJ_ATAL");
    }

    @Test
    void aDecisionBeforeTheInterrogationEndsTheAttendanceWithTheCaseOnceTheConcernReportIsHandled() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);

        prosecutorDecides(pi, "EJ_ATAL");
        assertThat(pi).as("social services' own duties first").isNotEnded()
                .isWaitingAt(TASK_PROTECTION_ASSESSMENT, CALL_INTERROGATION_ATTENDANCE);

        assessProtection(pi, false);
        assertThat(pi).isNotEnded().isWaitingAt(TASK_PRE_ASSESSMENT);
        preAssess(pi, PRE_ASSESSMENT_CLOSE);

        assertThat(pi).isEnded().hasPassed("EndEvent_PreAssessed", END_ENDED_BY_ITSELF);
        assertThat(attendance).isEnded();
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo("AVSLUTAT_EJ_ATAL");
    }

    /** krim1 prepares, attends with {@code documentation} and talks with the family. */
    void attend(ProcessInstance attendance, Map<String, Object> documentation) {
        Task prepare = onlyTask(attendance);
        engine.getTaskService().claim(prepare.getId(), "krim1");
        engine.getTaskService().complete(prepare.getId(), Map.of("guardiansInformed", true));
        engine.getTaskService().complete(onlyTask(attendance).getId(), documentation);
        engine.getTaskService().complete(onlyTask(attendance).getId(), Map.of("talkHeld", true, "talkSummary", "Ok"));
    }

    Task caseTask(ProcessInstance pi, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    void assessProtection(ProcessInstance pi, boolean arrested) {
        Map<String, Object> values = new HashMap<>(Map.of(VAR_PROTECTION_NEEDED, false,
                VAR_PROTECTION_ASSESSMENT, "Inget omedelbart skyddsbehov."));
        if (arrested) {
            values.put(VAR_LVU_IMMEDIATE_CARE_NEEDED, false);
        }
        engine.getTaskService().complete(caseTask(pi, TASK_PROTECTION_ASSESSMENT).getId(), values);
    }

    void preAssess(ProcessInstance pi, String decision) {
        preAssess(pi, Map.of(VAR_PRE_ASSESSMENT_DECISION, decision, VAR_PRE_ASSESSMENT_MOTIVATION, "Bedömt."));
    }

    /** handlaggare1 completes the pre-assessment with {@code values}. */
    void preAssess(ProcessInstance pi, Map<String, Object> values) {
        engine.getIdentityService().setAuthenticatedUserId("handlaggare1");
        try {
            engine.getTaskService().complete(caseTask(pi, TASK_PRE_ASSESSMENT).getId(), values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The pre-assessment records that the youth confessed after the interrogation. */
    void preAssessWithALaterConfession(ProcessInstance pi) {
        preAssess(pi, Map.of(VAR_PRE_ASSESSMENT_DECISION, PRE_ASSESSMENT_CLOSE,
                VAR_PRE_ASSESSMENT_MOTIVATION, "Erkände i samtal.", VAR_CONFESSION_REGISTERED, true));
    }

    @Test
    void everyNotificationUnderEighteenGetsAProtectionAssessmentTodayThenAPreAssessmentWithinFourteenDays() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());

        Task protection = caseTask(pi, TASK_PROTECTION_ASSESSMENT);
        assertThat(protection.getName()).isEqualTo("Gör skyddsbedömning");
        assertThat(engine.getTaskService().getIdentityLinksForTask(protection.getId())).extracting("groupId")
                .containsExactly("handlaggare");
        // Registered 2026-11-25 09:00 in Sweden: due at the end of that day.
        assertThat(protection.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-25T22:59:00Z")));
        assertThat(pi).isWaitingAt(CALL_INTERROGATION_ATTENDANCE, TASK_PROTECTION_ASSESSMENT)
                .variables().containsEntry(VAR_CONCERN_DUTIES_OPEN, true);

        assessProtection(pi, false);
        Task pre = caseTask(pi, TASK_PRE_ASSESSMENT);
        assertThat(pre.getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
        assertThatThrownBy(() -> engine.getTaskService().complete(pre.getId(),
                Map.of(VAR_PRE_ASSESSMENT_DECISION, "KANSKE", VAR_PRE_ASSESSMENT_MOTIVATION, "x")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);

        preAssess(pi, PRE_ASSESSMENT_OPEN);

        assertThat(pi).isNotEnded().hasPassed(END_CONCERN_DUTIES_DONE).isWaitingAt(CALL_INTERROGATION_ATTENDANCE)
                .variables().containsEntry(VAR_CONCERN_DUTIES_OPEN, false)
                .containsEntry(VAR_PRE_ASSESSMENT_DECIDED_BY, "handlaggare1")
                .containsEntry(VAR_INVESTIGATION_OPENED_AT, Date.from(NOW))
                .containsEntry(VAR_INVESTIGATION_DUE_AT, Date.from(Instant.parse("2027-03-25T08:00:00Z")));
    }

    @Test
    void aYouthWhoIsGripenIsAskedAboutLvuAndTheCaseworkerTakesTheNotificationIntoTheOngoingCase() {
        Map<String, Object> values = sixteenYearOld();
        values.put(VAR_ARRESTED, true);
        values.put(VAR_HAS_CASEWORKER, true);
        ProcessInstance pi = startFromTasklist(values);
        Task protection = caseTask(pi, TASK_PROTECTION_ASSESSMENT);

        assertThatThrownBy(() -> engine.getTaskService().complete(protection.getId(),
                Map.of(VAR_PROTECTION_NEEDED, false, VAR_PROTECTION_ASSESSMENT, "Bedömt.")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasRootCauseMessage("Formuläret sparades inte. Omedelbart omhändertagande enligt LVU 6 § behöver "
                        + "övervägas: " + FormErrors.ANSWER_YES_OR_NO);
        assessProtection(pi, true);

        assertThat(caseTask(pi, TASK_PRE_ASSESSMENT)).isNull();
        Task takeIn = caseTask(pi, TASK_TAKE_INTO_INVESTIGATION);
        assertThat(takeIn.getDueDate()).isEqualTo(new WorkingDays().dueAfter(3));
        assertThatThrownBy(() -> engine.getTaskService().complete(takeIn.getId(),
                Map.of(VAR_NOTIFICATION_ADDED_TO_INVESTIGATION, false)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);
        engine.getTaskService().complete(takeIn.getId(), Map.of(VAR_NOTIFICATION_ADDED_TO_INVESTIGATION, true));
        assertThat(pi).hasPassed(END_CONCERN_DUTIES_DONE).isNotEnded();
    }

    @Test
    void anAttendanceNobodyTookEndsAndTheCaseGoesOnWithItsOutcome() {
        Map<String, Object> values = notification(LocalDate.of(2013, 3, 1), "2026-12-01T10:00+01:00");
        values.put(VAR_HAS_CASEWORKER, true);
        ProcessInstance pi = startFromTasklist(values);
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);
        var timer = engine.getManagementService().createJobQuery().processInstanceId(attendance.getId()).singleResult();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(attendance).isEnded();
        assertThat(pi).isNotEnded().hasPassed(CALL_INTERROGATION_ATTENDANCE).isWaitingAt(TASK_AWAIT_DECISIONS)
                .variables().containsEntry(VAR_INTERROGATION_OUTCOME, "NARVARADE_INTE").containsEntry(VAR_ATTENDED, false);
    }

    @Test
    void theDayOfTheSuspicionAtIntakeGivesTheSixWeekLimitAndAFutureDayIsRefused() {
        Map<String, Object> values = sixteenYearOld();
        values.put(VAR_SUSPICION_NOTIFIED_AT, "2026-11-20");
        ProcessInstance pi = startFromTasklist(values);
        assertThat(pi).variables()
                .containsEntry(VAR_SUSPICION_NOTIFIED_AT, Date.from(Instant.parse("2026-11-19T23:00:00Z")))
                .containsEntry(VAR_SIX_WEEK_LIMIT_AT, Date.from(Instant.parse("2027-01-01T22:59:00Z")));

        Map<String, Object> future = sixteenYearOld();
        future.put(VAR_SUSPICION_NOTIFIED_AT, "2026-11-26");
        assertThatThrownBy(() -> startFromTasklist(future)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Underrättad om misstanken: Datumet får inte ligga i framtiden.");
        assertThat(startFromTasklist(sixteenYearOld())).variables().containsEntry(VAR_SIX_WEEK_LIMIT_AT, null);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_STATEMENT_REQUESTED).processInstanceId(pi.getId())
                .setVariable(VAR_REQUESTED_BY, "AKLAGARE").correlate();
        assertThat(calledInstance(pi, STATEMENT_WRITING)).as("the statement starts from the day the case knows")
                .variables().containsEntry("suspicionNotifiedOn", "2026-11-20");
    }

    @Test
    void aStatementRequestOpensAnInvestigationAndThePreAssessmentThenRecordsIt() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        assessProtection(pi, false);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_STATEMENT_REQUESTED).processInstanceId(pi.getId())
                .setVariable(VAR_REQUESTED_BY, "AKLAGARE").correlate();

        assertThat(pi).variables().containsEntry(VAR_INVESTIGATION_OPENED_AT, Date.from(NOW))
                .containsEntry(VAR_INVESTIGATION_OPENED_BY, OPENED_BY_STATEMENT_REQUEST)
                .containsEntry(VAR_PRE_ASSESSMENT_DECISION, PRE_ASSESSMENT_OPEN);
        assertThat(engine.getFormService().getTaskFormVariables(caseTask(pi, TASK_PRE_ASSESSMENT).getId())
                .getValue(VAR_PRE_ASSESSMENT_DECISION, String.class)).as("the form opens with that decision")
                .isEqualTo(PRE_ASSESSMENT_OPEN);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(2))));
        preAssess(pi, PRE_ASSESSMENT_OPEN);
        assertThat(pi).variables().as("one investigation, opened by the request")
                .containsEntry(VAR_INVESTIGATION_OPENED_AT, Date.from(NOW))
                .containsEntry(VAR_INVESTIGATION_OPENED_BY, OPENED_BY_STATEMENT_REQUEST);
    }

    @Test
    void aConfessionRegisteredAtThePreAssessmentStillLeadsToTheMediationOfferOnce() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        attend(calledInstance(pi, InterrogationAttendance.KEY), Map.of("attended", true, "youthAttitude", "Förnekar",
                "guardiansPresent", false, "confessed", false, "sensitiveOffence", false));
        assertThat(pi).isWaitingAt(TASK_AWAIT_DECISIONS).hasNotPassed(CALL_MEDIATION_OFFER);

        assessProtection(pi, false);
        preAssessWithALaterConfession(pi);

        assertThat(pi).isWaitingAt(CALL_LATER_MEDIATION_OFFER, TASK_AWAIT_DECISIONS).variables()
                .containsEntry(VAR_CONFESSED, true).containsEntry(VAR_MEDIATION_RUNNING, true);
        engine.getRuntimeService().setVariable(pi.getId(), VAR_CONFESSED, true);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .processDefinitionKey(MEDIATION_OFFER).count()).as("one mediation offer, not two").isEqualTo(1);

        engine.getTaskService().complete(onlyTask(calledInstance(pi, MEDIATION_OFFER)).getId(),
                Map.of(VAR_MEDIATION_OFFERED, true));
        assertThat(pi).isWaitingAt(TASK_AWAIT_DECISIONS).hasPassed("EndEvent_LaterMediationDone").variables()
                .containsEntry(VAR_MEDIATION_OFFERED, true).containsEntry(VAR_MEDIATION_RUNNING, false);
    }

    @Test
    void aCaseWithoutACompletedTaskForSixMonthsGetsAReviewAndEveryCompletedTaskMovesIt() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        java.util.function.Supplier<org.camunda.bpm.engine.runtime.Job> standingStill = () -> engine.getManagementService()
                .createJobQuery().processInstanceId(pi.getId()).activityId(START_STANDING_STILL).singleResult();
        assertThat(standingStill.get().getDuedate()).isEqualTo(Date.from(Instant.parse("2027-05-25T08:00:00Z")));

        Instant tenDaysOn = NOW.plus(Duration.ofDays(10));
        ClockUtil.setCurrentTime(Date.from(tenDaysOn));
        assessProtection(pi, false);
        assertThat(standingStill.get().getDuedate()).as("six months after the last completed task")
                .isEqualTo(Date.from(Instant.parse("2027-06-05T07:00:00Z")));
        assertThat(pi).variables().containsEntry(VAR_LAST_TASK_COMPLETED_AT, Date.from(tenDaysOn));

        ClockUtil.setCurrentTime(standingStill.get().getDuedate());
        engine.getManagementService().executeJob(standingStill.get().getId());
        Task review = caseTask(pi, TASK_REVIEW_STANDING_STILL);
        assertThat(review.getName()).isEqualTo("Ärendet har stått still i 6 månader");
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting("groupId")
                .containsExactly("krimteamet-chef");
        assertThat(pi).isNotEnded();
    }

    @Test
    void whatTheCaseKnewBeforeTheAttendanceEndedIsNotOverwrittenByIt() {
        Map<String, Object> values = sixteenYearOld();
        values.put(VAR_SUSPICION_NOTIFIED_AT, "2026-11-20");
        ProcessInstance pi = startFromTasklist(values);
        assessProtection(pi, false);
        preAssessWithALaterConfession(pi);

        attend(calledInstance(pi, InterrogationAttendance.KEY), Map.of("attended", true, "youthAttitude", "Tyst",
                "guardiansPresent", false, "confessed", false, "sensitiveOffence", false));

        assertThat(pi).as("the confession registered at the pre-assessment leads to the mediation offer")
                .isWaitingAt(CALL_MEDIATION_OFFER).variables().containsEntry(VAR_CONFESSED, true)
                .containsEntry(VAR_SUSPICION_NOTIFIED_AT, Date.from(Instant.parse("2026-11-19T23:00:00Z")))
                .containsEntry(VAR_SIX_WEEK_LIMIT_AT, Date.from(Instant.parse("2027-01-01T22:59:00Z")));
    }

    @Test
    void anAdultGetsNoConcernReport() {
        ProcessInstance pi = startFromTasklist(notification(LocalDate.of(2008, 11, 30), "2026-12-01T10:00+01:00"));
        assertThat(pi).isEnded().hasPassed(END_CONCERN_NOT_FOR_ADULT).hasNotPassed(TASK_PROTECTION_ASSESSMENT);
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_OVER_18);
    }

    @Test
    void closingTheCaseEndsItAndEveryCalledProcessWithTheOutcomeRecorded() {
        ProcessInstance pi = startFromTasklist(sixteenYearOld());
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_STATEMENT_REQUESTED).processInstanceId(pi.getId())
                .setVariable(VAR_REQUESTED_BY, "POLIS").correlate();
        ProcessInstance attendance = calledInstance(pi, InterrogationAttendance.KEY);
        ProcessInstance statement = calledInstance(pi, STATEMENT_WRITING);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceId(pi.getId())
                .setVariable(VAR_CLOSE_REASON, "Förundersökningen nedlagd").correlate();

        assertThat(pi).isEnded().hasPassed(END_CASE_CLOSED);
        assertThat(attendance).isEnded();
        assertThat(statement).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        assertThat(historicVariable(pi, VAR_CASE_OUTCOME)).isEqualTo(OUTCOME_CLOSED);
        assertThat(historicVariable(pi, VAR_CLOSE_REASON)).isEqualTo("Förundersökningen nedlagd");
    }

    @Test
    void aClosedCaseNoLongerBlocksANewNotificationWithTheSameReference() {
        Map<String, Object> values = sixteenYearOld();
        ProcessInstance first = startFromTasklist(values);
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_CASE_CLOSED).processInstanceId(first.getId())
                .setVariable(VAR_CLOSE_REASON, "Fel ärende").correlate();
        ProcessInstance second = startFromTasklist(new HashMap<>(values));
        assertThat(second.getBusinessKey()).isNotEqualTo(first.getBusinessKey());
    }
}

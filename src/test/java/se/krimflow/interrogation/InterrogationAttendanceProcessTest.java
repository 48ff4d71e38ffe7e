package se.krimflow.interrogation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.krimflow.interrogation.InterrogationAttendance.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
import org.junit.jupiter.api.extension.RegisterExtension;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.testsupport.TestPersonnummer;

@Deployment(resources = { "processes/InterrogationAttendance.bpmn", "processes/InterrogationAttendanceDecision.dmn",
        "processes/PrepareInterrogationAttendance.form", "processes/DocumentInterrogation.form",
        "processes/TalkWithYouthAndGuardians.form", "processes/PreAssessment.form",
        "processes/AppointInterrogationAttendee.form" })
class InterrogationAttendanceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final Instant INTERROGATION = Instant.parse("2026-11-27T09:00:00Z");

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register(BEAN_DEADLINES, new AttendanceDeadlines());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    ProcessInstance start(int age, boolean prison, boolean serious, boolean caseworker) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", "UNG-2026-000042");
        v.put(VAR_AGE_AT_INTERROGATION, age);
        v.put(VAR_PRISON_IN_SCALE, prison);
        v.put(VAR_SERIOUS_OFFENCE, serious);
        v.put(VAR_HAS_CASEWORKER, caseworker);
        v.put(VAR_INTERROGATION_AT, Date.from(INTERROGATION));
        v.put(VAR_NOTIFICATION_REGISTERED_AT, Date.from(NOW));
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "UNG-2026-000042", v);
    }

    Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElse(null);
    }

    static Map<String, Object> attendedAndConfessed() {
        Map<String, Object> v = new HashMap<>();
        v.put(VAR_ATTENDED, true);
        v.put(VAR_YOUTH_ATTITUDE, "Ångerfull");
        v.put(VAR_GUARDIANS_PRESENT, true);
        v.put(VAR_GUARDIANS_REACTION, "Stödjande");
        v.put(VAR_CONFESSED, true);
        v.put(VAR_SENSITIVE_OFFENCE, false);
        return v;
    }

    void moveInterrogation(ProcessInstance pi, Instant to) {
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_INTERROGATION_MOVED).processInstanceId(pi.getId())
                .setVariable(VAR_INTERROGATION_AT, Date.from(to)).correlate();
    }

    @Test
    void aMovedInterrogationMovesTheDueDatesAndTheEscalation() {
        ProcessInstance pi = start(15, true, false, false);
        Instant later = INTERROGATION.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));

        moveInterrogation(pi, later);

        Date escalation = Date.from(later.minus(Duration.ofHours(2)));
        assertThat(task(pi, TASK_PREPARE_ATTENDANCE).getDueDate()).isEqualTo(escalation);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult().getDuedate()).isEqualTo(escalation);
        assertThat(pi).hasPassed(END_DEADLINES_MOVED).isWaitingAt(TASK_PREPARE_ATTENDANCE).variables()
                .containsEntry(VAR_INTERROGATION_AT, Date.from(later)).containsEntry(VAR_ESCALATION_AT, escalation);

        Task prepare = task(pi, TASK_PREPARE_ATTENDANCE);
        engine.getTaskService().claim(prepare.getId(), "krim1");
        engine.getTaskService().complete(prepare.getId(), Map.of(VAR_GUARDIANS_INFORMED, true));
        assertThat(task(pi, TASK_ATTEND_INTERROGATION).getDueDate()).isEqualTo(Date.from(later));

        Instant earlier = INTERROGATION.minus(Duration.ofHours(1));
        moveInterrogation(pi, earlier);
        assertThat(task(pi, TASK_ATTEND_INTERROGATION).getDueDate()).isEqualTo(Date.from(earlier));
    }

    @Test
    void aMoveAcrossABirthdayGivesTheAgeOnTheNewDay() {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", "UNG-2026-000043");
        v.put(VAR_PERSONNUMMER, TestPersonnummer.bornOn(LocalDate.of(2008, 12, 1)));
        v.put(VAR_AGE_AT_INTERROGATION, 17);
        v.put(VAR_PRISON_IN_SCALE, true);
        v.put(VAR_SERIOUS_OFFENCE, false);
        v.put(VAR_HAS_CASEWORKER, false);
        v.put(VAR_INTERROGATION_AT, Date.from(INTERROGATION));
        v.put(VAR_NOTIFICATION_REGISTERED_AT, Date.from(NOW));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "UNG-2026-000043", v);

        moveInterrogation(pi, Instant.parse("2026-12-02T09:00:00Z"));

        assertThat(pi).variables().containsEntry(VAR_AGE_AT_INTERROGATION, 18);
    }

    @Test
    void anUnclaimedAttendanceEscalatesAtTheMovedTime() {
        ProcessInstance pi = start(15, true, false, false);
        moveInterrogation(pi, INTERROGATION.plus(Duration.ofDays(1)));

        ClockUtil.setCurrentTime(Date.from(INTERROGATION));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("not yet: the escalation moved a day on").isZero();
        ClockUtil.setCurrentTime(Date.from(INTERROGATION.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(119))));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(task(pi, TASK_ESCALATE_UNCLAIMED).getDueDate())
                .isEqualTo(Date.from(INTERROGATION.plus(Duration.ofDays(1))));
    }

    @Test
    void krimteametPreparesAttendsAndTalksWhenAFifteenYearOldWithoutCaseworkerIsSuspected() {
        ProcessInstance pi = start(15, true, false, false);
        assertThat(pi).isWaitingAt(TASK_PREPARE_ATTENDANCE).variables()
                .containsEntry(VAR_ATTENDEE, ATTENDEE_KRIMTEAMET).containsEntry(VAR_MANDATORY, true)
                .containsKey(VAR_LEGAL_BASIS);
        Task prepare = task(pi, TASK_PREPARE_ATTENDANCE);
        assertThat(candidateGroup(prepare)).isEqualTo("krimteamet");
        assertThat(prepare.getDueDate()).isEqualTo(Date.from(INTERROGATION.minus(Duration.ofHours(2))));
        assertThat(prepare.getName()).isEqualTo("Förbered och ta förhörsnärvaron");

        engine.getTaskService().claim(prepare.getId(), "krim1");
        engine.getTaskService().complete(prepare.getId(), Map.of(VAR_GUARDIANS_INFORMED, true));

        Task attend = task(pi, TASK_ATTEND_INTERROGATION);
        assertThat(attend.getAssignee()).isEqualTo("krim1");
        assertThat(attend.getDueDate()).isEqualTo(Date.from(INTERROGATION));
        engine.getTaskService().complete(attend.getId(), attendedAndConfessed());

        Task talk = task(pi, TASK_TALK_WITH_FAMILY);
        assertThat(talk.getAssignee()).isEqualTo("krim1");
        assertThat(talk.getDueDate()).as("5 working days after Wednesday 25 November, at 16:00 in Stockholm")
                .isEqualTo(Date.from(Instant.parse("2026-12-02T15:00:00Z")));
        engine.getTaskService().complete(talk.getId(), Map.of(VAR_TALK_HELD, true, VAR_TALK_SUMMARY, "Bra samtal"));

        assertThat(pi).isEnded().hasPassed(END_ATTENDED);
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_ATTENDED);
        assertThat(historicVariable(pi, VAR_CONFESSED)).isEqualTo(true);
    }

    @Test
    void theYouthsCaseworkerGetsTheAttendanceWhenThereIsOne() {
        ProcessInstance pi = start(16, true, false, true);
        assertThat(candidateGroup(task(pi, TASK_PREPARE_ATTENDANCE))).isEqualTo("handlaggare");
        assertThat(pi).variables().containsEntry(VAR_ATTENDEE, ATTENDEE_HANDLAGGARE);
    }

    @Test
    void nonAttendanceNeedsAReasonAndEndsWithoutTheTalk() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY)
                .startBeforeActivity(TASK_ATTEND_INTERROGATION)
                .setVariable(VAR_ATTENDEE, ATTENDEE_KRIMTEAMET)
                .setVariable(VAR_INTERROGATION_AT, Date.from(INTERROGATION))
                .setVariable(VAR_ATTENDANCE_ASSIGNEE, null)
                .execute();
        Task attend = task(pi, TASK_ATTEND_INTERROGATION);
        Map<String, Object> noReason = Map.of(VAR_ATTENDED, false, VAR_CONFESSED, false, VAR_SENSITIVE_OFFENCE, false);
        assertThatThrownBy(() -> engine.getTaskService().complete(attend.getId(), noReason))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Ange varför ingen från socialtjänsten närvarade");
        assertThat(pi).isWaitingAt(TASK_ATTEND_INTERROGATION);

        Map<String, Object> freeText = new HashMap<>(noReason);
        freeText.put(VAR_NOT_ATTENDED_REASON, "Förhöret flyttades med kort varsel");
        assertThatThrownBy(() -> engine.getTaskService().complete(attend.getId(), freeText))
                .as("the reason is a code, not free text").hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Välj ett av alternativen");
        Map<String, Object> otherWithoutNote = new HashMap<>(noReason);
        otherWithoutNote.put(VAR_NOT_ATTENDED_REASON, NOT_ATTENDED_OTHER);
        assertThatThrownBy(() -> engine.getTaskService().complete(attend.getId(), otherWithoutNote))
                .hasMessageContaining("Beskriv det andra skälet");

        Map<String, Object> withReason = new HashMap<>(noReason);
        withReason.put(VAR_NOT_ATTENDED_REASON, "FORHORET_FLYTTAT");
        engine.getTaskService().complete(attend.getId(), withReason);
        assertThat(pi).isEnded().hasPassed(END_NOT_ATTENDED).hasNotPassed(TASK_TALK_WITH_FAMILY);
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_NOT_ATTENDED);
        assertThat(historicVariable(pi, VAR_NOT_ATTENDED_REASON)).isEqualTo("FORHORET_FLYTTAT");
    }

    @Test
    void attendanceWithoutObservationsIsRefusedAndNothingIsSaved() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY)
                .startBeforeActivity(TASK_ATTEND_INTERROGATION)
                .setVariable(VAR_ATTENDEE, ATTENDEE_KRIMTEAMET)
                .setVariable(VAR_INTERROGATION_AT, Date.from(INTERROGATION))
                .setVariable(VAR_ATTENDANCE_ASSIGNEE, null)
                .execute();
        Task attend = task(pi, TASK_ATTEND_INTERROGATION);
        Map<String, Object> v = attendedAndConfessed();
        v.remove(VAR_YOUTH_ATTITUDE);
        v.put(VAR_GUARDIANS_REACTION, " ");
        assertThatThrownBy(() -> engine.getTaskService().complete(attend.getId(), v))
                .hasMessageContaining("inställning").hasMessageContaining("vårdnadshavarna");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), VAR_CONFESSED)).isNull();
    }

    @Test
    void anUnclaimedAttendanceEscalatesToTheUnitManagerTwoHoursBeforeTheInterrogation() {
        ProcessInstance pi = start(17, true, false, false);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(INTERROGATION.minus(Duration.ofHours(2))));

        ClockUtil.setCurrentTime(Date.from(INTERROGATION.minus(Duration.ofHours(2))));
        engine.getManagementService().executeJob(timer.getId());

        Task escalation = task(pi, TASK_ESCALATE_UNCLAIMED);
        assertThat(escalation).isNotNull();
        assertThat(candidateGroup(escalation)).isEqualTo("krimteamet-chef");
        assertThat(escalation.getDueDate()).isEqualTo(Date.from(INTERROGATION));
        assertThat(pi).isWaitingAt(TASK_PREPARE_ATTENDANCE, TASK_ESCALATE_UNCLAIMED);

        assertThatThrownBy(() -> engine.getTaskService().complete(escalation.getId(),
                Map.of(VAR_APPOINTMENT, APPOINTMENT_NONE))).hasMessageContaining("Ange varför ingen kan närvara");
        engine.getTaskService().complete(escalation.getId(), Map.of(VAR_APPOINTMENT, APPOINTMENT_APPOINTED));
        assertThat(pi).hasPassed(END_ESCALATED).isWaitingAt(TASK_PREPARE_ATTENDANCE);
    }

    @Test
    void theManagersNoOneCanAttendEndsTheAttendanceWithThatReasonAndNoTaskIsLeft() {
        ProcessInstance pi = start(17, true, false, false);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        engine.getManagementService().executeJob(timer.getId());

        engine.getTaskService().complete(task(pi, TASK_ESCALATE_UNCLAIMED).getId(),
                Map.of(VAR_APPOINTMENT, APPOINTMENT_NONE, VAR_APPOINTMENT_NOTE, "Alla är på utbildning."));

        assertThat(pi).isEnded().hasPassed(END_NO_ONE_CAN_ATTEND).hasNotPassed(TASK_ATTEND_INTERROGATION);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_NOT_ATTENDED);
        assertThat(historicVariable(pi, VAR_NOT_ATTENDED_REASON)).isEqualTo(NOT_ATTENDED_NO_ONE_CAN);
        assertThat(historicVariable(pi, VAR_APPOINTMENT_NOTE)).isEqualTo("Alla är på utbildning.");
    }

    @Test
    void aNonMandatoryAttendanceNobodyTookIsRecordedAsNotAttendedWithoutTheManager() {
        ProcessInstance pi = start(13, true, false, true);
        assertThat(pi).variables().containsEntry(VAR_ATTENDEE, "HANDLAGGARE").containsEntry(VAR_MANDATORY, false);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(pi).isEnded().hasPassed(END_NOBODY_TOOK).hasNotPassed(TASK_ESCALATE_UNCLAIMED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_NOT_ATTENDED);
        assertThat(historicVariable(pi, VAR_NOT_ATTENDED_REASON)).isEqualTo(NOT_ATTENDED_NOBODY_TOOK);
    }

    @Test
    void aClaimedAttendanceDoesNotEscalate() {
        ProcessInstance pi = start(17, true, false, false);
        engine.getTaskService().claim(task(pi, TASK_PREPARE_ATTENDANCE).getId(), "krim1");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(task(pi, TASK_ESCALATE_UNCLAIMED)).isNull();
        assertThat(pi).hasPassed(END_NO_ESCALATION).isWaitingAt(TASK_PREPARE_ATTENDANCE);
    }

    @Test
    void aClaimGivenBackBeforeTheDeadlineStillEscalates() {
        ProcessInstance pi = start(17, true, false, false);
        String prepare = task(pi, TASK_PREPARE_ATTENDANCE).getId();
        engine.getTaskService().claim(prepare, "krim1");
        engine.getTaskService().setAssignee(prepare, null);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(task(pi, TASK_ESCALATE_UNCLAIMED)).isNotNull();
    }

    @Test
    void noAttendeeUnderEighteenEndsTheAttendanceAtOnceTheCaseMakesThePreAssessment() {
        ProcessInstance pi = start(13, true, false, false);
        assertThat(pi).isEnded().hasPassed(END_NO_ONE_ATTENDS).hasNotPassed(TASK_PREPARE_ATTENDANCE);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_NO_ONE_ATTENDS);
        assertThat(historicVariable(pi, VAR_CONFESSED)).isEqualTo(false);
    }

    @Test
    void anAdultEndsAtOnceWithThatOutcome() {
        ProcessInstance pi = start(18, true, true, false);
        assertThat(pi).isEnded().hasPassed(END_OVER_18).hasNotPassed(END_NO_ONE_ATTENDS);
        assertThat(historicVariable(pi, VAR_INTERROGATION_OUTCOME)).isEqualTo(OUTCOME_OVER_18);
        assertThat(historicVariable(pi, VAR_ATTENDEE)).isEqualTo(ATTENDEE_INGEN);
    }

    @Test
    void theTalkNeedsASummaryOrAReason() {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(KEY)
                .startBeforeActivity(TASK_TALK_WITH_FAMILY)
                .setVariable(VAR_ATTENDEE, ATTENDEE_HANDLAGGARE)
                .setVariable(VAR_ATTENDANCE_ASSIGNEE, "handlaggare1")
                .execute();
        Task talk = task(pi, TASK_TALK_WITH_FAMILY);
        assertThatThrownBy(() -> engine.getTaskService().complete(talk.getId(), Map.of(VAR_TALK_HELD, false)))
                .hasMessageContaining("Ange varför samtalet inte hölls");
        engine.getTaskService().complete(talk.getId(),
                Map.of(VAR_TALK_HELD, false, VAR_TALK_NOT_HELD_REASON, "Familjen avböjde"));
        assertThat(pi).isEnded();
    }

    Object historicVariable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}

package se.krimflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.krimflow.deviation.DeviationHandling.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.krimflow.deadline.WorkingDays;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/DeviationHandling.bpmn", "processes/DeviationTrackDecision.dmn",
        "processes/ReportDeviation.form", "processes/DeviationTriage.form", "processes/DeviationLexSarahRemedy.form",
        "processes/DeviationLexSarahInvestigation.form", "processes/DeviationLexSarahSeriousness.form",
        "processes/DeviationIvoNotice.form", "processes/DeviationLexSarahReassessment.form",
        "processes/DeviationLexSarahActionPlan.form",
        "processes/DeviationSendToOrganisation.form", "processes/DeviationOrganisationAnswer.form",
        "processes/DeviationReporterFeedback.form", "processes/DeviationReadFeedback.form",
        "processes/DeviationOverdueFeedback.form", "processes/DeviationAgreeActions.form",
        "processes/DeviationJointForumItem.form", "processes/DeviationInvestigation.form",
        "processes/DeviationActions.form", "processes/DeviationComplaintAnswer.form", "processes/DeviationClose.form" })
class DeviationHandlingProcessTest {

    ProcessEngine engine;
    DeviationDriver driver;

    @BeforeEach
    void beans() {
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register("deviationIntake", new DeviationIntakeListener());
        Mocks.register("deviationMilestones", new DeviationMilestones());
        driver = new DeviationDriver(engine);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    Object variable(ProcessInstance instance, String name) {
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    @Test
    void aReportGetsASequentialNumberAsBusinessKeyAndTheLoginAsReporter() {
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-02T10:00"));
        Map<String, Object> values = DeviationDriver.report("PERSONAL", false, false, "Ignoreras", "OVRIGT");
        values.put(REPORTER_ID, "someone-else");
        ProcessInstance first = driver.start("krim1", values);
        ProcessInstance second = driver.start("mobila1", DeviationDriver.report("PERSONAL", false, false, null, "OVRIGT"));

        assertThat(first.getBusinessKey()).matches("AVV-2031-\\d{6}");
        long n = Long.parseLong(first.getBusinessKey().substring(9));
        assertThat(second.getBusinessKey()).isEqualTo(DeviationNumbers.format(2031, n + 1));
        assertThat(variable(first, DEVIATION_NUMBER)).isEqualTo(first.getBusinessKey());
        assertThat(variable(first, REPORTER_ID)).isEqualTo("krim1");
        assertThat(variable(second, REPORTER_ID)).isEqualTo("mobila1");
        assertThat(variable(first, ORGANISATION)).as("no other organisation concerned").isNull();
        assertThat(variable(first, REPORTED_AT)).isEqualTo(DeviationDriver.at("2031-03-02T10:00"));
        assertThat(variable(first, FEEDBACK_DUE_AT)).isEqualTo(DeviationDriver.at("2031-05-01T10:00"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(first.getBusinessKey()).count()).isEqualTo(1);
        assertThat(first).isWaitingAt(TASK_TRIAGE);
        Task triage = driver.task(first, TASK_TRIAGE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(triage.getId()))
                .anyMatch(l -> "kvalitet".equals(l.getGroupId()));
        assertThat(triage.getDueDate()).as("3 working days after Sunday 2 March, at the end of the day")
                .isEqualTo(DeviationDriver.at("2031-03-05T16:00"));
    }

    @Test
    void aBusinessKeyTheReporterChoseIsNeverKept() {
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-02T10:00"));
        ProcessInstance first = driver.start("krim1",
                DeviationDriver.report("PERSONAL", false, false, null, "OVRIGT"));
        engine.getIdentityService().setAuthenticatedUserId("krim1");
        ProcessInstance chosen;
        try {
            chosen = engine.getRuntimeService().startProcessInstanceByKey(KEY, first.getBusinessKey(),
                    DeviationDriver.report("PERSONAL", false, false, null, "OVRIGT"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(chosen.getBusinessKey()).isNotEqualTo(first.getBusinessKey()).startsWith("AVV-2031-");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(first.getBusinessKey()).count()).isEqualTo(1);
    }

    @Test
    void theStartFormGivesTheSameNumberAndValidation() {
        engine.getIdentityService().setAuthenticatedUserId("handlaggare1");
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                    .singleResult().getId();
            Map<String, Object> values = DeviationDriver.report("PARTNER", false, false, "Region Skåne", "SIP_SAKNAS");
            ProcessInstance instance = engine.getFormService().submitStartForm(definition, values);
            assertThat(instance.getBusinessKey()).startsWith("AVV-");
            assertThat(variable(instance, REPORTER_ID)).isEqualTo("handlaggare1");

            Map<String, Object> withPersonnummer = DeviationDriver.report("PARTNER", false, false, "Region Skåne",
                    "SIP_SAKNAS");
            withPersonnummer.put(DESCRIPTION, "Gäller 200901012385 som inte fick någon SIP.");
            assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, withPersonnummer))
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("personnummer");
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void aStartWithoutValidValuesIsRefusedWhicheverWayItComes() {
        assertThatThrownBy(() -> driver.start("krim1", DeviationDriver.report("PARTNER", false, false, null, "FEL")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Organisation")
                .hasMessageContaining("Kategori");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void internalDeviationIsInvestigatedActedOnAndClosed() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", false, false, null,
                "KOMPETENS"));
        assertThat(variable(instance, PROPOSED_TRACK)).isEqualTo("INTERN");
        driver.triage(instance);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_INTERNAL);
        driver.internalToEnd(instance);
        assertThat(instance).isEnded().hasPassed(TASK_ACT_INTERNAL, TASK_CLOSE, END_CLOSED);
        assertThat(variable(instance, TRACK)).isEqualTo("INTERN");
        assertThat(variable(instance, CLOSED_AT)).isNotNull();
    }

    @Test
    void complaintIsAnsweredActedOnAndClosed() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("KLIENT", true, false, null,
                "BEMOTANDE"));
        driver.triage(instance);
        assertThat(instance).isWaitingAt(TASK_ANSWER_CLIENT);
        driver.complaintToEnd(instance);
        assertThat(instance).isEnded().hasPassed(TASK_ANSWER_CLIENT, TASK_ACT_COMPLAINT, TASK_CLOSE);
        assertThat(variable(instance, TRACK)).isEqualTo("KLAGOMAL");
    }

    @Test
    void triageMayChangeTrackAndCategory() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("KLIENT", false, false, null,
                "OVRIGT"));
        driver.triage(instance, "SAMVERKAN", "SIP_SAKNAS", "Region Skåne");
        assertThat(instance).isWaitingAt(TASK_SEND_TO_ORGANISATION);
        assertThat(variable(instance, PROPOSED_TRACK)).isEqualTo("KLAGOMAL");
        assertThat(variable(instance, TRACK)).isEqualTo("SAMVERKAN");
        assertThat(variable(instance, REPORTED_CATEGORY)).isEqualTo("OVRIGT");
        assertThat(variable(instance, CATEGORY)).isEqualTo("SIP_SAKNAS");
        assertThat(variable(instance, TRIAGED_AT)).isNotNull();
    }

    @Test
    void triageToCollaborationWithoutOrganisationIsRefused() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", false, false, null,
                "OVRIGT"));
        DeviationDriver.assertRefused(() -> driver.triage(instance, "SAMVERKAN", "OVRIGT", ""), "Organisation");
        assertThat(instance).isWaitingAt(TASK_TRIAGE);
    }

    @Test
    void lexSarahSeriousCasePreparesTheIvoNoticeWhileTheInvestigationGoesOn() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", true, false, null,
                "BEMOTANDE"));
        driver.triage(instance);
        assertThat(instance).isWaitingAt(TASK_REMEDY);
        driver.complete(instance, TASK_REMEDY, IMMEDIATE_REMEDY, DeviationDriver.TEXT);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH, TASK_ASSESS_SERIOUSNESS);
        driver.complete(instance, TASK_ASSESS_SERIOUSNESS, SERIOUS, true, "seriousnessMotivation", DeviationDriver.TEXT);

        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH, TASK_PREPARE_IVO_NOTICE);
        Task ivo = driver.task(instance, TASK_PREPARE_IVO_NOTICE);
        assertThat(ivo.getDueDate()).isNotNull();
        assertThat(ivo.getPriority()).isGreaterThan(50);
        driver.notifyIvo(instance, TASK_PREPARE_IVO_NOTICE);
        assertThat(variable(instance, IVO_NOTICE_PREPARED_AT)).isNotNull();
        assertThat(variable(instance, IVO_NOTICE_SENT_ON)).isEqualTo(DeviationDriver.today());
        assertThat(variable(instance, IVO_REFERENCE)).isEqualTo(DeviationDriver.IVO_REFERENCE_VALUE);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH).isNotWaitingAt(TASK_ACTION_PLAN);

        driver.complete(instance, TASK_INVESTIGATE_LEX_SARAH, "whatHappened", DeviationDriver.TEXT, "consequences",
                DeviationDriver.TEXT, "causes", DeviationDriver.TEXT, "investigationActions", DeviationDriver.TEXT);
        assertThat(instance).as("seriousness is assessed again after the investigation")
                .isWaitingAt(TASK_REASSESS_SERIOUSNESS).isNotWaitingAt(TASK_ACTION_PLAN);
        driver.reassess(instance, true);
        driver.complete(instance, TASK_ACTION_PLAN, "actionPlan", DeviationDriver.TEXT);
        driver.close(instance);
        assertThat(instance).isEnded().hasPassed(TASK_PREPARE_IVO_NOTICE, TASK_REASSESS_SERIOUSNESS,
                GATEWAY_IVO_ALREADY_NOTIFIED, TASK_ACTION_PLAN, END_CLOSED)
                .as("IVO was told once").hasNotPassed(TASK_NOTIFY_IVO_AFTER_INVESTIGATION);
    }

    @Test
    void lexSarahNotSeriousGoesWithoutIvo() {
        ProcessInstance instance = driver.startBefore(TASK_REMEDY,
                DeviationDriver.report("PERSONAL", true, false, null, "BEMOTANDE"), TRACK, "LEX_SARAH");
        driver.lexSarahToEnd(instance, false);
        assertThat(instance).isEnded().hasNotPassed(TASK_PREPARE_IVO_NOTICE);
    }

    @Test
    void seriousnessNeedsAMotivation() {
        ProcessInstance instance = driver.startBefore(TASK_ASSESS_SERIOUSNESS,
                DeviationDriver.report("PERSONAL", true, false, null, "BEMOTANDE"), TRACK, "LEX_SARAH");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_ASSESS_SERIOUSNESS, SERIOUS, true),
                "Motivering");
        assertThat(instance).isWaitingAt(TASK_ASSESS_SERIOUSNESS);
    }

    @Test
    void collaborationGivesFeedbackToTheReporterWhoSeesItAndRecurringProblemsGoToTheJointForum() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ClockUtil.setCurrentTime(reported);
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", false, true,
                "Region Skåne", "SIP_SAKNAS"));
        driver.triage(instance);
        assertThat(instance).isWaitingAt(TASK_SEND_TO_ORGANISATION);
        driver.complete(instance, TASK_SEND_TO_ORGANISATION, "sentToOrganisationNote", DeviationDriver.TEXT);
        driver.complete(instance, TASK_RECORD_ANSWER, "organisationAnswer", DeviationDriver.TEXT);
        Task feedback = driver.task(instance, TASK_GIVE_FEEDBACK);
        assertThat(feedback.getDueDate()).isEqualTo(DeviationDriver.at("2026-05-01T09:00"));
        ClockUtil.setCurrentTime(DeviationDriver.plusDays(reported, 30));
        driver.complete(instance, TASK_GIVE_FEEDBACK, FEEDBACK_TO_REPORTER, "Regionen har ändrat sin rutin.");

        assertThat(variable(instance, FEEDBACK_GIVEN_AT)).isEqualTo(DeviationDriver.plusDays(reported, 30));
        Task read = driver.task(instance, TASK_READ_FEEDBACK);
        assertThat(read.getAssignee()).isEqualTo("krim1");
        assertThat(read.getDueDate()).as("10 working days after 1 April 2026, Good Friday and Easter Monday skipped")
                .isEqualTo(DeviationDriver.at("2026-04-17T16:00"));
        assertThat(engine.getTaskService().getVariable(read.getId(), FEEDBACK_TO_REPORTER))
                .isEqualTo("Regionen har ändrat sin rutin.");
        assertThat(instance).isWaitingAt(TASK_READ_FEEDBACK, TASK_AGREE_ACTIONS);
        assertThat(engine.getManagementService().createJobQuery().activityId(START_FEEDBACK_OVERDUE).count())
                .as("the overdue timer is gone once feedback is given").isZero();

        driver.collaborationToEnd(instance, true);
        assertThat(instance).isEnded().hasPassed(TASK_JOINT_FORUM, TASK_READ_FEEDBACK, END_CLOSED);
        assertThat(variable(instance, FEEDBACK_OVERDUE)).isNull();
    }

    @Test
    void collaborationFeedbackOverdueAfter60DaysEscalatesWhileTheWorkGoesOn() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ClockUtil.setCurrentTime(reported);
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PARTNER", false, false,
                "Polisen", "KOMMUNIKATION"));
        driver.triage(instance);
        driver.complete(instance, TASK_SEND_TO_ORGANISATION, "sentToOrganisationNote", DeviationDriver.TEXT);

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(START_FEEDBACK_OVERDUE).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(DeviationDriver.at("2026-05-01T09:00"));
        ClockUtil.setCurrentTime(DeviationDriver.plusDays(reported, 61));
        engine.getManagementService().executeJob(timer.getId());

        assertThat(instance).isWaitingAt(TASK_RECORD_ANSWER, TASK_HANDLE_OVERDUE_FEEDBACK);
        assertThat(variable(instance, FEEDBACK_OVERDUE)).isEqualTo(true);
        Task escalation = driver.task(instance, TASK_HANDLE_OVERDUE_FEEDBACK);
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(l -> "kvalitet".equals(l.getGroupId()));
        driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, "overdueNote", DeviationDriver.TEXT);

        driver.complete(instance, TASK_RECORD_ANSWER, "organisationAnswer", DeviationDriver.TEXT);
        driver.complete(instance, TASK_GIVE_FEEDBACK, FEEDBACK_TO_REPORTER, DeviationDriver.TEXT);
        driver.collaborationToEnd(instance, false);
        assertThat(instance).isEnded().hasNotPassed(TASK_JOINT_FORUM);
    }

    @Test
    void unreadFeedbackStopsWaitingAfter30Days() {
        ProcessInstance instance = driver.startBefore(TASK_READ_FEEDBACK,
                DeviationDriver.report("PARTNER", false, false, "Polisen", "KOMMUNIKATION"), TRACK, "SAMVERKAN",
                FEEDBACK_TO_REPORTER, DeviationDriver.TEXT);
        Job timer = engine.getManagementService().createJobQuery().activityId(BOUNDARY_FEEDBACK_NOT_READ)
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(instance).isEnded().hasPassed(END_FEEDBACK_NOT_READ);
    }

    @Test
    void collaborationTextWithAPersonnummerIsRefused() {
        ProcessInstance instance = driver.startBefore(TASK_RECORD_ANSWER,
                DeviationDriver.report("PARTNER", false, false, "Polisen", "KOMMUNIKATION"), TRACK, "SAMVERKAN");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_RECORD_ANSWER, "organisationAnswer",
                "Svar om 090101-2385 och hans SIP."), "personnummer");
        assertThat(instance).isWaitingAt(TASK_RECORD_ANSWER);
    }

    @Test
    void everyUserTaskHasADueDateAndAFormAndKvalitetOrTheReporter() {
        var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult().getId());
        List<org.camunda.bpm.model.bpmn.instance.UserTask> tasks = List.copyOf(
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class));
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(18);
        for (var task : tasks) {
            assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
            if (task.getId().equals(TASK_READ_FEEDBACK)) {
                assertThat(task.getCamundaAssignee()).isEqualTo("${reporterId}");
            } else if (task.getId().equals(TASK_REMEDY)) {
                assertThat(task.getCamundaCandidateGroups()).as("the manager responsible remedies")
                        .isEqualTo("krimteamet-chef");
            } else {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo("kvalitet");
            }
        }
    }

    // --- Triage ends a report that is no new deviation ----------------------------------------------

    @Test
    void triageEndsAReportThatIsNotADeviationWithTheReason() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", false, false, null,
                "OVRIGT"));
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_TRIAGE, TRIAGE_OUTCOME, "INTE_AVVIKELSE"),
                "Skäl");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_TRIAGE, TRIAGE_OUTCOME, "KANSKE",
                TRIAGE_REASON, DeviationDriver.TEXT), "Är det en ny avvikelse?");
        assertThat(instance).isWaitingAt(TASK_TRIAGE);

        driver.complete(instance, TASK_TRIAGE, TRIAGE_OUTCOME, "INTE_AVVIKELSE", TRIAGE_REASON,
                "Gäller en önskan om ny möbel, ingen brist i vården.");

        assertThat(instance).isEnded().hasPassed(GATEWAY_NEW_DEVIATION, END_NOT_A_DEVIATION)
                .hasNotPassed(GATEWAY_TRACK);
        assertThat(variable(instance, TRIAGE_REASON)).isEqualTo("Gäller en önskan om ny möbel, ingen brist i vården.");
        assertThat(variable(instance, TRIAGED_AT)).isNotNull();
        assertThat(variable(instance, CLOSED_AT)).isNotNull();
    }

    @Test
    void triageEndsADuplicateNamingTheOtherDeviationByItsNumber() {
        ProcessInstance first = driver.start("krim1", DeviationDriver.report("PERSONAL", false, true, "Region Skåne",
                "SIP_SAKNAS"));
        ProcessInstance second = driver.start("krim2", DeviationDriver.report("PERSONAL", false, true,
                "Region Skåne", "SIP_SAKNAS"));
        for (String bad : new String[] { null, "", "AVV-26-12", "avv-2026-000001", "AVV-2026-0000012", "12" }) {
            DeviationDriver.assertRefused(() -> driver.complete(second, TASK_TRIAGE, TRIAGE_OUTCOME, "DUBBLETT",
                    DUPLICATE_OF, bad, TRIAGE_REASON, DeviationDriver.TEXT), "Dubblett av avvikelse nummer");
        }
        DeviationDriver.assertRefused(() -> driver.complete(second, TASK_TRIAGE, TRIAGE_OUTCOME, "DUBBLETT",
                DUPLICATE_OF, second.getBusinessKey(), TRIAGE_REASON, DeviationDriver.TEXT), "sig själv");
        DeviationDriver.assertRefused(() -> driver.complete(second, TASK_TRIAGE, TRIAGE_OUTCOME, "DUBBLETT",
                DUPLICATE_OF, first.getBusinessKey()), "Skäl");
        assertThat(second).isWaitingAt(TASK_TRIAGE);

        driver.complete(second, TASK_TRIAGE, TRIAGE_OUTCOME, "DUBBLETT", DUPLICATE_OF, first.getBusinessKey(),
                TRIAGE_REASON, "Samma uteblivna SIP-möte som den första rapporten.", ORGANISATION, "");

        assertThat(second).isEnded().hasPassed(END_DUPLICATE).hasNotPassed(SUBPROCESS_FEEDBACK);
        assertThat(variable(second, DUPLICATE_OF)).isEqualTo(first.getBusinessKey());
        assertThat(variable(second, CLOSED_AT)).isNotNull();
        assertThat(first).as("the original goes on").isWaitingAt(TASK_TRIAGE);
    }

    @Test
    void aTriageWithoutAnOutcomeHandlesTheDeviationAsBefore() {
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", false, false, null,
                "KOMPETENS"));
        driver.complete(instance, TASK_TRIAGE, TRIAGE_OUTCOME, "AVVIKELSE");
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_INTERNAL).hasPassed(GATEWAY_NEW_DEVIATION, GATEWAY_TRACK);
    }

    // --- lex Sarah --------------------------------------------------------------------------------

    @Test
    void theImmediateRemedyGoesToTheManagerAndKvalitetGetsWhatWasDoneByWhomInItsNextTasks() {
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-03T09:00"));
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PERSONAL", true, false, null,
                "BEMOTANDE"));
        driver.triage(instance);
        Task remedy = driver.task(instance, TASK_REMEDY);
        assertThat(engine.getTaskService().getIdentityLinksForTask(remedy.getId()))
                .anyMatch(l -> "krimteamet-chef".equals(l.getGroupId()))
                .noneMatch(l -> "kvalitet".equals(l.getGroupId()));
        assertThat(remedy.getDueDate()).as("the next working day").isEqualTo(DeviationDriver.at("2031-03-04T16:00"));

        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-03T11:30"));
        engine.getIdentityService().setAuthentication("krimchef1", List.of("krimteamet-chef"));
        try {
            engine.getTaskService().complete(remedy.getId(), Map.of(IMMEDIATE_REMEDY,
                    "Personalen byttes ut på avdelningen samma dag."));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(variable(instance, REMEDIED_BY)).isEqualTo("krimchef1");
        assertThat(variable(instance, REMEDIED_AT)).isEqualTo(DeviationDriver.at("2031-03-03T11:30"));
        for (String kvalitetsTask : new String[] { TASK_ASSESS_SERIOUSNESS, TASK_INVESTIGATE_LEX_SARAH }) {
            Task next = driver.task(instance, kvalitetsTask);
            assertThat(engine.getTaskService().getIdentityLinksForTask(next.getId()))
                    .anyMatch(l -> "kvalitet".equals(l.getGroupId()));
            assertThat(engine.getTaskService().getVariables(next.getId())).as(kvalitetsTask)
                    .containsEntry(IMMEDIATE_REMEDY, "Personalen byttes ut på avdelningen samma dag.")
                    .containsEntry(REMEDIED_BY, "krimchef1");
        }
    }

    @Test
    void aDeviationFoundSeriousOnlyInTheInvestigationIsNotifiedToIvoThen() {
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-03T09:00"));
        ProcessInstance instance = driver.startBefore(TASK_REASSESS_SERIOUSNESS,
                DeviationDriver.report("PERSONAL", true, false, null, "BEMOTANDE"), TRACK, "LEX_SARAH", SERIOUS, false);
        Task reassess = driver.task(instance, TASK_REASSESS_SERIOUSNESS);
        assertThat(reassess.getDueDate()).isNotNull();
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_REASSESS_SERIOUSNESS,
                REASSESSMENT_MOTIVATION, DeviationDriver.TEXT), "allvarligt enligt utredningen");

        driver.reassess(instance, true);
        assertThat(instance).isWaitingAt(TASK_NOTIFY_IVO_AFTER_INVESTIGATION).isNotWaitingAt(TASK_ACTION_PLAN);
        Task ivo = driver.task(instance, TASK_NOTIFY_IVO_AFTER_INVESTIGATION);
        assertThat(ivo.getPriority()).isGreaterThan(50);
        assertThat(ivo.getDueDate()).isEqualTo(DeviationDriver.at("2031-03-05T16:00"));
        driver.complete(instance, TASK_NOTIFY_IVO_AFTER_INVESTIGATION, IVO_NOTICE_DRAFT, DeviationDriver.TEXT,
                IVO_NOTICE_SENT_ON, "2031-03-03", IVO_REFERENCE, "8.5.1-04567/2031");

        assertThat(variable(instance, IVO_NOTICE_PREPARED_AT)).isEqualTo(DeviationDriver.at("2031-03-03T09:00"));
        assertThat(variable(instance, IVO_NOTICE_SENT_ON)).isEqualTo("2031-03-03");
        assertThat(variable(instance, IVO_REFERENCE)).isEqualTo("8.5.1-04567/2031");
        assertThat(variable(instance, SERIOUS_AFTER_INVESTIGATION)).isEqualTo(true);
        assertThat(instance).isWaitingAt(TASK_ACTION_PLAN);
    }

    @Test
    void aDeviationNotSeriousAfterTheInvestigationGoesToTheActionPlanWithoutIvo() {
        ProcessInstance instance = driver.startBefore(TASK_REASSESS_SERIOUSNESS,
                DeviationDriver.report("PERSONAL", true, false, null, "BEMOTANDE"), TRACK, "LEX_SARAH", SERIOUS, false);
        driver.reassess(instance, false);
        assertThat(instance).isWaitingAt(TASK_ACTION_PLAN).hasPassed(GATEWAY_SERIOUS_AFTER_INVESTIGATION)
                .hasNotPassed(GATEWAY_IVO_ALREADY_NOTIFIED, TASK_NOTIFY_IVO_AFTER_INVESTIGATION);
        assertThat(variable(instance, IVO_NOTICE_PREPARED_AT)).isNull();
    }

    @Test
    void theIvoNoticeNeedsTheDayItWasSentAndIvosDiarienummer() {
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-01T09:00"));
        ProcessInstance instance = driver.startBefore(TASK_PREPARE_IVO_NOTICE,
                DeviationDriver.report("PERSONAL", true, false, null, "BEMOTANDE"), TRACK, "LEX_SARAH", SERIOUS, true);
        ClockUtil.setCurrentTime(DeviationDriver.at("2031-03-03T09:00"));
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT,
                DeviationDriver.TEXT, IVO_REFERENCE, "3.5.1-12345/2031"), "Anmälan skickades till IVO");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT,
                DeviationDriver.TEXT, IVO_NOTICE_SENT_ON, "2031-03-03"), "IVO:s diarienummer");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT,
                DeviationDriver.TEXT, IVO_NOTICE_SENT_ON, "2031-03-04", IVO_REFERENCE, "3.5.1-12345/2031"),
                "framtiden");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT,
                DeviationDriver.TEXT, IVO_NOTICE_SENT_ON, "2031-02-28", IVO_REFERENCE, "3.5.1-12345/2031"),
                "före rapporten");
        for (String bad : new String[] { "ja", "inget än", "200901012385" }) {
            DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT,
                    DeviationDriver.TEXT, IVO_NOTICE_SENT_ON, "2031-03-03", IVO_REFERENCE, bad), "IVO:s diarienummer");
        }
        assertThat(instance).isWaitingAt(TASK_PREPARE_IVO_NOTICE);
        driver.complete(instance, TASK_PREPARE_IVO_NOTICE, IVO_NOTICE_DRAFT, DeviationDriver.TEXT, IVO_NOTICE_SENT_ON,
                "2031-03-02", IVO_REFERENCE, "3.5.1-12345/2031");
        assertThat(variable(instance, IVO_NOTICE_SENT_ON)).isEqualTo("2031-03-02");
    }

    // --- A partner that never answers ---------------------------------------------------------------

    /** Reported 2 March 2026, sent on; the 60 days pass (clock moved) and the overdue timer fires. */
    ProcessInstance collaborationPastItsDeadline(Date reported) {
        ClockUtil.setCurrentTime(reported);
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PARTNER", false, false,
                "Region Skåne", "KOMMUNIKATION"));
        driver.triage(instance);
        driver.complete(instance, TASK_SEND_TO_ORGANISATION, SENT_TO_ORGANISATION_NOTE, DeviationDriver.TEXT);
        ClockUtil.setCurrentTime(DeviationDriver.plusDays(reported, 61));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(START_FEEDBACK_OVERDUE).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(instance).isWaitingAt(TASK_RECORD_ANSWER, TASK_HANDLE_OVERDUE_FEEDBACK);
        return instance;
    }

    @Test
    void aPartnerThatNeverAnswersDoesNotBlockTheCoordinatorClosesTheFeedbackWithTheReason() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ProcessInstance instance = collaborationPastItsDeadline(reported);

        driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION, "AVSLUTA_UTAN_SVAR", OVERDUE_NOTE,
                "Regionen har inte svarat trots två påminnelser.", FEEDBACK_TO_REPORTER,
                "Regionen har inte svarat inom 60 dagar; frågan tas upp i samverkansforum.");

        assertThat(instance).hasPassed(END_FEEDBACK_CLOSED_WITHOUT_ANSWER, BOUNDARY_FEEDBACK_CLOSED_WITHOUT_ANSWER)
                .isWaitingAt(TASK_READ_FEEDBACK, TASK_AGREE_ACTIONS).isNotWaitingAt(TASK_RECORD_ANSWER)
                .hasNotPassed(TASK_GIVE_FEEDBACK);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(TASK_RECORD_ANSWER).singleResult().isCanceled())
                .as("the wait for the answer was ended, not answered").isTrue();
        assertThat(variable(instance, FEEDBACK_WITHOUT_ANSWER)).isEqualTo(true);
        assertThat(variable(instance, FEEDBACK_OVERDUE)).isEqualTo(true);
        assertThat(variable(instance, FEEDBACK_GIVEN_AT)).isEqualTo(DeviationDriver.plusDays(reported, 61));
        assertThat(variable(instance, OVERDUE_NOTE)).isEqualTo("Regionen har inte svarat trots två påminnelser.");
        Task read = driver.task(instance, TASK_READ_FEEDBACK);
        assertThat(read.getAssignee()).isEqualTo("krim1");
        assertThat(engine.getTaskService().getVariable(read.getId(), FEEDBACK_TO_REPORTER))
                .isEqualTo("Regionen har inte svarat inom 60 dagar; frågan tas upp i samverkansforum.");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("only the reporter's 30-day reading timer is left").isEqualTo(1);

        driver.collaborationToEnd(instance, true);
        assertThat(instance).isEnded().hasPassed(TASK_JOINT_FORUM, END_CLOSED);
    }

    @Test
    void remindAndWaitAsksTheCoordinatorAgainAfter14Days() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ProcessInstance instance = collaborationPastItsDeadline(reported);
        driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION, "PAMINN", OVERDUE_NOTE,
                "Påminde regionens enhetschef per telefon.");
        assertThat(instance).isWaitingAt(TASK_RECORD_ANSWER, TIMER_ASK_AGAIN).isNotWaitingAt(TASK_HANDLE_OVERDUE_FEEDBACK);
        assertThat(variable(instance, FEEDBACK_GIVEN_AT)).isNull();

        Job again = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_ASK_AGAIN).singleResult();
        assertThat(again.getDuedate()).isEqualTo(DeviationDriver.plusDays(reported, 61 + ASK_AGAIN_DAYS));
        ClockUtil.setCurrentTime(DeviationDriver.plusDays(reported, 61 + ASK_AGAIN_DAYS));
        engine.getManagementService().executeJob(again.getId());

        assertThat(instance).isWaitingAt(TASK_RECORD_ANSWER, TASK_HANDLE_OVERDUE_FEEDBACK);
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION,
                "AVSLUTA_UTAN_SVAR", OVERDUE_NOTE, "Inget svar efter påminnelsen."), "Återkoppling till rapportören");
        driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION, "AVSLUTA_UTAN_SVAR", OVERDUE_NOTE,
                "Inget svar efter påminnelsen.", FEEDBACK_TO_REPORTER, DeviationDriver.TEXT);
        assertThat(instance).isWaitingAt(TASK_READ_FEEDBACK, TASK_AGREE_ACTIONS);
        assertThat(variable(instance, FEEDBACK_GIVEN_AT)).isEqualTo(DeviationDriver.plusDays(reported, 75));
    }

    @Test
    void anAnswerThatComesDuringTheReminderEndsTheReminder() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ProcessInstance instance = collaborationPastItsDeadline(reported);
        driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_NOTE, "Påminde regionen per brev.");
        assertThat(instance).as("the form's default is to remind and wait").isWaitingAt(TIMER_ASK_AGAIN);

        driver.complete(instance, TASK_RECORD_ANSWER, ORGANISATION_ANSWER, DeviationDriver.TEXT);
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_GIVE_FEEDBACK), "Återkoppling");
        driver.complete(instance, TASK_GIVE_FEEDBACK, FEEDBACK_TO_REPORTER, DeviationDriver.TEXT);

        assertThat(instance).hasPassed(END_FEEDBACK_GIVEN).isWaitingAt(TASK_READ_FEEDBACK, TASK_AGREE_ACTIONS)
                .isNotWaitingAt(TIMER_ASK_AGAIN);
        assertThat(engine.getManagementService().createJobQuery().activityId(TIMER_ASK_AGAIN).count()).isZero();
        assertThat(variable(instance, FEEDBACK_WITHOUT_ANSWER)).isNull();
    }

    @Test
    void closingWithoutAnAnswerIsRefusedOnceTheOrganisationHasAnswered() {
        Date reported = DeviationDriver.at("2026-03-02T09:00");
        ClockUtil.setCurrentTime(reported);
        ProcessInstance instance = driver.start("krim1", DeviationDriver.report("PARTNER", false, false,
                "Region Skåne", "KOMMUNIKATION"));
        driver.triage(instance);
        driver.complete(instance, TASK_SEND_TO_ORGANISATION, SENT_TO_ORGANISATION_NOTE, DeviationDriver.TEXT);
        driver.complete(instance, TASK_RECORD_ANSWER, ORGANISATION_ANSWER, DeviationDriver.TEXT);
        ClockUtil.setCurrentTime(DeviationDriver.plusDays(reported, 61));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .activityId(START_FEEDBACK_OVERDUE).singleResult().getId());

        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION,
                "AVSLUTA_UTAN_SVAR", OVERDUE_NOTE, DeviationDriver.TEXT, FEEDBACK_TO_REPORTER, DeviationDriver.TEXT),
                "redan svarat");
        DeviationDriver.assertRefused(() -> driver.complete(instance, TASK_HANDLE_OVERDUE_FEEDBACK, OVERDUE_DECISION,
                "STRUNTA", OVERDUE_NOTE, DeviationDriver.TEXT), "Vad gör du?");
        assertThat(instance).isWaitingAt(TASK_GIVE_FEEDBACK, TASK_HANDLE_OVERDUE_FEEDBACK);
    }

    // --- The model as Modeler and bpmnlint see it ---------------------------------------------------

    @Test
    void everyFlowNodeDeclaresItsIncomingAndOutgoingFlowsAndIdsFollowTheConvention() {
        var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult().getId());
        var flows = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class);
        assertThat(flows).hasSizeGreaterThan(50);
        for (var flow : flows) {
            assertThat(flow.getSource().getOutgoing()).as("outgoing of " + flow.getSource().getId()).contains(flow);
            assertThat(flow.getTarget().getIncoming()).as("incoming of " + flow.getTarget().getId()).contains(flow);
        }
        for (var node : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
            for (var declared : node.getIncoming()) {
                assertThat(declared.getTarget()).as(node.getId() + " <- " + declared.getId()).isEqualTo(node);
            }
            for (var declared : node.getOutgoing()) {
                assertThat(declared.getSource()).as(node.getId() + " -> " + declared.getId()).isEqualTo(node);
            }
        }
        for (var element : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class)) {
            assertThat(element.getId()).matches(
                    "(StartEvent|EndEvent|Task|Gateway|BoundaryEvent|CatchEvent|Flow|SubProcess)_[A-Z][A-Za-z0-9]+");
        }
        for (var gateway : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                assertThat(gateway.getName()).as(gateway.getId()).endsWith("?");
            }
        }
    }
}

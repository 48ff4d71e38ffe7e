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
        "processes/DeviationIvoNotice.form", "processes/DeviationLexSarahActionPlan.form",
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
        driver.complete(instance, TASK_REMEDY, "immediateRemedy", DeviationDriver.TEXT);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH, TASK_ASSESS_SERIOUSNESS);
        driver.complete(instance, TASK_ASSESS_SERIOUSNESS, SERIOUS, true, "seriousnessMotivation", DeviationDriver.TEXT);

        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH, TASK_PREPARE_IVO_NOTICE);
        Task ivo = driver.task(instance, TASK_PREPARE_IVO_NOTICE);
        assertThat(ivo.getDueDate()).isNotNull();
        assertThat(ivo.getPriority()).isGreaterThan(50);
        driver.complete(instance, TASK_PREPARE_IVO_NOTICE, "ivoNoticeDraft", DeviationDriver.TEXT);
        assertThat(variable(instance, IVO_NOTICE_PREPARED_AT)).isNotNull();
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_LEX_SARAH).isNotWaitingAt(TASK_ACTION_PLAN);

        driver.complete(instance, TASK_INVESTIGATE_LEX_SARAH, "whatHappened", DeviationDriver.TEXT, "consequences",
                DeviationDriver.TEXT, "causes", DeviationDriver.TEXT, "investigationActions", DeviationDriver.TEXT);
        driver.complete(instance, TASK_ACTION_PLAN, "actionPlan", DeviationDriver.TEXT);
        driver.close(instance);
        assertThat(instance).isEnded().hasPassed(TASK_PREPARE_IVO_NOTICE, TASK_ACTION_PLAN, END_CLOSED);
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
        assertThat(engine.getManagementService().createJobQuery().activityId(BOUNDARY_FEEDBACK_OVERDUE).count())
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
                .activityId(BOUNDARY_FEEDBACK_OVERDUE).singleResult();
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
        assertThat(instance).isEnded().hasPassed("EndEvent_FeedbackNotRead");
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
            } else {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo("kvalitet");
            }
        }
    }
}

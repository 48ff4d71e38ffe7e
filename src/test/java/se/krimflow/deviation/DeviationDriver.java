package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import se.krimflow.deadline.EngineClock;

/** Takes deviations through {@code DeviationHandling} in in-memory tests, with valid form values. */
final class DeviationDriver {

    static final String TEXT = "Beskrivning som är lång nog.";
    static final String IVO_REFERENCE_VALUE = "3.5.1-12345/2026";

    private final ProcessEngine engine;

    DeviationDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    static Map<String, Object> report(String reporterType, boolean risk, boolean other, String organisation,
            String category) {
        Map<String, Object> values = new HashMap<>();
        values.put(REPORTER_TYPE, reporterType);
        values.put(RISK_FOR_CLIENT, risk);
        values.put(CONCERNS_OTHER_ORGANISATION, other);
        values.put(ORGANISATION, organisation);
        values.put(CATEGORY, category);
        values.put(DESCRIPTION, "Samordningen brast vid utskrivningen.");
        return values;
    }

    static Date at(String localDateTime) {
        return Date.from(java.time.LocalDateTime.parse(localDateTime).atZone(EngineClock.ZONE).toInstant());
    }

    static Date plusDays(Date date, int days) {
        return Date.from(ZonedDateTime.ofInstant(date.toInstant(), EngineClock.ZONE).plusDays(days).toInstant());
    }

    ProcessInstance start(String reporter, Map<String, Object> values) {
        engine.getIdentityService().setAuthenticatedUserId(reporter);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(KEY, values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Starts in the middle (as the reporter {@code krim1}), for detours. */
    ProcessInstance startBefore(String activity, Map<String, Object> values, Object... more) {
        engine.getIdentityService().setAuthenticatedUserId("krim1");
        try {
            var builder = engine.getRuntimeService().createProcessInstanceByKey(KEY).setVariables(values);
            for (int i = 0; i < more.length; i += 2) {
                builder.setVariable((String) more[i], more[i + 1]);
            }
            return builder.startBeforeActivity(activity).execute();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The form validation's refusal, thrown directly or wrapped by the task listener invocation. */
    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messagePart) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).hasMessageContaining(messagePart)
                .satisfies(e -> {
                    Throwable t = e;
                    while (t.getCause() != null && !(t instanceof org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException)) {
                        t = t.getCause();
                    }
                    org.assertj.core.api.Assertions.assertThat(t)
                            .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class);
                });
    }

    Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    void complete(ProcessInstance instance, String taskKey, Object... keyValues) {
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskKey);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        engine.getTaskService().complete(task.getId(), values);
    }

    void triage(ProcessInstance instance) {
        complete(instance, TASK_TRIAGE);
    }

    void triage(ProcessInstance instance, String track, String category, String organisation) {
        complete(instance, TASK_TRIAGE, TRACK, track, CATEGORY, category, ORGANISATION, organisation);
    }

    /** Collaboration: send, answer, and feedback {@code days} after the report (clock moved). */
    void collaborationUntilFeedback(ProcessInstance instance, Date reportedAt, int days) {
        complete(instance, TASK_SEND_TO_ORGANISATION, "sentToOrganisationNote", TEXT);
        complete(instance, TASK_RECORD_ANSWER, "organisationAnswer", TEXT);
        ClockUtil.setCurrentTime(plusDays(reportedAt, days));
        complete(instance, TASK_GIVE_FEEDBACK, FEEDBACK_TO_REPORTER, TEXT);
    }

    void collaborationToEnd(ProcessInstance instance, boolean recurring) {
        complete(instance, TASK_READ_FEEDBACK, "feedbackRead", true);
        complete(instance, TASK_AGREE_ACTIONS, "agreedActions", TEXT, RECURRING_PROBLEM, recurring);
        if (recurring) {
            complete(instance, TASK_JOINT_FORUM, "jointForumItem", TEXT);
        }
        close(instance);
    }

    void lexSarahToEnd(ProcessInstance instance, boolean serious) {
        complete(instance, TASK_REMEDY, IMMEDIATE_REMEDY, TEXT);
        complete(instance, TASK_ASSESS_SERIOUSNESS, SERIOUS, serious, "seriousnessMotivation", TEXT);
        if (serious) {
            notifyIvo(instance, TASK_PREPARE_IVO_NOTICE);
        }
        investigateLexSarah(instance);
        reassess(instance, serious);
        complete(instance, TASK_ACTION_PLAN, "actionPlan", TEXT);
        close(instance);
    }

    void investigateLexSarah(ProcessInstance instance) {
        complete(instance, TASK_INVESTIGATE_LEX_SARAH, "whatHappened", TEXT, "consequences", TEXT, "causes", TEXT,
                "investigationActions", TEXT);
    }

    /** The notice sent today (engine clock) with IVO's diarienummer. */
    void notifyIvo(ProcessInstance instance, String taskKey) {
        complete(instance, taskKey, IVO_NOTICE_DRAFT, TEXT, IVO_NOTICE_SENT_ON, today(), IVO_REFERENCE,
                IVO_REFERENCE_VALUE);
    }

    void reassess(ProcessInstance instance, boolean serious) {
        complete(instance, TASK_REASSESS_SERIOUSNESS, SERIOUS_AFTER_INVESTIGATION, serious, REASSESSMENT_MOTIVATION,
                TEXT);
    }

    /** Today on the engine's clock in Sweden, as a Tasklist date field sends it ({@code 2026-03-01}). */
    static String today() {
        return EngineClock.today().toString();
    }

    void internalToEnd(ProcessInstance instance) {
        complete(instance, TASK_INVESTIGATE_INTERNAL, "findings", TEXT);
        complete(instance, TASK_ACT_INTERNAL, "actionsTaken", TEXT);
        close(instance);
    }

    void answerComplaint(ProcessInstance instance) {
        complete(instance, TASK_ANSWER_CLIENT, "answerToClient", TEXT, "answeredOn", "2026-03-01");
    }

    void complaintToEnd(ProcessInstance instance) {
        answerComplaint(instance);
        complete(instance, TASK_ACT_COMPLAINT, "actionsTaken", TEXT);
        close(instance);
    }

    void close(ProcessInstance instance) {
        complete(instance, TASK_CLOSE, "conclusion", TEXT);
    }
}

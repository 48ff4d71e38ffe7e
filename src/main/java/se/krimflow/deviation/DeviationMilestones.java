package se.krimflow.deviation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.krimflow.deviation.DeviationHandling.OverdueDecision;

/**
 * Records when a milestone task of {@code DeviationHandling} was completed (triage, the immediate
 * remedy, feedback to the reporter, a notice to IVO, closure), for the yearly report, the lead times
 * and the quality coordinator's view of the remedy. The remedy also records who did it; closing the
 * feedback without the other organisation's answer counts as the feedback given.
 */
@Component("deviationMilestones")
class DeviationMilestones implements TaskListener {

    static final Map<String, String> MILESTONES = Map.of(
            DeviationHandling.TASK_TRIAGE, DeviationHandling.TRIAGED_AT,
            DeviationHandling.TASK_REMEDY, DeviationHandling.REMEDIED_AT,
            DeviationHandling.TASK_GIVE_FEEDBACK, DeviationHandling.FEEDBACK_GIVEN_AT,
            DeviationHandling.TASK_PREPARE_IVO_NOTICE, DeviationHandling.IVO_NOTICE_PREPARED_AT,
            DeviationHandling.TASK_NOTIFY_IVO_AFTER_INVESTIGATION, DeviationHandling.IVO_NOTICE_PREPARED_AT,
            DeviationHandling.TASK_CLOSE, DeviationHandling.CLOSED_AT);

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String variable = MILESTONES.get(key);
        if (variable != null) {
            task.getExecution().setVariable(variable, ClockUtil.getCurrentTime());
        }
        if (DeviationHandling.TASK_REMEDY.equals(key)) {
            task.getExecution().setVariable(DeviationHandling.REMEDIED_BY, whoCompleted(task));
        }
        if (DeviationHandling.TASK_HANDLE_OVERDUE_FEEDBACK.equals(key)
                && OverdueDecision.AVSLUTA_UTAN_SVAR.name().equals(task.getVariable(DeviationHandling.OVERDUE_DECISION))) {
            task.getExecution().setVariable(DeviationHandling.FEEDBACK_GIVEN_AT, ClockUtil.getCurrentTime());
            task.getExecution().setVariable(DeviationHandling.FEEDBACK_WITHOUT_ANSWER, true);
        }
    }

    /** The logged-in user who completes the task (Tasklist, REST); else its assignee. */
    private static String whoCompleted(DelegateTask task) {
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
    }
}

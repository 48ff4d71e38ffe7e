package se.krimflow.deviation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records when a milestone task of {@code DeviationHandling} was completed (triage, feedback to
 * the reporter, IVO notice, closure), for the yearly report and the lead times.
 */
@Component("deviationMilestones")
class DeviationMilestones implements TaskListener {

    static final Map<String, String> MILESTONES = Map.of(
            DeviationHandling.TASK_TRIAGE, DeviationHandling.TRIAGED_AT,
            DeviationHandling.TASK_GIVE_FEEDBACK, DeviationHandling.FEEDBACK_GIVEN_AT,
            DeviationHandling.TASK_PREPARE_IVO_NOTICE, DeviationHandling.IVO_NOTICE_PREPARED_AT,
            DeviationHandling.TASK_CLOSE, DeviationHandling.CLOSED_AT);

    @Override
    public void notify(DelegateTask task) {
        String variable = MILESTONES.get(task.getTaskDefinitionKey());
        if (variable != null) {
            task.getExecution().setVariable(variable, ClockUtil.getCurrentTime());
        }
    }
}

package se.krimflow.cases;

import static se.krimflow.cases.YouthCrimeCase.*;

import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * A case that stands still is seen: every completed task of the case, or of a process it called,
 * records {@link YouthCrimeCase#VAR_LAST_TASK_COMPLETED_AT} on the case and moves the case's stale
 * timer ("Ärendet har stått still i 6 månader") to six months after it. An engine plugin, so that
 * it sees the tasks of every process the case calls; for tasks outside a case it does nothing.
 */
public class CaseActivity extends AbstractProcessEnginePlugin {

    static final Period STANDING_STILL = Period.ofMonths(6);

    private final TaskListener completed = CaseActivity::completed;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
            }
        });
    }

    /** Six months after {@code from}: when a case that has not moved since then gets its review. */
    static Date staleAt(Date from) {
        return Date.from(from.toInstant().atZone(EngineClock.ZONE).plus(STANDING_STILL).toInstant());
    }

    static void completed(DelegateTask task) {
        DelegateExecution theCase = rootCase(task.getExecution());
        if (theCase == null) {
            return;
        }
        Date now = ClockUtil.getCurrentTime();
        theCase.setVariable(VAR_LAST_TASK_COMPLETED_AT, now);
        String caseInstance = theCase.getProcessInstanceId();
        ManagementService jobs = task.getProcessEngineServices().getManagementService();
        WithoutAuthorizationCheck.inCommand(() -> {
            for (Job timer : jobs.createJobQuery().processInstanceId(caseInstance).activityId(START_STANDING_STILL)
                    .timers().list()) {
                jobs.setJobDuedate(timer.getId(), staleAt(now));
            }
            return null;
        });
    }

    /** The YouthCrimeCase instance above this execution, or null outside a case. */
    private static DelegateExecution rootCase(DelegateExecution execution) {
        DelegateExecution instance = execution == null ? null : execution.getProcessInstance();
        while (instance != null && instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        if (instance == null || !instance.getProcessDefinitionId().startsWith(KEY + ":")) {
            return null;
        }
        return instance;
    }
}

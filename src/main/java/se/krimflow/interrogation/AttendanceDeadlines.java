package se.krimflow.interrogation;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import se.krimflow.cases.Personnummer;
import se.krimflow.deadline.EngineClock;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * The deadlines of {@code InterrogationAttendance} (CONTRACT.md): at the start it computes them into
 * the variables the model's timer and due dates read (the attendance escalates when still unclaimed
 * two hours before the interrogation); when the interrogation is moved ({@code InterrogationMoved})
 * it moves the open tasks' due dates and the escalation timer to the new time.
 */
class AttendanceDeadlines implements ExecutionListener {

    static final Duration ESCALATE_BEFORE_INTERROGATION = Duration.ofHours(2);

    static Date escalationAt(Date interrogationAt) {
        return Date.from(interrogationAt.toInstant().minus(ESCALATE_BEFORE_INTERROGATION));
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (InterrogationAttendance.END_DEADLINES_MOVED.equals(execution.getCurrentActivityId())) {
            moved(execution);
            return;
        }
        Date interrogationAt = (Date) execution.getVariable(InterrogationAttendance.VAR_INTERROGATION_AT);
        if (interrogationAt != null) {
            execution.setVariable(InterrogationAttendance.VAR_ESCALATION_AT, escalationAt(interrogationAt));
        }
        execution.setVariable(InterrogationAttendance.VAR_ATTENDANCE_ASSIGNEE, null);
        execution.setVariable(InterrogationAttendance.VAR_ATTENDED, false);
        execution.setVariable(InterrogationAttendance.VAR_CONFESSED, false);
        execution.setVariable(InterrogationAttendance.VAR_SENSITIVE_OFFENCE, false);
    }

    /** The interrogation moved: the escalation, the open tasks' due dates and the escalation timer follow. */
    private static void moved(DelegateExecution execution) {
        Date interrogationAt = (Date) execution.getVariable(InterrogationAttendance.VAR_INTERROGATION_AT);
        Date escalation = escalationAt(interrogationAt);
        execution.getProcessInstance().setVariable(InterrogationAttendance.VAR_ESCALATION_AT, escalation);
        recomputeAge(execution, interrogationAt);
        String instance = execution.getProcessInstanceId();
        ProcessEngineServices engine = execution.getProcessEngineServices();
        WithoutAuthorizationCheck.inCommand(() -> {
            TaskService tasks = engine.getTaskService();
            for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
                Date due = switch (task.getTaskDefinitionKey()) {
                    case InterrogationAttendance.TASK_PREPARE_ATTENDANCE -> escalation;
                    case InterrogationAttendance.TASK_ESCALATE_UNCLAIMED,
                            InterrogationAttendance.TASK_ATTEND_INTERROGATION -> interrogationAt;
                    default -> task.getDueDate();
                };
                task.setDueDate(due);
                tasks.saveTask(task);
            }
            ManagementService jobs = engine.getManagementService();
            for (Job timer : jobs.createJobQuery().processInstanceId(instance)
                    .activityId(InterrogationAttendance.BOUNDARY_UNCLAIMED).timers().list()) {
                jobs.setJobDuedate(timer.getId(), escalation);
            }
            return null;
        });
    }

    /** The age is whole years on the day of the interrogation: a move can cross a birthday. */
    private static void recomputeAge(DelegateExecution execution, Date interrogationAt) {
        Object digits = execution.getVariable(InterrogationAttendance.VAR_PERSONNUMMER);
        if (!(digits instanceof String text)) {
            return;
        }
        int age = Personnummer.parse(text, EngineClock.today())
                .ageOn(interrogationAt.toInstant().atZone(EngineClock.ZONE).toLocalDate());
        execution.getProcessInstance().setVariable(InterrogationAttendance.VAR_AGE_AT_INTERROGATION, age);
        DelegateExecution theCase = execution.getProcessInstance().getSuperExecution();
        if (theCase != null) {
            theCase.setVariable(InterrogationAttendance.VAR_AGE_AT_INTERROGATION, age);
        }
    }
}

package se.krimflow.statement;

import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.forms.FormValues;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * The watch of the statement's last day. An extension (anstånd) makes the new day the due date of
 * the request, here and on the case, and every open task of the statement gets its due date again
 * from its own expression in the model (so the days counted back from the due date stay in one
 * place); the watch then starts over with the new day. A withdrawn request ends the statement
 * with its reason; nothing is sent.
 */
@Component("statementDeadlineWatch")
class StatementDeadlineWatch implements ExecutionListener {

    private final WorkingDays workingDays;

    StatementDeadlineWatch(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateExecution execution) {
        switch (execution.getCurrentActivityId()) {
            case StatementWriting.EVENT_DUE_DATE_MOVED -> extend(execution);
            case StatementWriting.END_REQUEST_WITHDRAWN -> withdrawn(execution);
            default -> throw new IllegalStateException("statementDeadlineWatch on " + execution.getCurrentActivityId());
        }
    }

    private void extend(DelegateExecution execution) {
        DelegateExecution statement = execution.getProcessInstance();
        Date newDue = workingDays.endOfDay(FormValues.date(statement.getVariable(StatementWriting.VAR_EXTENDED_DUE_DATE)));
        if (statement.getVariable(StatementWriting.VAR_ORIGINAL_DUE_DATE) == null) {
            statement.setVariable(StatementWriting.VAR_ORIGINAL_DUE_DATE, statement.getVariable(StatementWriting.VAR_DUE_DATE));
        }
        Object count = statement.getVariable(StatementWriting.VAR_EXTENSION_COUNT);
        statement.setVariable(StatementWriting.VAR_EXTENSION_COUNT, count instanceof Integer n ? n + 1 : 1);
        statement.setVariable(StatementWriting.VAR_DUE_DATE, newDue);
        DelegateExecution theCase = statement.getSuperExecution();
        if (theCase != null) {
            theCase.setVariable(StatementWriting.VAR_DUE_DATE, newDue);
        }
        // The next reminder and escalation ask again.
        statement.removeVariable(StatementWriting.VAR_DEADLINE_ANSWER);
        statement.removeVariable(StatementWriting.VAR_OVERDUE_ACTION);
        statement.removeVariable(StatementWriting.VAR_EXTENDED_DUE_DATE);
        moveOpenTasks(execution);
    }

    private static void moveOpenTasks(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        WithoutAuthorizationCheck.inCommand(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
                TaskEntity entity = (TaskEntity) task;
                Expression due = entity.getTaskDefinition() == null ? null
                        : entity.getTaskDefinition().getDueDateExpression();
                if (due != null && due.getValue(entity.getExecution()) instanceof Date day) {
                    task.setDueDate(day);
                    tasks.saveTask(task);
                }
            }
            return null;
        });
    }

    private static void withdrawn(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(StatementWriting.VAR_OUTCOME, StatementWriting.OUTCOME_WITHDRAWN);
    }
}

package se.krimflow.statement;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.krimflow.cases.CaseLife;
import se.krimflow.forms.FormValues;

/**
 * On completion of the statement's tasks: records who wrote and who decided (the user completing
 * the task, else its assignee; never a typed name), counts returned drafts, derives the six-week
 * limit (LUL 4 §, shown only) and the time the statement was sent.
 */
@Component("statementTaskListener")
class StatementTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case StatementWriting.TASK_BOOK_MEETING -> {
                task.setVariable(StatementWriting.VAR_WRITER, actingUser(task));
                Object notified = task.getVariable(StatementWriting.VAR_SUSPICION_NOTIFIED_ON);
                LocalDate notifiedOn = FormValues.date(notified);
                if (notifiedOn != null) {
                    task.setVariable(StatementWriting.VAR_SIX_WEEK_LIMIT, CaseLife.sixWeekLimit(notifiedOn));
                }
            }
            case StatementWriting.TASK_HOLD_MEETING -> {
                if (FormValues.isTrue(task.getVariable(StatementWriting.VAR_CONFESSION_REGISTERED))) {
                    task.setVariable(StatementWriting.VAR_CONFESSED, true);
                    CaseFacts.confessed(task.getExecution());
                }
            }
            case StatementWriting.TASK_WRITE_DRAFT -> task.setVariable(StatementWriting.VAR_WRITER, actingUser(task));
            case StatementWriting.TASK_DECIDE_STATEMENT -> {
                task.setVariable(StatementWriting.VAR_DECIDED_BY, actingUser(task));
                if (StatementWriting.DECISION_RETURN.equals(task.getVariable(StatementWriting.VAR_DECISION))) {
                    Object count = task.getVariable(StatementWriting.VAR_RETURN_COUNT);
                    task.setVariable(StatementWriting.VAR_RETURN_COUNT, count == null ? 1 : ((Number) count).intValue() + 1);
                }
            }
            case StatementWriting.TASK_SEND_STATEMENT -> task.setVariable(StatementWriting.VAR_SENT_AT, ClockUtil.getCurrentTime());
            default -> {
                // nothing to record
            }
        }
    }


    static String actingUser(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new ProcessEngineException("Den som slutför uppgiften är okänd: logga in eller ta uppgiften först.");
    }
}

package se.krimflow.cases;

import static se.krimflow.cases.YouthCrimeCase.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.krimflow.forms.FormValues;

/**
 * When a case ends by itself (CONTRACT.md, "The case's life"): the prosecutor's decision other than
 * {@code ATAL}, and the end of the last sanction follow-up (a sanction of type {@code ANNAN} needs
 * none, so it ends at once), ask for the end with an outcome ({@link YouthCrimeCase#VAR_CLOSING_OUTCOME});
 * the event subprocess "Ärendet avslutas" then ends the case as soon as no mediation runs. The
 * first outcome asked for is the one kept. Called from YouthCrimeCase.bpmn.
 */
@Component(BEAN_CASE_LIFE)
public class CaseLife {

    /** End of the prosecutor's decision other than ATAL (the model's gateway decides): asks for the end. */
    public void prosecutionEndsCase(DelegateExecution execution) {
        askForEnd(execution, OUTCOME_PREFIX_PROSECUTION + execution.getVariable(VAR_PROSECUTION_DECISION));
    }

    /** Start of a sanction follow-up: one more runs. */
    public void sanctionFollowUpStarted(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING, running(execution) + 1);
    }

    /** End of a sanction follow-up: the last one to end asks for the end. */
    public void sanctionFollowedUp(DelegateExecution execution) {
        int running = Math.max(0, running(execution) - 1);
        execution.getProcessInstance().setVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING, running);
        if (running == 0) {
            askForEnd(execution, OUTCOME_SANCTION_FOLLOWED_UP);
        }
    }

    private static int running(DelegateExecution execution) {
        return FormValues.intValue(execution.getVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING), 0);
    }

    /** Start listener of the end: the case's outcome is the one asked for. */
    public void endedByItself(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(VAR_CASE_OUTCOME, execution.getVariable(VAR_CLOSING_OUTCOME));
    }

    private static void askForEnd(DelegateExecution execution, String outcome) {
        if (execution.getVariable(VAR_CLOSING_OUTCOME) == null) {
            execution.getProcessInstance().setVariable(VAR_CLOSING_OUTCOME, outcome);
        }
    }
}

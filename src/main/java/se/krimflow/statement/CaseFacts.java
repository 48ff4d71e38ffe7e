package se.krimflow.statement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A statement may be requested while the interrogation attendance or the mediation still runs
 * (CONTRACT.md), and the call activity copies the case's variables only when the statement starts.
 * Before the sections are decided and before the document is made, the statement takes the case's
 * current confession and mediation facts, where the case has them by then.
 */
final class CaseFacts {

    static final List<String> FROM_CASE = List.of(StatementWriting.VAR_CONFESSED,
            StatementWriting.VAR_MEDIATION_OFFERED, StatementWriting.VAR_MEDIATION_OUTCOME,
            StatementWriting.VAR_MEDIATION_RUNNING);

    private CaseFacts() {
    }

    static void refresh(DelegateExecution execution) {
        DelegateExecution caseExecution = execution.getProcessInstance().getSuperExecution();
        if (caseExecution == null) {
            return;
        }
        for (String name : FROM_CASE) {
            Object value = caseExecution.getVariable(name);
            if (value != null) {
                execution.setVariable(name, value);
            }
        }
    }

    /** A confession registered in the statement goes to the case, which then offers mediation if it has not. */
    static void confessed(DelegateExecution execution) {
        DelegateExecution caseExecution = execution.getProcessInstance().getSuperExecution();
        if (caseExecution != null) {
            caseExecution.setVariable(StatementWriting.VAR_CONFESSED, true);
        }
    }
}

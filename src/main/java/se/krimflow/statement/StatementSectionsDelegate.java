package se.krimflow.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * Evaluates {@code StatementSectionsDecision} after the meeting (when the special need of care and
 * LVU are known) and stores the required sections as comma-separated codes in
 * {@link StatementWriting#VAR_REQUIRED_SECTIONS}: a plain String, because the engine does not
 * serialize Java lists. The evaluation is part of the process, so it runs without the engine's
 * per-user check on evaluating decisions (the user completing the meeting task need not hold it).
 */
@Component("statementSectionsDelegate")
class StatementSectionsDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CaseFacts.refresh(execution);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(StatementWriting.DECISION_INPUT_AGE, execution.getVariable(StatementWriting.VAR_AGE_AT_INTERROGATION));
        inputs.put(StatementWriting.DECISION_INPUT_CONFESSED, execution.getVariable(StatementWriting.VAR_CONFESSED));
        inputs.put(StatementWriting.DECISION_INPUT_PERSONAL, execution.getVariable(StatementWriting.VAR_PERSONAL_REQUESTED));
        inputs.put(StatementWriting.DECISION_INPUT_SPECIAL_CARE, execution.getVariable(StatementWriting.VAR_SPECIAL_CARE_NEED));
        inputs.put(StatementWriting.DECISION_INPUT_LVU, execution.getVariable(StatementWriting.VAR_CARE_UNDER_LVU));
        List<String> sections = evaluate(execution, inputs);
        execution.setVariable(StatementWriting.VAR_REQUIRED_SECTIONS, StatementSection.join(sections));
    }

    private List<String> evaluate(DelegateExecution execution, Map<String, Object> inputs) {
        DmnDecisionResult result = WithoutAuthorizationCheck.inCommand(() -> execution.getProcessEngineServices()
                .getDecisionService()
                .evaluateDecisionByKey(StatementWriting.DECISION_SECTIONS)
                .variables(inputs)
                .evaluate());
        return result.collectEntries(StatementWriting.DECISION_OUTPUT_SECTION);
    }
}

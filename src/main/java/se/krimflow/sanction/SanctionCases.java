package se.krimflow.sanction;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import se.krimflow.cases.OpenCases;
import se.krimflow.system.ApiException;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * The engine work of the sanction endpoints: hands the sanction decision and the prosecutor's
 * answer to the open case. The endpoints' {@link SanctionProcessAccess} decides who may call; the
 * work then runs without the caller's engine authorizations, in one transaction, still recorded
 * under the caller's name. An unknown case is 404, a step the case is not at is 409.
 */
@Component
class SanctionCases {

    private final OpenCases cases;
    private final ProcessEngine engine;
    private final RuntimeService runtime;

    SanctionCases(OpenCases cases, ProcessEngine engine) {
        this.cases = cases;
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
    }

    /** The sanction of the case: starts its follow-up unless one already runs. */
    void decide(String caseNumber, Map<String, Object> variables) {
        cases.correlate(caseNumber, SanctionFollowUp.MESSAGE_SANCTION_DECIDED, variables, () -> {
            if (!followUps(caseNumber, false).isEmpty()) {
                throw ApiException.conflict("Påföljden för ärendet följs redan upp.");
            }
        });
    }

    /** The prosecutor's answer, to every follow-up of the case that waits for it (both sanctions may wait). */
    void answerFromProsecutor(String caseNumber, String response) {
        cases.find(caseNumber);
        WithoutAuthorizationCheck.run(engine, () -> {
            int correlated = 0;
            for (ProcessInstance followUp : followUps(caseNumber, true)) {
                correlated += runtime.createMessageCorrelation(SanctionFollowUp.MESSAGE_PROSECUTOR_RESPONDED)
                        .processInstanceId(followUp.getId())
                        .setVariable(SanctionFollowUp.VAR_PROSECUTOR_RESPONSE, response)
                        .correlateAllWithResult()
                        .size();
            }
            if (correlated == 0) {
                throw ApiException.conflict("Ingen underrättelse till åklagaren väntar på svar i ärendet.");
            }
        });
    }

    private List<ProcessInstance> followUps(String caseNumber, boolean activeOnly) {
        var query = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SanctionFollowUp.KEY)
                .processInstanceBusinessKey(caseNumber);
        return (activeOnly ? query.active() : query).list();
    }
}

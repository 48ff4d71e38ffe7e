package se.krimflow.sanction;

import java.util.List;
import java.util.Map;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.cases.OpenCases;
import se.krimflow.system.ApiException;

/**
 * The court's or prosecutor's sanction decision and the prosecutor's answer to a notification of
 * neglect (CONTRACT.md). Who may call is decided in SecurityConfiguration.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class SanctionController {

    private final OpenCases cases;
    private final RuntimeService runtime;
    private final CommandExecutor commands;

    SanctionController(OpenCases cases, ProcessEngine engine) {
        this.cases = cases;
        this.runtime = engine.getRuntimeService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /**
     * The URL rules of SecurityConfiguration decide who may call these endpoints; the engine work
     * behind them (finding the case, correlating to it) is then done on the caller's behalf without
     * instance-level authorization checks, in one transaction, still recorded under the caller's name.
     */
    private <T> T onBehalfOfCaller(Supplier<T> work) {
        // A business answer (404, 409) leaves the command normally, so the engine does not log it as an error.
        Object result = commands.execute(context -> {
            boolean wasEnabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return work.get();
            } catch (ApiException e) {
                return e;
            } finally {
                if (wasEnabled) {
                    context.enableAuthorizationCheck();
                }
            }
        });
        if (result instanceof ApiException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    record Accepted(String caseNumber) {
    }

    @PostMapping("/sanction")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted sanction(@PathVariable String caseNumber, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> variables = SanctionDecision.variables(body);
        return onBehalfOfCaller(() -> {
            cases.find(caseNumber);
            if (runningFollowUp(caseNumber)) {
                throw ApiException.conflict("Påföljden för ärendet följs redan upp.");
            }
            cases.correlate(caseNumber, SanctionFollowUp.MESSAGE_SANCTION_DECIDED, variables);
            return new Accepted(caseNumber);
        });
    }

    @PostMapping("/prosecutor-response")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted prosecutorResponse(@PathVariable String caseNumber, @RequestBody(required = false) Map<String, Object> body) {
        String response = SanctionDecision.prosecutorResponse(body);
        return onBehalfOfCaller(() -> correlateResponse(caseNumber, response));
    }

    private Accepted correlateResponse(String caseNumber, String response) {
        cases.find(caseNumber);
        // Every SanctionFollowUp of the case that waits for the answer gets it (both sanctions may wait).
        List<String> waiting = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SanctionFollowUp.KEY)
                .processInstanceBusinessKey(caseNumber)
                .active()
                .listPage(0, 10).stream().map(p -> p.getId()).toList();
        int correlated = 0;
        for (String instanceId : waiting) {
            List<MessageCorrelationResult> results = runtime
                    .createMessageCorrelation(SanctionFollowUp.MESSAGE_PROSECUTOR_RESPONDED)
                    .processInstanceId(instanceId)
                    .setVariable(SanctionFollowUp.VAR_PROSECUTOR_RESPONSE, response)
                    .correlateAllWithResult();
            correlated += results.size();
        }
        if (correlated == 0) {
            throw ApiException.conflict("Ingen underrättelse till åklagaren väntar på svar i ärendet.");
        }
        return new Accepted(caseNumber);
    }

    private boolean runningFollowUp(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(SanctionFollowUp.KEY)
                .processInstanceBusinessKey(caseNumber)
                .count() > 0;
    }
}

package se.krimflow.cases;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import se.krimflow.system.ApiException;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * Finds an open youth-crime case by its case number (the business key) and hands messages to it,
 * for the case endpoints of every feature: an unknown or closed case is 404, a message the case
 * cannot take now is 409. Messages to a case are decided by the endpoint's groups (CONTRACT.md);
 * every read of a case's data is first decided by the caller's own engine authorizations
 * ({@link #requireReadable}): a case the caller could not read in Tasklist or Cockpit is the same
 * 404 as an unknown one (CONTRACT.md "Who may read what").
 */
@Component
public class OpenCases {

    /** The process id of the umbrella process (CONTRACT.md). */
    public static final String CASE_PROCESS_KEY = "YouthCrimeCase";

    public static final String NO_CASE = "Det finns inget öppet ärende med det ärendenumret.";
    /** What a case number looks like (cases/CaseNumbers); anything else is an unknown case. */
    public static final Pattern CASE_NUMBER = Pattern.compile("UNG-\\d{4}-\\d{6}");

    private final ProcessEngine engine;
    private final RuntimeService runtime;

    OpenCases(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
    }

    /** 404, as for an unknown case, for a path segment that cannot be a case number. */
    public static void requireCaseNumber(String caseNumber) {
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw ApiException.notFound(NO_CASE);
        }
    }

    /**
     * 404 unless the caller, with their own engine authorizations, can read one of the case's tasks
     * or process instances (the case's and its called processes', which carry the case number as
     * business key), running or in history: what they could open in Tasklist or Cockpit. Asked
     * outside any engine command, so that no unchecked work around it can widen the answer.
     */
    public void requireReadable(String caseNumber) {
        if (Context.getCommandContext() != null) {
            throw new IllegalStateException("requireReadable runs outside engine commands, with the caller's authorizations");
        }
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        boolean readable = caller != null && caller.getUserId() != null
                && (engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).count() > 0
                        || runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0
                        || engine.getHistoryService().createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(caseNumber).count() > 0);
        if (!readable) {
            throw ApiException.notFound(NO_CASE);
        }
    }

    /**
     * The open case, looked up without the caller's engine authorizations, for the messages the
     * endpoint's groups may send (a caseworker holds no READ on case instances). Never for a read of
     * the case's data: that is {@link #requireReadable} first.
     */
    public ProcessInstance find(String caseNumber) {
        ProcessInstance instance = WithoutAuthorizationCheck.call(engine, () -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(CASE_PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber)
                .active()
                .singleResult());
        if (instance == null) {
            throw ApiException.notFound(NO_CASE);
        }
        return instance;
    }

    /**
     * Correlates {@code messageName} to the open case's own process instance (never to a message
     * start event, so the same message name may also start a process elsewhere). Correlated without
     * the caller's engine authorizations, like {@link #find(String)}.
     */
    public void correlate(String caseNumber, String messageName, Map<String, Object> variables) {
        correlate(caseNumber, messageName, variables, () -> {
        });
    }

    /**
     * As {@link #correlate(String, String, Map)}, after {@code checkFirst} (which may throw an
     * {@link ApiException}, e.g. a 409) in the same transaction, without the caller's authorizations.
     */
    public void correlate(String caseNumber, String messageName, Map<String, Object> variables, Runnable checkFirst) {
        WithoutAuthorizationCheck.run(engine, () -> {
            checkFirst.run();
            ProcessInstance instance = find(caseNumber);
            deliver(instance.getId(), messageName, variables, "Ärendet kan inte ta emot detta just nu.");
        });
    }

    /**
     * Correlates only when the instance waits for the message (an instance of an older version of
     * the model may not): a refused correlation inside a running transaction would mark it for
     * rollback, so the 409 is decided before the engine is asked.
     */
    private void deliver(String instanceId, String messageName, Map<String, Object> variables, String cannotTake) {
        boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(instanceId)
                .eventType("message").eventName(messageName).count() > 0;
        if (!waiting) {
            throw ApiException.conflict(cannotTake);
        }
        runtime.createMessageCorrelation(messageName).processInstanceId(instanceId).setVariables(variables)
                .correlateWithResult();
    }

    /**
     * As {@link #correlate}, once per case: when the case already holds {@code onceVariable}, the
     * answer is 409 with {@code alreadyDone}. Checked and correlated in one transaction.
     */
    public void correlateOnce(String caseNumber, String messageName, String onceVariable,
            Map<String, Object> variables, String alreadyDone) {
        WithoutAuthorizationCheck.run(engine, () -> {
            if (endedWith(caseNumber, onceVariable)) {
                // The message may itself have ended the case (EJ_ATAL): a second one is the same conflict.
                throw ApiException.conflict(alreadyDone);
            }
            ProcessInstance instance = find(caseNumber);
            if (runtime.getVariable(instance.getId(), onceVariable) != null) {
                throw ApiException.conflict(alreadyDone);
            }
            deliver(instance.getId(), messageName, variables, "Ärendet kan inte ta emot detta just nu.");
        });
    }

    /** True when a case with this number has ended after it received {@code onceVariable}. */
    private boolean endedWith(String caseNumber, String onceVariable) {
        HistoryService history = engine.getHistoryService();
        for (HistoricProcessInstance ended : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CASE_PROCESS_KEY).processInstanceBusinessKey(caseNumber).finished().list()) {
            if (history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
                    .variableName(onceVariable).count() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands {@code messageName} to the case's running called process {@code calledKey}, and keeps
     * {@code variables} on the case too; 409 with {@code notRunning} when that process is not running.
     */
    public void correlateToCalled(String caseNumber, String calledKey, String messageName,
            Map<String, Object> variables, String notRunning) {
        WithoutAuthorizationCheck.run(engine, () -> {
            ProcessInstance theCase = find(caseNumber);
            ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(theCase.getId())
                    .processDefinitionKey(calledKey).active().singleResult();
            if (called == null) {
                throw ApiException.conflict(notRunning);
            }
            deliver(called.getId(), messageName, variables, notRunning);
            runtime.setVariables(theCase.getId(), variables);
        });
    }
}

package se.krimflow.cases;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import se.krimflow.forms.InvalidValues;
import se.krimflow.system.ApiException;

/**
 * Registers a police notification from the intake API: starts {@code YouthCrimeCase} with the body
 * as one transient variable, so that its start listener ({@link RegisterPoliceNotification}) makes
 * the one check, the duplicate check and the case number, and answers its refusal as 400 or 409.
 * Starts are serialised in this application so two identical requests cannot both pass the
 * duplicate check.
 */
@Service
class CaseIntake {

    record Registered(String caseNumber, String processInstanceId) {
    }

    private final ProcessEngine engine;
    private final Object startLock = new Object();

    CaseIntake(ProcessEngine engine) {
        this.engine = engine;
    }

    Registered register(Map<String, Object> body) {
        synchronized (startLock) {
            ProcessInstance instance;
            try {
                instance = engine.getRuntimeService()
                        .createProcessInstanceByKey(YouthCrimeCase.KEY)
                        .setVariable(YouthCrimeCase.VAR_NOTIFICATION_REQUEST, Variables.untypedValue(body, true))
                        .execute();
            } catch (DuplicateCase e) {
                throw ApiException.conflict(DuplicateCase.MESSAGE);
            } catch (InvalidValues e) {
                throw ApiException.invalid(e.byField());
            }
            return new Registered(instance.getBusinessKey(), instance.getId());
        }
    }
}

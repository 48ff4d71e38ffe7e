package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.system.ApiException;
import se.krimflow.forms.InvalidValues;

/**
 * {@code POST /api/deviations}: any logged-in user reports a deviation. The process start listener
 * checks the report ({@link DeviationIntakeListener}) and records the reporter from the login, never
 * from a field.
 */
@RestController
class DeviationController {

    record DeviationRequest(String reporterType, Boolean riskForClient, Boolean concernsOtherOrganisation,
            String organisation, String category, String description) {
    }

    record DeviationCreated(String deviationNumber, String processInstanceId) {
    }

    private final RuntimeService runtime;

    DeviationController(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @PostMapping("/api/deviations")
    @ResponseStatus(HttpStatus.CREATED)
    DeviationCreated report(@RequestBody DeviationRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put(REPORTER_TYPE, request.reporterType());
        values.put(RISK_FOR_CLIENT, request.riskForClient());
        values.put(CONCERNS_OTHER_ORGANISATION, request.concernsOtherOrganisation());
        values.put(ORGANISATION, request.organisation());
        values.put(CATEGORY, request.category());
        values.put(DESCRIPTION, request.description());
        ProcessInstance instance;
        try {
            instance = start(values);
        } catch (InvalidValues e) {
            throw ApiException.invalid(e.byField());
        }
        return new DeviationCreated(instance.getBusinessKey(), instance.getId());
    }

    /** Two reports at the same instant may race for the same number: the loser tries again. */
    private ProcessInstance start(Map<String, Object> values) {
        for (int attempt = 1;; attempt++) {
            try {
                return runtime.startProcessInstanceByKey(KEY, values);
            } catch (OptimisticLockingException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}

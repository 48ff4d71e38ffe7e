package se.krimflow.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import se.krimflow.system.ApiException;
import se.krimflow.system.FieldProblem;

/**
 * Registers a police notification from the intake API: validates it, refuses a duplicate, takes
 * a case number and starts {@code YouthCrimeCase} with it as business key. Check and start are
 * serialised in this application so two identical requests cannot both pass the duplicate check.
 */
@Service
class CaseIntake {

    record Registered(String caseNumber, String processInstanceId) {
    }

    private final PoliceNotificationValidator validator = new PoliceNotificationValidator();
    private final ProcessEngine engine;
    private final CaseNumbers caseNumbers;
    private final Object startLock = new Object();

    CaseIntake(ProcessEngine engine, CaseNumbers caseNumbers) {
        this.engine = engine;
        this.caseNumbers = caseNumbers;
    }

    Registered register(Map<String, Object> body) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), PoliceNotification.ZONE);
        PoliceNotificationValidator.Result result = validator.validate(body, today);
        if (!result.isValid()) {
            List<FieldProblem> problems = result.problems().stream()
                    .map(p -> new FieldProblem(p.field(), p.message())).toList();
            throw ApiException.invalid(problems);
        }
        PoliceNotification notification = result.notification();
        synchronized (startLock) {
            if (DuplicateCases.openCaseExists(engine, notification.policeReference(),
                    notification.personnummer().digits())) {
                throw ApiException.conflict(
                        "Det finns redan ett öppet ärende med samma diarienummer hos polisen och personnummer.");
            }
            String caseNumber = caseNumbers.next(today.getYear());
            ProcessInstance instance = engine.getRuntimeService()
                    .createProcessInstanceByKey(YouthCrimeCase.KEY)
                    .businessKey(caseNumber)
                    .setVariables(notification.variables())
                    .setVariable(YouthCrimeCase.VAR_CASE_NUMBER, caseNumber)
                    .execute();
            return new Registered(caseNumber, instance.getId());
        }
    }
}

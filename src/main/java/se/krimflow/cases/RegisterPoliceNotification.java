package se.krimflow.cases;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.InvalidValues;

/**
 * The start listener of {@code YouthCrimeCase}, and the one check of every start: whether the case
 * came from {@code POST /api/cases} (its body in the transient {@link YouthCrimeCase#VAR_NOTIFICATION_REQUEST})
 * or from the Tasklist start form (the submitted variables), it checks the notification, refuses a
 * duplicate, gives the case a new number as business key (replacing any key the caller chose,
 * CONTRACT.md) and stores the normalised variables with
 * {@code ageAtInterrogation}, {@code notificationRegisteredAt} and the concern report's deadlines. A problem throws
 * {@link InvalidValues} ({@link DuplicateCase} for a duplicate): Tasklist shows it, the API answers
 * 400 or 409, and nothing is saved.
 */
class RegisterPoliceNotification implements ExecutionListener {

    private final PoliceNotificationValidator validator = new PoliceNotificationValidator();
    private final CaseNumbers caseNumbers;

    RegisterPoliceNotification(CaseNumbers caseNumbers) {
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        LocalDate today = LocalDate.ofInstant(now.toInstant(), EngineClock.ZONE);
        PoliceNotificationValidator.Result result = validator.validate(submitted(execution), today);
        if (!result.isValid()) {
            throw InvalidValues.of(result.problems(), PoliceNotificationValidator.LABELS);
        }
        PoliceNotification notification = result.notification();
        if (DuplicateCases.openCaseExists(execution.getProcessEngineServices(), notification.policeReference(),
                notification.personnummer().digits())) {
            throw new DuplicateCase();
        }
        // The case number is krimflow's alone: a business key the caller chose is never kept.
        String caseNumber = caseNumbers.next(today.getYear());
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariables(notification.variables());
        execution.setVariable(YouthCrimeCase.VAR_CASE_NUMBER, caseNumber);
        execution.setVariable(YouthCrimeCase.VAR_NOTIFICATION_REGISTERED_AT, now);
        execution.setVariable(YouthCrimeCase.VAR_PROTECTION_ASSESSMENT_DUE_AT, CaseLife.protectionAssessmentDueAt(now));
        execution.setVariable(YouthCrimeCase.VAR_PRE_ASSESSMENT_DUE_AT, CaseLife.preAssessmentDueAt(now));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> submitted(DelegateExecution execution) {
        Object request = execution.getVariable(YouthCrimeCase.VAR_NOTIFICATION_REQUEST);
        return request instanceof Map<?, ?> body ? (Map<String, ?>) body : execution.getVariables();
    }
}

package se.krimflow.cases;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.krimflow.forms.FormErrors;

/**
 * The start listener of {@code YouthCrimeCase}: whether the case came from {@code POST /api/cases}
 * or from the Tasklist start form, it checks the notification with the same validator, refuses a
 * duplicate, gives the case its number as business key (unless the API already did) and stores
 * the normalised variables with {@code ageAtInterrogation} and {@code notificationRegisteredAt}.
 * A problem throws {@link FormFieldValidationException}: Tasklist shows it and nothing is saved.
 */
public class RegisterPoliceNotification implements ExecutionListener {

    private final PoliceNotificationValidator validator = new PoliceNotificationValidator();
    private final CaseNumbers caseNumbers;

    public RegisterPoliceNotification(CaseNumbers caseNumbers) {
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        LocalDate today = LocalDate.ofInstant(now.toInstant(), PoliceNotification.ZONE);
        PoliceNotificationValidator.Result result = validator.validate(execution.getVariables(), today);
        if (!result.isValid()) {
            FormErrors errors = new FormErrors();
            result.problems().forEach(p -> errors.add(PoliceNotificationValidator.LABELS.get(p.field()), p.message()));
            throw new FormFieldValidationException(errors.problems(), errors.summary());
        }
        PoliceNotification notification = result.notification();
        if (DuplicateCases.openCaseExists(execution.getProcessEngineServices(), notification.policeReference(),
                notification.personnummer().digits())) {
            FormErrors errors = new FormErrors();
            errors.add(PoliceNotificationValidator.LABELS.get(YouthCrimeCase.VAR_POLICE_REFERENCE),
                    "Det finns redan ett öppet ärende med samma diarienummer och personnummer.");
            throw new FormFieldValidationException(errors.problems(), errors.summary());
        }
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null || caseNumber.isBlank()) {
            caseNumber = caseNumbers.next(today.getYear());
            execution.setProcessBusinessKey(caseNumber);
        }
        execution.setVariables(notification.variables());
        execution.setVariable(YouthCrimeCase.VAR_CASE_NUMBER, caseNumber);
        execution.setVariable(YouthCrimeCase.VAR_NOTIFICATION_REGISTERED_AT, now);
    }
}

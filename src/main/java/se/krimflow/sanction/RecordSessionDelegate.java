package se.krimflow.sanction;

import static se.krimflow.sanction.SanctionFollowUp.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.krimflow.forms.FormValues;

/**
 * Books one registration of the form {@code RegisterYouthServiceSession} on the youth-service
 * account, and clears the form's fields so the next registration starts empty.
 */
@Component("recordYouthServiceSessionDelegate")
class RecordSessionDelegate implements JavaDelegate {

    private final YouthServiceLedger ledger = new YouthServiceLedger();

    @Override
    public void execute(DelegateExecution execution) {
        YouthServiceLedger.Registration registration = new YouthServiceLedger.Registration(
                (String) execution.getVariable(VAR_REGISTRATION_TYPE),
                ATTENDANCE_PRESENT.equals(execution.getVariable(VAR_ATTENDANCE)),
                FormValues.intValue(execution.getVariable(VAR_SESSION_HOURS), 0),
                FormValues.isTrue(execution.getVariable(VAR_ABSENCE_EXCUSED)),
                FormValues.isTrue(execution.getVariable(VAR_REFUSES_TO_CONTINUE)),
                FormValues.isTrue(execution.getVariable(VAR_NEW_OFFENCE_SUSPECTED)));
        YouthServiceLedger.Account account = ledger.record(
                FormValues.intValue(execution.getVariable(VAR_YOUTH_SERVICE_HOURS), 0),
                FormValues.intValue(execution.getVariable(VAR_HOURS_DONE), 0),
                FormValues.intValue(execution.getVariable(VAR_UNEXCUSED_ABSENCES), 0),
                registration);
        execution.setVariable(VAR_HOURS_DONE, account.hoursDone());
        execution.setVariable(VAR_HOURS_REMAINING, account.hoursRemaining());
        execution.setVariable(VAR_UNEXCUSED_ABSENCES, account.unexcusedAbsences());
        execution.setVariable(VAR_REFUSES_TO_CONTINUE, account.refusesToContinue());
        execution.setVariable(VAR_NEW_OFFENCE_SUSPECTED, account.newOffenceSuspected());
        execution.setVariable(VAR_SERVICE_CHECK_NEEDED, account.nonComplianceCheck());
        execution.setVariable(VAR_SERVICE_MOVED, account.moved());
        for (String field : new String[] { VAR_REGISTRATION_TYPE, VAR_SESSION_DATE, VAR_SESSION_HOURS,
                VAR_ATTENDANCE, VAR_ABSENCE_REASON, VAR_ABSENCE_EXCUSED, VAR_EVENT_NOTE }) {
            execution.removeVariable(field);
        }
    }
}

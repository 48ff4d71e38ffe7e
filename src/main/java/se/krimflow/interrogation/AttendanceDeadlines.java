package se.krimflow.interrogation;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of {@code InterrogationAttendance}: computes the deadlines of CONTRACT.md into
 * variables the model's timer and due dates read: the attendance escalates when still unclaimed
 * two hours before the interrogation.
 */
class AttendanceDeadlines implements ExecutionListener {

    static final Duration ESCALATE_BEFORE_INTERROGATION = Duration.ofHours(2);

    static Date escalationAt(Date interrogationAt) {
        return Date.from(interrogationAt.toInstant().minus(ESCALATE_BEFORE_INTERROGATION));
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date interrogationAt = (Date) execution.getVariable(InterrogationAttendance.VAR_INTERROGATION_AT);
        if (interrogationAt != null) {
            execution.setVariable(InterrogationAttendance.VAR_ESCALATION_AT, escalationAt(interrogationAt));
        }
        execution.setVariable(InterrogationAttendance.VAR_ATTENDANCE_ASSIGNEE, null);
        execution.setVariable(InterrogationAttendance.VAR_ATTENDED, false);
        execution.setVariable(InterrogationAttendance.VAR_CONFESSED, false);
        execution.setVariable(InterrogationAttendance.VAR_SENSITIVE_OFFENCE, false);
    }
}

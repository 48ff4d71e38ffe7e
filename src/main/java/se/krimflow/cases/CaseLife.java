package se.krimflow.cases;

import static se.krimflow.cases.YouthCrimeCase.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FormValues;

/**
 * When a case ends by itself (CONTRACT.md, "The case's life"): the prosecutor's decision other than
 * {@code ATAL}, and the end of the last sanction follow-up (a sanction of type {@code ANNAN} needs
 * none, so it ends at once), ask for the end with an outcome ({@link YouthCrimeCase#VAR_CLOSING_OUTCOME});
 * the event subprocess "Ärendet avslutas" then ends the case as soon as no mediation runs. The
 * first outcome asked for is the one kept. Also the concern report's deadlines and the record of the
 * pre-assessment. Called from YouthCrimeCase.bpmn and its start listener.
 */
@Component(BEAN_CASE_LIFE)
public class CaseLife {

    static final int PRE_ASSESSMENT_DAYS = 14;
    static final int INVESTIGATION_MONTHS = 4;

    /** The protection assessment is due the same day: the end of the day of registration in Sweden. */
    static Date protectionAssessmentDueAt(Date registered) {
        ZonedDateTime day = registered.toInstant().atZone(EngineClock.ZONE);
        return Date.from(day.toLocalDate().atTime(LocalTime.of(23, 59)).atZone(EngineClock.ZONE).toInstant());
    }

    /** The pre-assessment is due 14 days after the notification was registered. */
    static Date preAssessmentDueAt(Date registered) {
        return Date.from(registered.toInstant().atZone(EngineClock.ZONE).plusDays(PRE_ASSESSMENT_DAYS).toInstant());
    }

    static final int SIX_WEEKS = 6;

    static Date startOfDay(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
    }

    /** LUL 4 §: six weeks from the day the youth was told of the suspicion, to the end of that day. */
    public static Date sixWeekLimit(LocalDate notifiedOn) {
        return notifiedOn == null ? null
                : Date.from(notifiedOn.plusWeeks(SIX_WEEKS).atTime(LocalTime.of(23, 59)).atZone(EngineClock.ZONE).toInstant());
    }

    /** The day of a date on the case as the statement's forms take it ("2026-12-01"), or null. */
    public String isoDay(Object date) {
        LocalDate day = FormValues.date(date);
        return day == null ? null : day.toString();
    }

    /**
     * End listener of the attendance: its confession and its day of the suspicion are merged into the
     * case's (never overwriting what the case already knows), and the six-week date follows.
     */
    public void attendanceEnded(DelegateExecution execution) {
        DelegateExecution theCase = execution.getProcessInstance();
        // A confession registered on the case while the attendance ran stays: the answers are merged.
        theCase.setVariable(VAR_CONFESSED, FormValues.isTrue(theCase.getVariable(VAR_CONFESSED))
                || FormValues.isTrue(theCase.getVariable(VAR_INTERROGATION_CONFESSED)));
        // The day documented at the interrogation, else the one the case had.
        LocalDate notifiedOn = FormValues.date(theCase.getVariable(VAR_INTERROGATION_SUSPICION_NOTIFIED_AT));
        if (notifiedOn == null) {
            notifiedOn = FormValues.date(theCase.getVariable(VAR_SUSPICION_NOTIFIED_AT));
        }
        theCase.setVariable(VAR_SUSPICION_NOTIFIED_AT, startOfDay(notifiedOn));
        theCase.setVariable(VAR_SIX_WEEK_LIMIT_AT, sixWeekLimit(notifiedOn));
    }

    /**
     * Complete listener of the pre-assessment: who decided, an opened investigation's four months, and
     * a confession registered there (which leads to the mediation offer when none was made).
     */
    public void preAssessed(DelegateTask task) {
        String decidedBy = task.getAssignee();
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            decidedBy = user.getUserId();
        }
        DelegateExecution execution = task.getExecution();
        execution.getProcessInstance().setVariable(VAR_PRE_ASSESSMENT_DECIDED_BY, decidedBy);
        if (FormValues.isTrue(task.getVariable(VAR_CONFESSION_REGISTERED))) {
            execution.getProcessInstance().setVariable(VAR_CONFESSED, true);
        }
        if (PRE_ASSESSMENT_OPEN.equals(task.getVariable(VAR_PRE_ASSESSMENT_DECISION))) {
            openInvestigation(execution, OPENED_BY_PRE_ASSESSMENT);
        }
    }

    /**
     * A statement request opens an investigation when none is open (the municipality's routine); an
     * open pre-assessment is then prefilled with that decision.
     */
    public void statementRequested(DelegateExecution execution) {
        if (openInvestigation(execution, OPENED_BY_STATEMENT_REQUEST)
                && !FormValues.isTrue(execution.getVariable(VAR_HAS_CASEWORKER))
                && execution.getVariable(VAR_PRE_ASSESSMENT_DECISION) == null) {
            execution.getProcessInstance().setVariable(VAR_PRE_ASSESSMENT_DECISION, PRE_ASSESSMENT_OPEN);
        }
    }

    /** Opens the investigation with its four months, unless one is open; whether it opened one now. */
    private static boolean openInvestigation(DelegateExecution execution, String openedBy) {
        if (execution.getVariable(VAR_INVESTIGATION_OPENED_AT) != null) {
            return false;
        }
        Date now = ClockUtil.getCurrentTime();
        execution.getProcessInstance().setVariable(VAR_INVESTIGATION_OPENED_AT, now);
        execution.getProcessInstance().setVariable(VAR_INVESTIGATION_DUE_AT, Date.from(
                now.toInstant().atZone(EngineClock.ZONE).plusMonths(INVESTIGATION_MONTHS).toInstant()));
        execution.getProcessInstance().setVariable(VAR_INVESTIGATION_OPENED_BY, openedBy);
        return true;
    }

    /** End of the prosecutor's decision other than ATAL (the model's gateway decides): asks for the end. */
    public void prosecutionEndsCase(DelegateExecution execution) {
        askForEnd(execution, OUTCOME_PREFIX_PROSECUTION + execution.getVariable(VAR_PROSECUTION_DECISION));
    }

    /** Start of a sanction follow-up: one more runs. */
    public void sanctionFollowUpStarted(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING, running(execution) + 1);
    }

    /** End of a sanction follow-up: the last one to end asks for the end. */
    public void sanctionFollowedUp(DelegateExecution execution) {
        int running = Math.max(0, running(execution) - 1);
        execution.getProcessInstance().setVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING, running);
        if (running == 0) {
            askForEnd(execution, OUTCOME_SANCTION_FOLLOWED_UP);
        }
    }

    private static int running(DelegateExecution execution) {
        return FormValues.intValue(execution.getVariable(VAR_SANCTION_FOLLOW_UPS_RUNNING), 0);
    }

    /** Start listener of the end: the case's outcome is the one asked for. */
    public void endedByItself(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(VAR_CASE_OUTCOME, execution.getVariable(VAR_CLOSING_OUTCOME));
    }

    private static void askForEnd(DelegateExecution execution, String outcome) {
        if (execution.getVariable(VAR_CLOSING_OUTCOME) == null) {
            execution.getProcessInstance().setVariable(VAR_CLOSING_OUTCOME, outcome);
        }
    }
}

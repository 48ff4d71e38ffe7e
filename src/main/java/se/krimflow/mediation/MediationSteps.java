package se.krimflow.mediation;

import static se.krimflow.mediation.MediationOffer.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FormValues;

/**
 * Small steps of the mediation models, called from expressions: the follow-up dates of the waits
 * (a day entered in a form becomes the start of that working day in Sweden), the counters that
 * bound the waits, and the record of a withdrawal.
 */
@Component(BEAN_STEPS)
public class MediationSteps {

    /** A wait ends at 08:00 Europe/Stockholm on the day entered. */
    static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);

    /** The moment a wait for {@code day} ("2026-12-01" or a Date) ends; now when the day is missing. */
    public Date followUpAt(Object day) {
        LocalDate date = FormValues.date(day);
        return date == null ? ClockUtil.getCurrentTime()
                : Date.from(date.atTime(FOLLOW_UP_TIME).atZone(EngineClock.ZONE).toInstant());
    }

    /** The start of {@code day} in Sweden, or null. */
    public Date startOfDay(Object day) {
        LocalDate date = FormValues.date(day);
        return date == null ? null : Date.from(date.atStartOfDay(EngineClock.ZONE).toInstant());
    }

    /** Adds one to the counter {@code name} (missing counts as 0). */
    public void countUp(DelegateExecution execution, String name) {
        execution.setVariable(name, FormValues.intValue(execution.getVariable(name), 0) + 1);
    }

    /** A party withdrew: the outcome, and when (kept if the withdrawal message brought it). */
    public void withdrawn(DelegateExecution execution) {
        execution.setVariable(VAR_MEDIATION_OUTCOME, OUTCOME_WITHDRAWN);
        execution.setVariable(VAR_WITHDRAWN, true);
        if (execution.getVariable(VAR_WITHDRAWN_AT) == null) {
            execution.setVariable(VAR_WITHDRAWN_AT, ClockUtil.getCurrentTime());
        }
    }
}

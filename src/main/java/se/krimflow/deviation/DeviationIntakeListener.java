package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.InvalidValues;

/**
 * Start of {@code DeviationHandling}, whichever way it was started (the intake API, the Tasklist
 * start form, the engine REST API): the one validation of the report, records the reporter from the login
 * (never from the submitted values), the report time, and gives the deviation a new number as the
 * business key (replacing any key the caller chose, CONTRACT.md).
 */
@Component("deviationIntake")
class DeviationIntakeListener implements ExecutionListener {

    private final DeviationReportValidator validator = new DeviationReportValidator();

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> values = execution.getVariables();
        List<FieldProblem> problems = validator.validate(values);
        if (!problems.isEmpty()) {
            throw InvalidValues.of(problems, DeviationReportValidator.LABELS);
        }
        String reporter = reporter(execution);
        if (reporter == null) {
            throw new IllegalStateException("A deviation is reported by a logged-in user");
        }
        execution.setVariable(REPORTER_ID, reporter);

        Date now = ClockUtil.getCurrentTime();
        ZonedDateTime reported = now.toInstant().atZone(EngineClock.ZONE);
        execution.setVariable(REPORTED_AT, now);
        execution.setVariable(REPORT_YEAR, reported.getYear());
        execution.setVariable(FEEDBACK_DUE_AT, Date.from(reported.plusDays(FEEDBACK_DAYS).toInstant()));
        execution.setVariable(REPORTED_CATEGORY, values.get(CATEGORY));
        execution.setVariable(DESCRIPTION, ((String) values.get(DESCRIPTION)).strip());
        Object organisation = values.get(ORGANISATION);
        boolean named = organisation instanceof String o && !o.isBlank();
        execution.setVariable(ORGANISATION,
                named && DeviationReportValidator.needsOrganisation(values) ? ((String) organisation).strip() : null);

        // The deviation number is krimflow's alone: a business key the caller chose is never kept.
        String number = DeviationNumbers.next(reported.getYear());
        execution.setProcessBusinessKey(number);
        execution.setVariable(DEVIATION_NUMBER, number);
    }

    /** The logged-in user: the engine's current authentication, or the start form's initiator. */
    private static String reporter(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return null;
    }
}

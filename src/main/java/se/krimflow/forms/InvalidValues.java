package se.krimflow.forms;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Values that were refused, whichever way they came: Tasklist shows the summary under the form's
 * labels, and an API that started the process answers 400 with {@link #byField()}, the problems
 * under the request's JSON field names. The engine rolls the transaction back, so nothing is saved.
 */
public class InvalidValues extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> byField;

    public InvalidValues(List<FieldProblem> byField, FormErrors labelled) {
        super(labelled.problems(), labelled.summary());
        this.byField = List.copyOf(byField);
    }

    /** The problems of a request under its JSON field names, shown in Tasklist under {@code labels}. */
    public static InvalidValues of(List<FieldProblem> byField, Map<String, String> labels) {
        return new InvalidValues(byField, FormErrors.labelled(byField, labels));
    }

    /** Problems that have no request behind them (a Tasklist form): the labels stand for the fields. */
    public static InvalidValues of(FormErrors labelled) {
        return new InvalidValues(labelled.problems(), labelled);
    }

    public List<FieldProblem> byField() {
        return byField;
    }
}

package se.krimflow.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.krimflow.deadline.EngineClock;

/**
 * The problems found in one form submission, each under the label the form shows; messages are
 * Swedish and free of personal data. The checks every form rule shares live here, so that each
 * has one wording.
 */
public final class FormErrors {

    public static final String ANSWER_YES_OR_NO = "Ange ja eller nej.";
    public static final String INVALID_DATE = "Ange ett giltigt datum.";
    public static final String DATE_IN_FUTURE = "Datumet får inte ligga i framtiden.";

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The problems of a request (JSON field → message) under the labels of its form. */
    public static FormErrors labelled(List<FieldProblem> byField, Map<String, String> labels) {
        FormErrors errors = new FormErrors();
        byField.forEach(p -> errors.add(labels.getOrDefault(p.field(), p.field()), p.message()));
        return errors;
    }

    public void add(String label, String message) {
        problems.add(new FieldProblem(label, message));
    }

    /** A checkbox that steers the process is answered, true or false, never missing. */
    public void requireBoolean(Map<String, Object> values, String key, String label) {
        if (!(values.get(key) instanceof Boolean)) {
            add(label, ANSWER_YES_OR_NO);
        }
    }

    /** A text that must be there. */
    public void requireText(Map<String, Object> values, String key, String label, String message) {
        requireTextWhen(true, values, key, label, message);
    }

    /** A text that must be there when {@code required} holds. */
    public void requireTextWhen(boolean required, Map<String, Object> values, String key, String label,
            String message) {
        if (required && FormValues.blank(values.get(key))) {
            add(label, message);
        }
    }

    /** A date, when given, is a date and not after today on the engine's clock in Sweden. */
    public void notInFuture(Map<String, Object> values, String key, String label) {
        Object value = values.get(key);
        if (FormValues.blank(value)) {
            return;
        }
        LocalDate day = FormValues.date(value);
        if (day == null) {
            add(label, INVALID_DATE);
        } else if (day.isAfter(EngineClock.today())) {
            add(label, DATE_IN_FUTURE);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** One line for Tasklist, e.g. "Orsak: Ange varför ingen närvarade. Ålder: ...". */
    public String summary() {
        StringBuilder text = new StringBuilder("Formuläret sparades inte. ");
        for (FieldProblem p : problems) {
            text.append(p.field()).append(": ").append(p.message()).append(' ');
        }
        return text.toString().trim();
    }
}

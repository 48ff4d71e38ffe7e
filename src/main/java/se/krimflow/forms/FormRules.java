package se.krimflow.forms;

import java.util.Map;

/**
 * Server-side checks of one Camunda Form beyond what its schema declares (cross-field rules,
 * dates, personnummer). An implementation is a stateless {@link FormRule} bean beside its process;
 * it reads values with {@link FormValues} and reports with {@link FormErrors}.
 */
public interface FormRules {

    /** The form's id (the {@code id} in the .form file, which is also its file name). */
    String formId();

    /** Adds a Swedish message to {@code errors} for every value that is wrong. */
    void check(Map<String, Object> values, FormErrors errors);
}

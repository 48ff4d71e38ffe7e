package se.krimflow.forms;

import java.util.Map;

/**
 * Server-side checks of one Camunda Form beyond what its schema declares (cross-field rules,
 * personnummer, dates). Register an implementation in
 * {@code META-INF/services/se.krimflow.forms.FormRules}; it must be stateless.
 */
public interface FormRules {

    /** The form's id (the {@code id} in the .form file, which is also its file name). */
    String formId();

    /** Adds a Swedish message to {@code errors} for every value that is wrong. */
    void check(Map<String, Object> values, FormErrors errors);
}

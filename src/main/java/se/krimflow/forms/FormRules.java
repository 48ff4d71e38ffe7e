package se.krimflow.forms;

import java.util.Map;
import java.util.Set;

/**
 * The checks of one feature's Camunda Forms beyond what their schemas declare (cross-field rules,
 * dates, personnummer): one stateless {@link FormRule} bean per feature, package-private beside its
 * process, naming each form by its backing class's {@code FORM_} constant. Checks read values with
 * {@link FormValues} and report with {@link FormErrors}.
 */
public interface FormRules {

    /** Form id (the {@code id} in the .form file, also its file name) → its check. */
    Map<String, FormCheck> checks();

    /**
     * Form id → the variables of the process (not fields of that form) that its check reads on
     * purpose, e.g. the hours already done. Every other key a check reads must be a field of its form;
     * a test runs each check and holds it to that, so a renamed or misspelt field does not pass unseen.
     */
    default Map<String, Set<String>> processVariablesRead() {
        return Map.of();
    }
}

package se.krimflow.forms;

import java.util.Map;

/**
 * The checks of one feature's Camunda Forms beyond what their schemas declare (cross-field rules,
 * dates, personnummer): one stateless {@link FormRule} bean per feature, package-private beside its
 * process, naming each form by its backing class's {@code FORM_} constant. Checks read values with
 * {@link FormValues} and report with {@link FormErrors}.
 */
public interface FormRules {

    /** Form id (the {@code id} in the .form file, also its file name) → its check. */
    Map<String, FormCheck> checks();
}

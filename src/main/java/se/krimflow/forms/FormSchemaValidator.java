package se.krimflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks submitted values against a Camunda Form's own schema (required, min/max, length,
 * pattern, the options of selects and radios, dates) and then against the {@link FormRules}
 * of that form. Camunda Forms validate only in the browser; this is the server side.
 * Pure Java: no engine, no Spring.
 */
final class FormSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FormCheck> checks = new HashMap<>();

    /** @throws IllegalStateException when two rule beans check the same form */
    FormSchemaValidator(List<FormRules> rules) {
        for (FormRules feature : rules) {
            feature.checks().forEach((formId, check) -> {
                if (checks.putIfAbsent(formId, check) != null) {
                    throw new IllegalStateException("Two form rules check the form " + formId);
                }
            });
        }
    }

    FormErrors validate(InputStream schema, Map<String, Object> values) {
        try {
            return validate(JSON.readTree(schema), values);
        } catch (IOException e) {
            throw new IllegalStateException("The deployed form is not valid JSON", e);
        }
    }

    FormErrors validate(JsonNode schema, Map<String, Object> values) {
        FormErrors errors = new FormErrors();
        checkComponents(schema.path("components"), values, errors);
        FormCheck check = checks.get(schema.path("id").asText());
        if (check != null) {
            check.check(values, errors);
        }
        return errors;
    }

    private void checkComponents(JsonNode components, Map<String, Object> values, FormErrors errors) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                checkComponents(c.get("components"), values, errors);
            }
            String key = c.path("key").asText(null);
            if (key == null || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
                continue;
            }
            // a date field has its label in dateLabel
            String label = c.path("label").asText(c.path("dateLabel").asText(key));
            Object value = values.get(key);
            JsonNode validate = c.path("validate");
            boolean conditional = c.has("conditional");
            boolean empty = value == null || (value instanceof String s && s.isBlank());
            if (empty) {
                if (validate.path("required").asBoolean(false) && !conditional) {
                    errors.add(label, "Uppgiften måste fyllas i.");
                }
                continue;
            }
            checkValue(c, label, value, validate, errors);
        }
    }

    private void checkValue(JsonNode c, String label, Object value, JsonNode validate, FormErrors errors) {
        String type = c.path("type").asText();
        switch (type) {
            case "number" -> {
                if (!(value instanceof Number number)) {
                    errors.add(label, "Ange ett tal.");
                    return;
                }
                if (validate.has("min") && number.doubleValue() < validate.get("min").asDouble()) {
                    errors.add(label, "Talet får inte vara mindre än " + validate.get("min").asText() + ".");
                }
                if (validate.has("max") && number.doubleValue() > validate.get("max").asDouble()) {
                    errors.add(label, "Talet får inte vara större än " + validate.get("max").asText() + ".");
                }
            }
            case "checkbox" -> {
                if (!(value instanceof Boolean)) {
                    errors.add(label, FormErrors.ANSWER_YES_OR_NO);
                }
            }
            case "select", "radio" -> {
                if (c.has("values")) {
                    boolean known = false;
                    for (JsonNode option : c.get("values")) {
                        if (option.path("value").asText().equals(String.valueOf(value))) {
                            known = true;
                        }
                    }
                    if (!known) {
                        errors.add(label, "Välj ett av alternativen.");
                    }
                }
            }
            case "checklist", "taglist" -> {
                // Lists of option values; the options are checked by the form's own rules if needed.
            }
            case "datetime" -> {
                if (FormValues.date(value) == null) {
                    errors.add(label, FormErrors.INVALID_DATE);
                }
            }
            default -> checkText(label, value, validate, errors);
        }
    }

    private void checkText(String label, Object value, JsonNode validate, FormErrors errors) {
        String text = String.valueOf(value);
        if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
            errors.add(label, "Skriv minst " + validate.get("minLength").asInt() + " tecken.");
        }
        if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
            errors.add(label, "Skriv högst " + validate.get("maxLength").asInt() + " tecken.");
        }
        if (validate.has("pattern")) {
            try {
                if (!Pattern.compile(validate.get("pattern").asText()).matcher(text).matches()) {
                    errors.add(label, "Värdet har fel format.");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("The form's pattern for " + label + " is not a valid expression", e);
            }
        }
    }
}

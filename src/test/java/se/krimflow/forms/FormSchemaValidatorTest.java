package se.krimflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server-side check of a Camunda Form's own schema, on schemas built here: each kind of
 * component, the components that are skipped, nested components, and the form's own rules.
 */
class FormSchemaValidatorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUIRED = "Uppgiften måste fyllas i.";

    final FormSchemaValidator validator = new FormSchemaValidator(List.of());

    // --- schemas --------------------------------------------------------------------------------

    static ObjectNode schema(String id, JsonNode... components) {
        ObjectNode schema = JSON.createObjectNode().put("id", id).put("type", "default");
        ArrayNode list = schema.putArray("components");
        for (JsonNode c : components) {
            list.add(c);
        }
        return schema;
    }

    static ObjectNode schema(JsonNode... components) {
        return schema("TestForm", components);
    }

    static ObjectNode component(String type, String key, String label) {
        return JSON.createObjectNode().put("type", type).put("key", key).put("label", label);
    }

    static ObjectNode withOptions(ObjectNode component, String... values) {
        ArrayNode options = component.putArray("values");
        for (String v : values) {
            options.addObject().put("label", v.toUpperCase()).put("value", v);
        }
        return component;
    }

    static ObjectNode required(ObjectNode component) {
        validate(component).put("required", true);
        return component;
    }

    static ObjectNode validate(ObjectNode component) {
        return component.has("validate") ? (ObjectNode) component.get("validate") : component.putObject("validate");
    }

    static Map<String, Object> values(Object... keyValues) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((String) keyValues[i], keyValues[i + 1]);
        }
        return v;
    }

    List<FieldProblem> problems(JsonNode schema, Map<String, Object> values) {
        return validator.validate(schema, values).problems();
    }

    static FieldProblem problem(String label, String message) {
        return new FieldProblem(label, message);
    }

    // --- required -------------------------------------------------------------------------------

    @Test
    void aRequiredFieldMissingBlankOrNullIsNamedByItsLabel() {
        JsonNode schema = schema(required(component("textfield", "note", "Anteckning")));

        assertThat(problems(schema, values())).containsExactly(problem("Anteckning", REQUIRED));
        assertThat(problems(schema, values("note", "  "))).containsExactly(problem("Anteckning", REQUIRED));
        assertThat(problems(schema, values("note", null))).containsExactly(problem("Anteckning", REQUIRED));
        assertThat(problems(schema, values("note", "Något"))).isEmpty();
    }

    @Test
    void aComponentWithoutALabelIsNamedByItsKey() {
        JsonNode schema = schema(required(JSON.createObjectNode().put("type", "textfield").put("key", "note")));

        assertThat(problems(schema, values())).containsExactly(problem("note", REQUIRED));
    }

    @Test
    void aRequiredFieldThatIsShownOnlyUnderAConditionMayBeMissing() {
        ObjectNode reason = required(component("textfield", "reason", "Orsak"));
        reason.putObject("conditional").put("hide", "=attended");

        assertThat(problems(schema(reason), values())).isEmpty();
        assertThat(problems(schema(reason), values("reason", ""))).isEmpty();
    }

    @Test
    void anOptionalFieldMayBeMissingAndAnEmptyValueIsNotCheckedFurther() {
        ObjectNode age = component("number", "age", "Ålder");
        validate(age).put("min", 10);

        assertThat(problems(schema(age), values())).isEmpty();
        assertThat(problems(schema(age), values("age", ""))).isEmpty();
    }

    // --- number ---------------------------------------------------------------------------------

    @Test
    void aNumberIsWithinMinAndMax() {
        ObjectNode hours = component("number", "hours", "Timmar");
        validate(hours).put("min", 1).put("max", 150);
        JsonNode schema = schema(hours);

        assertThat(problems(schema, values("hours", 0)))
                .containsExactly(problem("Timmar", "Talet får inte vara mindre än 1."));
        assertThat(problems(schema, values("hours", 151)))
                .containsExactly(problem("Timmar", "Talet får inte vara större än 150."));
        assertThat(problems(schema, values("hours", 150.5)))
                .containsExactly(problem("Timmar", "Talet får inte vara större än 150."));
        assertThat(problems(schema, values("hours", 1))).isEmpty();
        assertThat(problems(schema, values("hours", 150L))).isEmpty();
        assertThat(problems(schema, values("hours", 42.5))).isEmpty();
    }

    @Test
    void aNumberFieldRefusesWhatIsNotANumber() {
        ObjectNode hours = component("number", "hours", "Timmar");
        validate(hours).put("min", 1);

        assertThat(problems(schema(hours), values("hours", "12"))).containsExactly(problem("Timmar", "Ange ett tal."));
        assertThat(problems(schema(hours), values("hours", true))).containsExactly(problem("Timmar", "Ange ett tal."));
    }

    // --- checkbox, select, radio, datetime ------------------------------------------------------

    @Test
    void aCheckboxIsTrueOrFalse() {
        JsonNode schema = schema(component("checkbox", "informed", "Informerad"));

        assertThat(problems(schema, values("informed", "ja"))).containsExactly(problem("Informerad", "Ange ja eller nej."));
        assertThat(problems(schema, values("informed", 1))).containsExactly(problem("Informerad", "Ange ja eller nej."));
        assertThat(problems(schema, values("informed", true))).isEmpty();
        assertThat(problems(schema, values("informed", false))).isEmpty();
    }

    @Test
    void aSelectOrRadioValueIsOneOfTheOptions() {
        for (String type : List.of("select", "radio")) {
            JsonNode schema = schema(withOptions(component(type, "answer", "Svar"), "JA", "NEJ"));

            assertThat(problems(schema, values("answer", "KANSKE"))).as(type)
                    .containsExactly(problem("Svar", "Välj ett av alternativen."));
            assertThat(problems(schema, values("answer", "ja"))).as(type + ", options are case-sensitive")
                    .containsExactly(problem("Svar", "Välj ett av alternativen."));
            assertThat(problems(schema, values("answer", "JA"))).as(type).isEmpty();
            assertThat(problems(schema, values("answer", "NEJ"))).as(type).isEmpty();
        }
    }

    @Test
    void aSelectWithNumberOptionsMatchesTheValueAsText() {
        JsonNode schema = schema(withOptions(component("select", "count", "Antal"), "1", "2"));

        assertThat(problems(schema, values("count", 2))).isEmpty();
        assertThat(problems(schema, values("count", 3))).containsExactly(problem("Antal", "Välj ett av alternativen."));
    }

    @Test
    void aDatetimeIsAValidDateOrDateTimeWithOffset() {
        JsonNode schema = schema(component("datetime", "meetingAt", "Mötet"));

        assertThat(problems(schema, values("meetingAt", "i morgon")))
                .containsExactly(problem("Mötet", "Ange ett giltigt datum."));
        assertThat(problems(schema, values("meetingAt", "2026-02-30")))
                .containsExactly(problem("Mötet", "Ange ett giltigt datum."));
        assertThat(problems(schema, values("meetingAt", 20261201)))
                .containsExactly(problem("Mötet", "Ange ett giltigt datum."));
        assertThat(problems(schema, values("meetingAt", "2026-12-01"))).isEmpty();
        assertThat(problems(schema, values("meetingAt", "2026-12-01T10:00:00+01:00"))).isEmpty();
        assertThat(problems(schema, values("meetingAt", new Date()))).isEmpty();
    }

    // --- text -----------------------------------------------------------------------------------

    @Test
    void aTextHasAtLeastMinLengthAndAtMostMaxLength() {
        ObjectNode note = component("textarea", "note", "Anteckning");
        validate(note).put("minLength", 3).put("maxLength", 5);
        JsonNode schema = schema(note);

        assertThat(problems(schema, values("note", "ab"))).containsExactly(problem("Anteckning", "Skriv minst 3 tecken."));
        assertThat(problems(schema, values("note", "abcdef")))
                .containsExactly(problem("Anteckning", "Skriv högst 5 tecken."));
        assertThat(problems(schema, values("note", "abc"))).isEmpty();
        assertThat(problems(schema, values("note", "abcde"))).isEmpty();
    }

    @Test
    void aTextMatchesItsPatternAsAWhole() {
        ObjectNode reference = component("textfield", "reference", "Diarienummer");
        validate(reference).put("pattern", "\\d{4}-K\\d+");
        JsonNode schema = schema(reference);

        assertThat(problems(schema, values("reference", "5000-K12x")))
                .containsExactly(problem("Diarienummer", "Värdet har fel format."));
        assertThat(problems(schema, values("reference", "x5000-K12")))
                .containsExactly(problem("Diarienummer", "Värdet har fel format."));
        assertThat(problems(schema, values("reference", "5000-K12"))).isEmpty();
    }

    @Test
    void aTextBreakingSeveralRulesGetsEveryMessage() {
        ObjectNode reference = component("textfield", "reference", "Diarienummer");
        validate(reference).put("minLength", 4).put("pattern", "\\d+");

        assertThat(problems(schema(reference), values("reference", "ab"))).containsExactly(
                problem("Diarienummer", "Skriv minst 4 tecken."), problem("Diarienummer", "Värdet har fel format."));
    }

    // --- skipped and nested components ----------------------------------------------------------

    @Test
    void readonlyAndDisabledComponentsAreNotChecked() {
        ObjectNode readonly = required(component("number", "shown", "Visas"));
        readonly.put("readonly", true);
        validate(readonly).put("max", 1);
        ObjectNode disabled = required(component("checkbox", "locked", "Låst"));
        disabled.put("disabled", true);

        assertThat(problems(schema(readonly, disabled), values())).isEmpty();
        assertThat(problems(schema(readonly, disabled), values("shown", 99, "locked", "ja"))).isEmpty();
    }

    @Test
    void readonlyOrDisabledFalseIsChecked() {
        ObjectNode shown = required(component("textfield", "shown", "Visas"));
        shown.put("readonly", false).put("disabled", false);

        assertThat(problems(schema(shown), values())).containsExactly(problem("Visas", REQUIRED));
    }

    @Test
    void componentsWithoutAKeyAreNotChecked() {
        ObjectNode text = JSON.createObjectNode().put("type", "text").put("text", "# Rubrik");
        required(text);

        assertThat(problems(schema(text), values())).isEmpty();
    }

    @Test
    void componentsInsideGroupsAreCheckedAtAnyDepth() {
        ObjectNode inner = JSON.createObjectNode().put("type", "group").put("label", "Inre");
        inner.putArray("components").add(required(component("checkbox", "deep", "Djupt")));
        ObjectNode outer = JSON.createObjectNode().put("type", "group").put("label", "Yttre");
        outer.putArray("components").add(required(component("textfield", "name", "Namn"))).add(inner);

        assertThat(problems(schema(outer), values())).containsExactly(problem("Namn", REQUIRED),
                problem("Djupt", REQUIRED));
        assertThat(problems(schema(outer), values("name", "Vera", "deep", "ja")))
                .containsExactly(problem("Djupt", "Ange ja eller nej."));
        assertThat(problems(schema(outer), values("name", "Vera", "deep", true))).isEmpty();
    }

    @Test
    void everyBadFieldOfTheFormIsReportedInTheFormsOrder() {
        JsonNode schema = schema(required(component("textfield", "first", "Första")),
                component("checkbox", "second", "Andra"), required(component("number", "third", "Tredje")));

        assertThat(problems(schema, values("second", "nej"))).containsExactly(problem("Första", REQUIRED),
                problem("Andra", "Ange ja eller nej."), problem("Tredje", REQUIRED));
    }

    // --- the form's own rules -------------------------------------------------------------------

    /**
     * A check that always reports one problem. A lambda, not a nested class: FormRuleRegistrationTest
     * scans for every FormRules class and requires it to be a real rule bean.
     */
    static FormCheck always(String formId, String label) {
        return (values, errors) -> errors.add(label, "Regeln för " + formId + " slog till.");
    }

    @Test
    void theRulesOfTheSchemasIdAreAppliedAfterTheSchemaAndOthersAreNot() {
        FormRules feature = () -> Map.of("OtherForm", always("OtherForm", "Annat"), "TestForm",
                (values, errors) -> {
                    always("TestForm", "Egen").check(values, errors);
                    always("TestForm", "Egen igen").check(values, errors);
                });
        FormSchemaValidator withRules = new FormSchemaValidator(List.of(feature));
        JsonNode schema = schema("TestForm", required(component("textfield", "note", "Anteckning")));

        assertThat(withRules.validate(schema, values()).problems()).containsExactly(problem("Anteckning", REQUIRED),
                problem("Egen", "Regeln för TestForm slog till."), problem("Egen igen", "Regeln för TestForm slog till."));
        assertThat(withRules.validate(schema("OtherForm"), values()).problems())
                .containsExactly(problem("Annat", "Regeln för OtherForm slog till."));
        assertThat(withRules.validate(schema("ThirdForm"), values()).problems()).isEmpty();
    }

    @Test
    void theRulesSeeTheSubmittedValues() {
        FormRules noteMustNotSayNo = () -> Map.of("TestForm", (values, errors) -> {
            if ("nej".equals(values.get("note"))) {
                errors.add("Anteckning", "Inte nej.");
            }
        });
        FormSchemaValidator withRule = new FormSchemaValidator(List.of(noteMustNotSayNo));
        JsonNode schema = schema(component("textfield", "note", "Anteckning"));

        assertThat(withRule.validate(schema, values("note", "nej")).problems())
                .containsExactly(problem("Anteckning", "Inte nej."));
        assertThat(withRule.validate(schema, values("note", "ja")).isEmpty()).isTrue();
    }
}

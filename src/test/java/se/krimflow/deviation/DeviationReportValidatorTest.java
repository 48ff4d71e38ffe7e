package se.krimflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviationReportValidatorTest {

    final DeviationReportValidator validator = new DeviationReportValidator();

    /** The problems by JSON field, as {@code POST /api/deviations} answers them. */
    Map<String, String> problems(Map<String, Object> values) {
        Map<String, String> byField = new LinkedHashMap<>();
        validator.validate(values).forEach(p -> byField.put(p.field(), p.message()));
        return byField;
    }

    Map<String, Object> valid() {
        return DeviationDriver.report("PERSONAL", false, true, "Region Skåne", "KOMMUNIKATION");
    }

    @Test
    void aCompleteReportIsValid() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        Map<String, String> problems = problems(new HashMap<>());
        assertThat(problems).containsOnlyKeys("reporterType", "riskForClient", "concernsOtherOrganisation",
                "category", "description");
    }

    @Test
    void unknownCodesAreRefused() {
        Map<String, Object> values = valid();
        values.put("reporterType", "POLIS");
        values.put("category", "BRIST");
        assertThat(problems(values)).containsOnlyKeys("reporterType", "category");
    }

    @Test
    void organisationIsRequiredWhenAnotherOrganisationIsConcernedOrAPartnerReports() {
        Map<String, Object> values = valid();
        values.put("organisation", " ");
        assertThat(problems(values)).containsOnlyKeys("organisation");
        values = DeviationDriver.report("PARTNER", false, false, null, "KOMMUNIKATION");
        assertThat(problems(values)).containsOnlyKeys("organisation");
        values = DeviationDriver.report("PERSONAL", false, false, null, "KOMMUNIKATION");
        assertThat(problems(values)).isEmpty();
    }

    @Test
    void descriptionIsBoundedTo10To4000Characters() {
        Map<String, Object> values = valid();
        values.put("description", " nio tecke ");
        assertThat(problems(values)).containsOnlyKeys("description");
        values.put("description", " tio tecken ");
        assertThat(problems(values)).isEmpty();
        values.put("description", "x".repeat(4000));
        assertThat(problems(values)).isEmpty();
        values.put("description", "x".repeat(4001));
        assertThat(problems(values)).containsOnlyKeys("description");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Gäller 200901012385 som skrevs ut", "Gäller 20090101-2385.", "pnr 0901012385",
            "pnr 090101-2385", "pnr 090101+2385" })
    void aPersonnummerInTheTextIsRefused(String text) {
        Map<String, Object> values = valid();
        values.put("description", text);
        assertThat(problems(values)).containsEntry("description", ClientIdentity.MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Diarienummer 5000-K123456-26", "Telefon 040-123 45 67 ringdes", "Tre möten 2026 utan svar",
            "Nummer 1234567890123 är för långt" })
    void otherNumbersAreAccepted(String text) {
        Map<String, Object> values = valid();
        values.put("description", text);
        assertThat(problems(values)).isEmpty();
    }
}

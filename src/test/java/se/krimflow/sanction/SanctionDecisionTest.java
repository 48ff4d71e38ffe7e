package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import se.krimflow.system.ApiException;
import se.krimflow.forms.FieldProblem;

/** The body of POST /api/cases/{caseNumber}/sanction and /prosecutor-response, field by field. */
class SanctionDecisionTest {

    @Test
    void youthServiceWithHoursIsAccepted() {
        Map<String, Object> vars = SanctionDecision.variables(body("UNGDOMSTJANST", 40, null));
        assertThat(vars).containsEntry("sanctionType", "UNGDOMSTJANST").containsEntry("youthServiceHours", 40)
                .containsEntry("careProvider", null);
    }

    @Test
    void bothSanctionsNeedHoursAndProvider() {
        Map<String, Object> vars = SanctionDecision.variables(body("UNGDOMSTJANST_OCH_UNGDOMSVARD", 150, " Maria Nordväst "));
        assertThat(vars).containsEntry("youthServiceHours", 150).containsEntry("careProvider", "Maria Nordväst");
        assertThat(fields(body("UNGDOMSTJANST_OCH_UNGDOMSVARD", null, null)))
                .containsExactly("youthServiceHours", "careProvider");
    }

    @Test
    void youthCareIgnoresHoursAndOtherNeedsNothingMore() {
        assertThat(SanctionDecision.variables(body("UNGDOMSVARD", 7, "Mobila teamet")))
                .containsEntry("youthServiceHours", null).containsEntry("careProvider", "Mobila teamet");
        assertThat(SanctionDecision.variables(body("ANNAN", null, null))).containsEntry("sanctionType", "ANNAN");
    }

    @Test
    void missingOrUnknownSanctionTypeIsRejected() {
        assertThat(fields(body(null, 40, null))).containsExactly("sanctionType");
        assertThat(fields(body("FANGELSE", 40, null))).containsExactly("sanctionType");
        Map<String, Object> notText = new HashMap<>();
        notText.put("sanctionType", 3);
        assertThat(fields(notText)).containsExactly("sanctionType");
        assertThat(fields(null)).containsExactly("sanctionType");
    }

    @ParameterizedTest
    @ValueSource(ints = { 19, 151, 0, -20 })
    void hoursOutside20To150AreRejected(int hours) {
        assertThat(fields(body("UNGDOMSTJANST", hours, null))).containsExactly("youthServiceHours");
    }

    @ParameterizedTest
    @ValueSource(ints = { 20, 150 })
    void hoursAtTheLimitsAreAccepted(int hours) {
        assertThat(SanctionDecision.variables(body("UNGDOMSTJANST", hours, null))).containsEntry("youthServiceHours", hours);
    }

    @Test
    void hoursMustBeAnIntegerAndArePresentForYouthService() {
        assertThat(fields(body("UNGDOMSTJANST", null, null))).containsExactly("youthServiceHours");
        assertThat(fields(body("UNGDOMSTJANST", 40.5, null))).containsExactly("youthServiceHours");
        assertThat(fields(body("UNGDOMSTJANST", "40", null))).containsExactly("youthServiceHours");
    }

    @Test
    void youthCareNeedsAProviderAsShortText() {
        assertThat(fields(body("UNGDOMSVARD", null, null))).containsExactly("careProvider");
        assertThat(fields(body("UNGDOMSVARD", null, "  "))).containsExactly("careProvider");
        assertThat(fields(body("UNGDOMSVARD", null, "x".repeat(201)))).containsExactly("careProvider");
        assertThat(fields(body("UNGDOMSVARD", null, 12))).containsExactly("careProvider");
    }

    @Test
    void prosecutorResponseMustBeVarningOrUndanrojd() {
        assertThat(SanctionDecision.prosecutorResponse(Map.of("response", "VARNING"))).isEqualTo("VARNING");
        assertThat(SanctionDecision.prosecutorResponse(Map.of("response", "UNDANROJD"))).isEqualTo("UNDANROJD");
        for (Map<String, Object> bad : new Map[] { Map.of(), Map.of("response", "varning"), Map.of("response", 1) }) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> SanctionDecision.prosecutorResponse(bad));
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("response");
        }
    }

    static Map<String, Object> body(Object type, Object hours, Object provider) {
        Map<String, Object> body = new HashMap<>();
        body.put("sanctionType", type);
        body.put("youthServiceHours", hours);
        body.put("careProvider", provider);
        return body;
    }

    static java.util.List<String> fields(Map<String, Object> body) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> SanctionDecision.variables(body));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        return e.errors().stream().map(FieldProblem::field).toList();
    }
}

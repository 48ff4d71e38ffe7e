package se.krimflow.interrogation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the decision table of CONTRACT.md and the age boundaries 11/12, 14/15, 17/18. */
class InterrogationAttendanceDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = InterrogationAttendanceDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/InterrogationAttendanceDecision.dmn")) {
            decision = dmn.parseDecision(InterrogationAttendance.DECISION_KEY, in);
        }
    }

    static DmnDecisionResultEntries decide(int age, boolean prison, boolean serious, boolean caseworker) {
        return dmn.evaluateDecision(decision, Variables.createVariables()
                .putValue(InterrogationAttendance.VAR_AGE_AT_INTERROGATION, age)
                .putValue(InterrogationAttendance.VAR_PRISON_IN_SCALE, prison)
                .putValue(InterrogationAttendance.VAR_SERIOUS_OFFENCE, serious)
                .putValue(InterrogationAttendance.VAR_HAS_CASEWORKER, caseworker)).getSingleResult();
    }

    @ParameterizedTest(name = "row {0}: age {1}, prison {2}, serious {3}, caseworker {4} -> {5} mandatory {6}")
    @CsvSource({
            // row, age, prisonInScale, seriousOffence, hasCaseworker, attendee, mandatory
            "1, 18, true,  true,  false, INGEN,       false",
            "1, 45, false, false, true,  INGEN,       false",
            "2, 15, true,  false, false, KRIMTEAMET,  true",
            "2, 17, true,  true,  false, KRIMTEAMET,  true",
            "3, 16, true,  false, true,  HANDLAGGARE, true",
            "3, 17, true,  true,  true,  HANDLAGGARE, true",
            "4, 15, false, true,  true,  INGEN,       false",
            "4, 17, false, false, false, INGEN,       false",
            "5, 12, false, true,  false, KRIMTEAMET,  true",
            "5, 14, true,  true,  true,  KRIMTEAMET,  true",
            "6, 13, true,  false, true,  HANDLAGGARE, false",
            "6, 14, false, false, true,  HANDLAGGARE, false",
            "7, 12, true,  false, false, INGEN,       false",
            "7, 14, false, false, false, INGEN,       false",
            "8, 11, true,  true,  true,  HANDLAGGARE, false",
            "8, 0,  false, false, true,  HANDLAGGARE, false",
            "9, 11, true,  true,  false, INGEN,       false",
            "9, 7,  false, false, false, INGEN,       false" })
    void everyRowOfTheContract(int row, int age, boolean prison, boolean serious, boolean caseworker,
            String attendee, boolean mandatory) {
        DmnDecisionResultEntries result = decide(age, prison, serious, caseworker);
        assertThat(result.<String>getEntry(InterrogationAttendance.VAR_ATTENDEE)).isEqualTo(attendee);
        assertThat(result.<Boolean>getEntry(InterrogationAttendance.VAR_MANDATORY)).isEqualTo(mandatory);
        assertThat(result.<String>getEntry(InterrogationAttendance.VAR_LEGAL_BASIS)).isNotBlank();
    }

    @Test
    void ageBoundariesSwitchTheRuleExactlyAtTwelveFifteenAndEighteen() {
        // A serious offence without caseworker: under 12 no one; 12-14 Krimteamet.
        assertThat(attendee(11, true, true, false)).isEqualTo("INGEN");
        assertThat(attendee(12, true, true, false)).isEqualTo("KRIMTEAMET");
        // Not serious, prison in scale, no caseworker: 14 no one; 15 Krimteamet.
        assertThat(attendee(14, true, false, false)).isEqualTo("INGEN");
        assertThat(attendee(15, true, false, false)).isEqualTo("KRIMTEAMET");
        // 17 Krimteamet; 18 no one (adult).
        assertThat(attendee(17, true, false, false)).isEqualTo("KRIMTEAMET");
        assertThat(attendee(18, true, false, false)).isEqualTo("INGEN");
        assertThat(decide(18, true, false, false).<String>getEntry("legalBasis")).contains("18");
    }

    @Test
    void everyRowNamesALegalBasisWithASwedishReference() {
        for (int age : new int[] { 8, 11, 12, 14, 15, 17, 18, 30 }) {
            for (boolean prison : new boolean[] { true, false }) {
                for (boolean serious : new boolean[] { true, false }) {
                    for (boolean caseworker : new boolean[] { true, false }) {
                        Map<String, Object> entries = decide(age, prison, serious, caseworker);
                        assertThat((String) entries.get("legalBasis")).containsAnyOf("LUL", "SoL");
                    }
                }
            }
        }
    }

    static String attendee(int age, boolean prison, boolean serious, boolean caseworker) {
        return decide(age, prison, serious, caseworker).getEntry(InterrogationAttendance.VAR_ATTENDEE);
    }
}

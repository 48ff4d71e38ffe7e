package se.krimflow.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.mediation.MediationOffer.*;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of MediationEligibilityDecision (CONTRACT.md) and the age boundaries 11/12 and 20/21. */
class MediationEligibilityDecisionTest {

    static DmnDecision decision;
    static final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = MediationEligibilityDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/" + DECISION_KEY + ".dmn")) {
            decision = dmn.parseDecision(DECISION_KEY, in);
        }
    }

    static DmnDecisionResultEntries evaluate(Integer age, Boolean reported, Boolean confessed, Boolean sensitive) {
        return dmn.evaluateDecision(decision, Variables.createVariables()
                .putValue(VAR_OFFENDER_AGE, age)
                .putValue(VAR_REPORTED_TO_POLICE, reported)
                .putValue(VAR_CONFESSED, confessed)
                .putValue(VAR_SENSITIVE_OFFENCE, sensitive)).getSingleResult();
    }

    @ParameterizedTest(name = "age {0}, reported {1}, confessed {2}, sensitive {3} -> {4}")
    @CsvSource({
            // row 1: not reported to the police wins over everything
            "15, false, true,  false, EJ_AKTUELL",
            "10, false, true,  true,  EJ_AKTUELL",
            "25, false, false, false, EJ_AKTUELL",
            // row 2: not confessed
            "15, true,  false, false, EJ_AKTUELL",
            "10, true,  false, true,  EJ_AKTUELL",
            // row 3: under 12 (boundary 11/12)
            "11, true,  true,  false, PROVA_LAMPLIGHET",
            " 7, true,  true,  false, PROVA_LAMPLIGHET",
            "12, true,  true,  false, ERBJUD",
            // row 4: sensitive offence, any age
            "12, true,  true,  true,  PROVA_LAMPLIGHET",
            "17, true,  true,  true,  PROVA_LAMPLIGHET",
            "25, true,  true,  true,  PROVA_LAMPLIGHET",
            // row 5: under 21 (boundary 20/21)
            "15, true,  true,  false, ERBJUD",
            "20, true,  true,  false, ERBJUD",
            // row 6: otherwise
            "21, true,  true,  false, PROVA_LAMPLIGHET",
            "30, true,  true,  false, PROVA_LAMPLIGHET",
    })
    void eligibilityFollowsTheContract(int age, boolean reported, boolean confessed, boolean sensitive, String expected) {
        DmnDecisionResultEntries result = evaluate(age, reported, confessed, sensitive);
        assertThat((String) result.getEntry("eligibility")).isEqualTo(expected);
        assertThat((String) result.getEntry("reason")).isNotBlank();
    }

    @Test
    void reasonsAreSwedishAndSayWhy() {
        assertThat((String) evaluate(15, false, true, false).getEntry("reason")).contains("polisen");
        assertThat((String) evaluate(15, true, false, false).getEntry("reason")).contains("erkänt");
        assertThat((String) evaluate(11, true, true, false).getEntry("reason")).contains("under 12 år");
        assertThat((String) evaluate(16, true, true, true).getEntry("reason")).contains("enhetschefen prövar");
        assertThat((String) evaluate(20, true, true, false).getEntry("reason")).contains("under 21 år").contains("frivillig");
        assertThat((String) evaluate(21, true, true, false).getEntry("reason")).contains("21 år eller äldre");
    }

    /** The reasons are shown to staff (the manager's and Krimteamet's forms), so they speak of the youth. */
    @Test
    void reasonsAreWrittenForStaffInTheThirdPerson() {
        java.util.List<String> reasons = java.util.stream.Stream.of(evaluate(15, false, true, false),
                evaluate(15, true, false, false), evaluate(11, true, true, false), evaluate(16, true, true, true),
                evaluate(20, true, true, false), evaluate(21, true, true, false))
                .map(r -> (String) r.getEntry("reason")).toList();
        for (String reason : reasons) {
            assertThat(reason.toLowerCase().split("[^a-zåäö]+")).as(reason)
                    .doesNotContain("du", "dig", "din", "ditt", "dina");
        }
        assertThat(reasons.get(1)).contains("den unge inte har erkänt");
        assertThat(reasons.get(2)).startsWith("Den unge är under 12 år");
        assertThat(reasons.get(4)).startsWith("Den unge har erkänt");
        assertThat(reasons.get(5)).startsWith("Den unge är 21 år eller äldre");
    }

    @Test
    void eachReasonIsItsOwnRow() {
        assertThat(java.util.stream.Stream.of(evaluate(15, false, true, false), evaluate(15, true, false, false),
                evaluate(11, true, true, false), evaluate(16, true, true, true), evaluate(20, true, true, false),
                evaluate(21, true, true, false)).map(r -> (String) r.getEntry("reason")).distinct()).hasSize(6);
    }

    @Test
    void decisionHasHitPolicyFirstAndAHistoryTimeToLive() throws Exception {
        String xml = new String(MediationEligibilityDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/" + DECISION_KEY + ".dmn").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("hitPolicy=\"FIRST\"").contains("camunda:historyTimeToLive=");
    }
}

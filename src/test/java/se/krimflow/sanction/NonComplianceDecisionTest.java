package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of NonComplianceDecision (CONTRACT.md, hit policy FIRST) and its boundaries. */
class NonComplianceDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = NonComplianceDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/NonComplianceDecision.dmn")) {
            decision = dmn.parseDecision(SanctionFollowUp.DECISION_NON_COMPLIANCE, in);
        }
    }

    @ParameterizedTest(name = "absences={0} refuses={1} newOffence={2} -> {3}")
    @CsvSource({
            // row 1: refuses to continue, whatever else
            "0, true, false, UNDERRATTA_AKLAGARE",
            "1, true, true, UNDERRATTA_AKLAGARE",
            // row 2: two or more unexcused absences
            "2, false, false, UNDERRATTA_AKLAGARE",
            "5, false, false, UNDERRATTA_AKLAGARE",
            "2, false, true, UNDERRATTA_AKLAGARE",
            // row 3: new offence suspected (before the warning talk of row 4)
            "0, false, true, INFORMERA_HANDLAGGARE",
            "1, false, true, INFORMERA_HANDLAGGARE",
            // row 4: exactly one unexcused absence
            "1, false, false, VARNINGSSAMTAL",
            // row 5: otherwise
            "0, false, false, FORTSATT",
    })
    void choosesTheActionOfTheFirstMatchingRow(int absences, boolean refuses, boolean newOffence, String action) {
        var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("unexcusedAbsences", absences)
                .putValue("refusesToContinue", refuses)
                .putValue("newOffenceSuspected", newOffence));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(action);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(SanctionFollowUp.VAR_ACTION);
    }
}

package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of YouthCareNonComplianceDecision (hit policy FIRST) and its boundaries: only serious
 * neglect of youth care is reported to the prosecutor (BrB 32 kap 4 §).
 */
class YouthCareNonComplianceDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = YouthCareNonComplianceDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/" + SanctionFollowUp.DECISION_YOUTH_CARE_NON_COMPLIANCE + ".dmn")) {
            decision = dmn.parseDecision(SanctionFollowUp.DECISION_YOUTH_CARE_NON_COMPLIANCE, in);
        }
    }

    @ParameterizedTest(name = "missed={0} refuses={1} newOffence={2} warningTalks={3} -> {4}")
    @CsvSource({
            // row 1: refuses to take part in the care, whatever else
            "0, true, false, 0, UNDERRATTA_AKLAGARE",
            "2, true, true, 1, UNDERRATTA_AKLAGARE",
            // row 2: three or more missed visits in a month (boundary 2/3)
            "3, false, false, 0, UNDERRATTA_AKLAGARE",
            "7, false, true, 0, UNDERRATTA_AKLAGARE",
            // row 3: missed again after a warning talk (boundaries 0/1 on both)
            "1, false, false, 1, UNDERRATTA_AKLAGARE",
            "2, false, true, 3, UNDERRATTA_AKLAGARE",
            // row 4: a suspected new offence, not serious neglect
            "0, false, true, 0, INFORMERA_HANDLAGGARE",
            "0, false, true, 2, INFORMERA_HANDLAGGARE",
            "2, false, true, 0, INFORMERA_HANDLAGGARE",
            // row 5: one or two missed visits without an earlier warning talk: not yet serious
            "1, false, false, 0, VARNINGSSAMTAL",
            "2, false, false, 0, VARNINGSSAMTAL",
            // row 6: otherwise (no missed visit, even after warning talks)
            "0, false, false, 0, FORTSATT",
            "0, false, false, 4, FORTSATT",
    })
    void choosesTheActionOfTheFirstMatchingRow(int missed, boolean refuses, boolean newOffence, int warningTalks,
            String action) {
        DmnDecisionTableResult result = evaluate(missed, refuses, newOffence, warningTalks);
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(action);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(SanctionFollowUp.VAR_ACTION);
    }

    @Test
    void twoMissedVisitsAreReportedForYouthServiceButNotForYouthCare() throws Exception {
        assertThat(evaluate(2, false, false, 0).getSingleResult().<String>getSingleEntry())
                .isEqualTo(SanctionFollowUp.ACTION_WARNING_TALK);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/NonComplianceDecision.dmn")) {
            DmnDecision youthService = dmn.parseDecision(SanctionFollowUp.DECISION_NON_COMPLIANCE, in);
            assertThat(dmn.evaluateDecisionTable(youthService, Variables.createVariables()
                    .putValue("unexcusedAbsences", 2).putValue("refusesToContinue", false)
                    .putValue("newOffenceSuspected", false)).getSingleResult().<String>getSingleEntry())
                    .isEqualTo(SanctionFollowUp.ACTION_NOTIFY_PROSECUTOR);
        }
    }

    static DmnDecisionTableResult evaluate(int missed, boolean refuses, boolean newOffence, int warningTalks) {
        return dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("unexcusedAbsences", missed)
                .putValue("refusesToContinue", refuses)
                .putValue("newOffenceSuspected", newOffence)
                .putValue(SanctionFollowUp.DECISION_INPUT_EARLIER_WARNING_TALKS, warningTalks));
    }
}

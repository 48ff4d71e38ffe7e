package se.krimflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of DeviationTrackDecision (CONTRACT.md), with the FIRST hit policy's order. */
class DeviationTrackDecisionTest {

    static DmnDecision decision;
    static DmnEngine dmn;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = DeviationTrackDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/DeviationTrackDecision.dmn")) {
            decision = dmn.parseDecision(DeviationHandling.DECISION_KEY, in);
        }
    }

    @ParameterizedTest(name = "{0} risk={1} otherOrganisation={2} -> {3}")
    @CsvSource({
            // row 1: a client (or relative) always complains, whatever else is ticked
            "KLIENT, false, false, KLAGOMAL",
            "KLIENT, true, false, KLAGOMAL",
            "KLIENT, false, true, KLAGOMAL",
            "KLIENT, true, true, KLAGOMAL",
            // row 2: staff with a risk for a client: lex Sarah, also when another organisation is concerned
            "PERSONAL, true, false, LEX_SARAH",
            "PERSONAL, true, true, LEX_SARAH",
            // row 3: a partner reports: collaboration
            "PARTNER, false, false, SAMVERKAN",
            "PARTNER, true, false, SAMVERKAN",
            "PARTNER, true, true, SAMVERKAN",
            // row 4: staff about another organisation, no risk: collaboration
            "PERSONAL, false, true, SAMVERKAN",
            // row 5: otherwise internal
            "PERSONAL, false, false, INTERN" })
    void decidesTheTrack(String reporterType, boolean risk, boolean otherOrganisation, String track) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DeviationHandling.REPORTER_TYPE, reporterType);
        vars.put(DeviationHandling.RISK_FOR_CLIENT, risk);
        vars.put(DeviationHandling.CONCERNS_OTHER_ORGANISATION, otherOrganisation);
        String result = dmn.evaluateDecisionTable(decision, vars).getSingleResult().getSingleEntry();
        assertThat(result).isEqualTo(track);
    }

    @ParameterizedTest(name = "unknown reporter {0} is internal")
    @CsvSource({ "ANNAN", "''" })
    void anUnknownReporterTypeFallsToTheLastRow(String reporterType) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DeviationHandling.REPORTER_TYPE, reporterType);
        vars.put(DeviationHandling.RISK_FOR_CLIENT, true);
        vars.put(DeviationHandling.CONCERNS_OTHER_ORGANISATION, true);
        assertThat((String) dmn.evaluateDecisionTable(decision, vars).getSingleResult().getSingleEntry())
                .isEqualTo("INTERN");
    }
}

package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.statement.StatementSection.LAMPLIGHET_UNGDOMSTJANST;
import static se.krimflow.statement.StatementSection.MEDLING;
import static se.krimflow.statement.StatementSection.PERSONLIGA_FORHALLANDEN;
import static se.krimflow.statement.StatementSection.PLANERADE_ATGARDER;
import static se.krimflow.statement.StatementSection.TIDIGARE_ATGARDER;
import static se.krimflow.statement.StatementSection.UNGDOMSKONTRAKT;
import static se.krimflow.statement.StatementSection.VARDPLAN;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of StatementSectionsDecision (COLLECT) and the age boundaries, on the deployed file. */
class StatementSectionsDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = StatementSectionsDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/StatementSectionsDecision.dmn")) {
            decision = dmn.parseDecision(StatementWriting.DECISION_SECTIONS, in);
        }
    }

    static List<StatementSection> sections(Integer age, Boolean confessed, Boolean personal, Boolean care, Boolean lvu) {
        Map<String, Object> in = new HashMap<>();
        in.put(StatementWriting.DECISION_INPUT_AGE, age);
        in.put(StatementWriting.DECISION_INPUT_CONFESSED, confessed);
        in.put(StatementWriting.DECISION_INPUT_PERSONAL, personal);
        in.put(StatementWriting.DECISION_INPUT_SPECIAL_CARE, care);
        in.put(StatementWriting.DECISION_INPUT_LVU, lvu);
        List<String> codes = dmn.evaluateDecisionTable(decision, in).collectEntries(StatementWriting.DECISION_OUTPUT_SECTION);
        return codes.stream().map(StatementSection::valueOf).toList();
    }

    @Test
    void isCollectWithTheContractsInputsAndOutput() {
        assertThat(decision.getKey()).isEqualTo("StatementSectionsDecision");
        assertThat(decision.isDecisionTable()).isTrue();
        var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic();
        assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy().name()).isEqualTo("COLLECT");
        assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression())
                .containsExactly("age", "confessed", "personalCircumstancesRequested", "specialCareNeed", "careUnderLvu");
        assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("section");
    }

    @Test
    void rows1And2AlwaysEarlierAndPlannedMeasures() {
        assertThat(sections(12, false, false, false, false)).containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER);
    }

    @Test
    void row3PersonalCircumstancesWhenRequested() {
        assertThat(sections(13, false, true, false, false))
                .containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER, PERSONLIGA_FORHALLANDEN);
    }

    @Test
    void row4YouthContractWhenSpecialCareNeedWithoutLvu() {
        assertThat(sections(13, false, false, true, false))
                .containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER, UNGDOMSKONTRAKT);
    }

    @Test
    void row5CarePlanWhenSpecialCareNeedUnderLvu() {
        assertThat(sections(13, false, false, true, true))
                .containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER, VARDPLAN);
    }

    @Test
    void noContractNorCarePlanWithoutSpecialCareNeed() {
        assertThat(sections(13, false, false, false, true)).doesNotContain(UNGDOMSKONTRAKT, VARDPLAN);
    }

    @ParameterizedTest(name = "age {0}: youth service assessed = {1}")
    @CsvSource({ "14,false", "15,true", "17,true", "20,true", "21,false" })
    void row6YouthServiceSuitabilityFrom15To20(int age, boolean assessed) {
        assertThat(sections(age, false, false, false, false).contains(LAMPLIGHET_UNGDOMSTJANST)).isEqualTo(assessed);
    }

    @Test
    void row7MediationWhenConfessed() {
        assertThat(sections(13, true, false, false, false)).containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER, MEDLING);
        assertThat(sections(13, null, false, false, false)).doesNotContain(MEDLING);
    }

    @Test
    void allSectionsTogetherInRuleOrder() {
        assertThat(sections(16, true, true, true, false)).containsExactly(TIDIGARE_ATGARDER, PLANERADE_ATGARDER,
                PERSONLIGA_FORHALLANDEN, UNGDOMSKONTRAKT, LAMPLIGHET_UNGDOMSTJANST, MEDLING);
    }
}

package se.krimflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.krimflow.testsupport.ProcessesFolder;

/**
 * Every feature's form rules are a bean the engine gets, and each check names a form that exists
 * and that a process uses: rules without {@link FormRule}, or a misspelt form id, would never run,
 * silently.
 */
class FormRuleRegistrationTest {

    static List<Class<?>> ruleClasses;
    static Set<String> formIds;
    static Set<String> formsUsedByProcesses = new HashSet<>();

    @BeforeAll
    static void scan() {
        ruleClasses = ProcessesFolder.formRuleClasses();
        ProcessesFolder processes = ProcessesFolder.deployed();
        formIds = processes.formsById().keySet();
        for (BpmnModelInstance model : processes.bpmn().values()) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String formRef = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
                if (formRef != null) {
                    formsUsedByProcesses.add(formRef);
                }
            }
        }
    }

    static FormRules instantiate(Class<?> type) {
        return ProcessesFolder.instantiate(type);
    }

    @Test
    void theScanFindsTheRulesOfEveryProcess() {
        assertThat(ruleClasses).extracting(Class::getPackageName).contains("se.krimflow.interrogation",
                "se.krimflow.mediation", "se.krimflow.statement", "se.krimflow.sanction", "se.krimflow.deviation");
        assertThat(formIds).contains("RegisterPoliceNotification", "ReportDeviation");
    }

    @Test
    void everyFeaturesRulesAreABeanTheEngineGets() {
        assertThat(ruleClasses).allSatisfy(type -> assertThat(type.isAnnotationPresent(FormRule.class))
                .as("%s is marked @FormRule", type.getName()).isTrue());
    }

    @Test
    void everyCheckIsForAFormOfProcessesThatAProcessUsesAndOnlyOne() throws Exception {
        Set<String> checked = new HashSet<>();
        for (Class<?> type : ruleClasses) {
            for (String formId : instantiate(type).checks().keySet()) {
                assertThat(formIds).as("the form %s of %s exists in processes/", formId, type.getName())
                        .contains(formId);
                assertThat(formsUsedByProcesses).as("a BPMN uses the form %s of %s", formId, type.getName())
                        .contains(formId);
                assertThat(checked.add(formId)).as("one check per form: %s", formId).isTrue();
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void twoChecksOfOneFormStopTheEngineFromStarting() {
        FormRules first = () -> java.util.Map.of("DeviationTriage", (values, errors) -> { });
        FormRules second = () -> java.util.Map.of("DeviationTriage", (values, errors) -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormSchemaValidator(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DeviationTriage");
    }
}

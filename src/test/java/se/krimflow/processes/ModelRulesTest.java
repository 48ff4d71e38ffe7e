package se.krimflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.krimflow.processes.ModelRules.Rule;
import se.krimflow.processes.ModelRules.Violation;
import se.krimflow.testsupport.ProcessesFolder;

/**
 * krimflow's model rules ({@link ModelRules}) over processes/: each rule lists every violation at
 * once, by file and element. Below, each rule is shown to fail on a copy of a real model with one
 * deliberate fault, so that no rule can silently stop checking.
 */
class ModelRulesTest {

    /**
     * Exceptions by design, each with its reason. An entry that is no longer a violation fails the
     * test, so the list cannot outlive its reason. Anything else: fix the model.
     */
    static final Map<Rule, Map<String, String>> EXCEPTIONS_BY_DESIGN = Map.of(
            Rule.USER_TASK_CANDIDATE_GROUP, Map.of(
                    "DeviationHandling.bpmn › Task_ReadFeedback",
                    "the reporter, whoever that is, reads the feedback on their own report: the task is assigned to them"
                            + " (${reporterId}) and offered to no group"));

    static CorrelatedMessages code;
    static ModelRules deployed;

    @BeforeAll
    static void readTheModelsAndTheCode() {
        code = CorrelatedMessages.inApplication();
        deployed = ModelRules.againstTheCode(ProcessesFolder.deployed());
    }

    /** Fails naming the rule and every violation, each with its file and element. */
    static void assertKept(Rule rule, ModelRules rules) {
        Map<String, String> known = EXCEPTIONS_BY_DESIGN.getOrDefault(rule, Map.of());
        List<Violation> found = rule.check(rules);
        List<String> violations = found.stream().filter(v -> !known.containsKey(v.where()))
                .map(Violation::toString).toList();
        assertThat(violations).withFailMessage(() -> "Rule " + rule + " (" + rule.description + ") is broken "
                + violations.size() + " time(s):\n  " + String.join("\n  ", violations)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void theModelsOfProcessesKeepTheRule(Rule rule) {
        assertKept(rule, deployed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void everyKnownViolationIsStillOne(Rule rule) {
        Set<String> found = rule.check(deployed).stream().map(Violation::where).collect(Collectors.toSet());
        assertThat(EXCEPTIONS_BY_DESIGN.getOrDefault(rule, Map.of()).keySet())
                .as("allow-list entries of %s that are fixed now: remove them from "
                        + "EXCEPTIONS_BY_DESIGN", rule)
                .allSatisfy(where -> assertThat(found).contains(where));
    }

    @Test
    void theCodeCorrelatesEveryMessageOfTheContractWithAConstantName() {
        assertThat(code.names()).contains("StatementRequested", "SanctionDecided", "ProsecutorResponded",
                "CaseClosed", "ProsecutionDecided", "InterrogationMoved");
        assertThat(code.unresolved()).as("correlations whose message name is no constant").isEmpty();
    }

    // ---- Each rule on a deliberate fault in a copy of processes/ ----

    @TempDir
    Path copy;

    /** processes/ copied to the temporary folder, {@code fault} applied to {@code file}, checked against the code. */
    ModelRules withFault(String file, Consumer<BpmnModelInstance> fault) throws IOException {
        copyProcesses();
        BpmnModelInstance model = ProcessesFolder.at(copy).bpmn(file);
        fault.accept(model);
        Bpmn.writeModelToFile(copy.resolve(file).toFile(), model);
        return ModelRules.againstTheCode(ProcessesFolder.at(copy));
    }

    void copyProcesses() throws IOException {
        Path source = ProcessesFolder.deployed().dir();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    static UserTask firstUserTask(BpmnModelInstance model) {
        return model.getModelElementsByType(UserTask.class).iterator().next();
    }

    static void assertFails(Rule rule, ModelRules rules, String... expected) {
        assertThatThrownBy(() -> assertKept(rule, rules)).hasMessageContaining("Rule " + rule)
                .hasMessageContainingAll(expected);
    }

    @Test
    void aUserTaskWithAGroupThatIsNotKrimflowsFails() throws IOException {
        String[] id = new String[1];
        ModelRules rules = withFault("YouthCrimeCase.bpmn", model -> {
            UserTask task = firstUserTask(model);
            id[0] = task.getId();
            task.setCamundaCandidateGroups("socialtjansten");
        });
        assertFails(Rule.USER_TASK_CANDIDATE_GROUP, rules,
                "YouthCrimeCase.bpmn › " + id[0] + ": has the candidate group 'socialtjansten'");
    }

    @Test
    void aUserTaskWithoutADueDateFails() throws IOException {
        String[] id = new String[1];
        ModelRules rules = withFault("YouthCrimeCase.bpmn", model -> {
            UserTask task = firstUserTask(model);
            id[0] = task.getId();
            task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "dueDate");
        });
        assertFails(Rule.USER_TASK_DUE_DATE, rules, "YouthCrimeCase.bpmn › " + id[0] + ": has no due date");
    }

    @Test
    void aUserTaskWithAMissingFormOrNotBoundToLatestFails() throws IOException {
        String[] id = new String[1];
        ModelRules rules = withFault("YouthCrimeCase.bpmn", model -> {
            UserTask task = firstUserTask(model);
            id[0] = task.getId();
            task.setCamundaFormRef("NoSuchForm");
            task.setCamundaFormRefBinding("deployment");
        });
        assertFails(Rule.USER_TASK_FORM, rules,
                "YouthCrimeCase.bpmn › " + id[0] + ": binds its form 'NoSuchForm' with 'deployment', not 'latest'",
                "YouthCrimeCase.bpmn › " + id[0] + ": names the form 'NoSuchForm', but processes/NoSuchForm.form does not exist");
    }

    @Test
    void aCaughtMessageThatNoCodeCorrelatesFails() throws IOException {
        String[] id = new String[1];
        ModelRules rules = withFault("YouthCrimeCase.bpmn", model -> {
            MessageEventDefinition definition = model.getModelElementsByType(MessageEventDefinition.class).stream()
                    .filter(d -> d.getParentElement() instanceof CatchEvent).findFirst().orElseThrow();
            id[0] = ((CatchEvent) definition.getParentElement()).getId();
            definition.getMessage().setName("CaseReopened");
        });
        assertFails(Rule.CAUGHT_MESSAGE_IS_CORRELATED, rules,
                "YouthCrimeCase.bpmn › " + id[0] + ": waits for the message 'CaseReopened', which no code correlates");
    }

    @Test
    void aScriptTaskFails() throws IOException {
        ModelRules rules = withFault("InterrogationAttendance.bpmn", model -> {
            ScriptTask script = model.newInstance(ScriptTask.class);
            script.setId("Task_CalculateAge");
            script.setScriptFormat("javascript");
            model.getModelElementsByType(Process.class).iterator().next().addChildElement(script);
        });
        assertFails(Rule.NO_SCRIPT_TASK, rules, "InterrogationAttendance.bpmn › Task_CalculateAge: is a script task");
    }

    @Test
    void generatedAndWronglyTypedIdsFail() throws IOException {
        ModelRules rules = withFault("InterrogationAttendance.bpmn", model -> {
            firstUserTask(model).setId("Activity_0lfdu2b");
            model.getModelElementsByType(EndEvent.class).iterator().next().setId("Event_AttendanceEnded");
        });
        assertFails(Rule.READABLE_IDS, rules,
                "InterrogationAttendance.bpmn › Activity_0lfdu2b: is an id Camunda Modeler generated",
                "InterrogationAttendance.bpmn › Event_AttendanceEnded: does not follow Type_PascalCaseName for endEvent");
    }

    @Test
    void aProcessOrDecisionWithoutHistoryTimeToLiveFails() throws IOException {
        ModelRules rules = withFault("YouthCrimeCase.bpmn", model -> model.getModelElementsByType(Process.class)
                .iterator().next().removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "historyTimeToLive"));
        DmnModelInstance dmn = Dmn.readModelFromFile(copy.resolve("NonComplianceDecision.dmn").toFile());
        Decision decision = dmn.getModelElementsByType(Decision.class).iterator().next();
        decision.removeAttributeNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive");
        Dmn.writeModelToFile(copy.resolve("NonComplianceDecision.dmn").toFile(), dmn);
        assertFails(Rule.HISTORY_TIME_TO_LIVE, rules,
                "YouthCrimeCase.bpmn › YouthCrimeCase: has no history time to live",
                "NonComplianceDecision.dmn › " + decision.getId() + ": has no history time to live");
    }

    @Test
    void aFieldThatAFormRuleChecksButTheFormNoLongerHasFails() throws IOException {
        copyProcesses();
        // Renamed in Modeler: the case's check still reads lvuImmediateCareNeeded, but only for a youth
        // who is gripen (arrested), so the probe must reach that branch to see it.
        Path form = copy.resolve("ProtectionAssessment.form");
        Files.writeString(form, Files.readString(form).replace("\"lvuImmediateCareNeeded\"", "\"lvuCareNeeded\""));
        ModelRules rules = ModelRules.againstTheCode(ProcessesFolder.at(copy));
        assertFails(Rule.CHECKED_FIELDS_EXIST, rules,
                "ProtectionAssessment.form › lvuImmediateCareNeeded: is read by the check of CaseFormRules but is no field of the form");
    }
}

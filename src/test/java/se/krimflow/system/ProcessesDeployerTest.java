package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ProcessesDeployerTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @TempDir
    Path root;

    Path processes;
    ProcessEngine engine;
    RepositoryService repository;
    ProcessesDeployer deployer;

    @BeforeEach
    void folder() throws IOException {
        engine = extension.getProcessEngine();
        repository = engine.getRepositoryService();
        processes = Files.createDirectories(root.resolve("processes"));
        deployer = new ProcessesDeployer(processes.toUri().toString());
    }

    @AfterEach
    void removeDeployments() {
        for (Deployment d : repository.createDeploymentQuery().deploymentName(ProcessesDeployer.DEPLOYMENT_NAME).list()) {
            repository.deleteDeployment(d.getId(), true);
        }
    }

    @Test
    void deploysEverythingOnceAndARestartWithoutChangesDeploysNothing() throws IOException {
        write("Alpha.bpmn", process("Alpha", "Första"));
        write("sub/Beta.bpmn", process("Beta", "Andra"));
        write("Gamma.dmn", decision("Gamma", "x"));
        write("AlphaForm.form", "{\"id\":\"AlphaForm\",\"type\":\"default\",\"components\":[]}");

        deployer.deploy(engine);
        deployer.deploy(engine);

        assertThat(repository.createDeploymentQuery().deploymentName(ProcessesDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Alpha").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Beta").count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("Gamma").count()).isEqualTo(1);
        assertThat(repository.getDeploymentResourceNames(ProcessesDeployer.latest(engine).getId()))
                .contains("Alpha.bpmn", "sub/Beta.bpmn", "Gamma.dmn", "AlphaForm.form");
    }

    @Test
    void changingOneFileCreatesANewVersionOfThatDefinitionOnly() throws IOException {
        write("Alpha.bpmn", process("Alpha", "Första"));
        write("Beta.bpmn", process("Beta", "Andra"));
        write("Gamma.dmn", decision("Gamma", "x"));
        deployer.deploy(engine);

        write("Alpha.bpmn", process("Alpha", "Första, ändrad"));
        deployer.deploy(engine);

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Alpha").latestVersion()
                .singleResult().getVersion()).isEqualTo(2);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Beta").latestVersion()
                .singleResult().getVersion()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("Gamma").latestVersion()
                .singleResult().getVersion()).isEqualTo(1);
    }

    @Test
    void aMalformedBpmnStopsWithItsFileNameAndNothingIsDeployed() throws IOException {
        write("Alpha.bpmn", process("Alpha", "Första"));
        String whole = process("Broken", "Trasig");
        write("Broken.bpmn", whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> deployer.deploy(engine))
                .isInstanceOf(ProcessesDeployer.InvalidModelException.class)
                .hasMessageContaining("processes/Broken.bpmn");
        assertThat(repository.createDeploymentQuery().count()).isZero();
    }

    @Test
    void aMalformedDmnStopsWithItsFileNameAndNothingIsDeployed() throws IOException {
        write("Alpha.bpmn", process("Alpha", "Första"));
        write("Broken.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision");

        assertThatThrownBy(() -> deployer.deploy(engine))
                .isInstanceOf(ProcessesDeployer.InvalidModelException.class)
                .hasMessageContaining("processes/Broken.dmn");
        assertThat(repository.createDeploymentQuery().count()).isZero();
    }

    @Test
    void aModelTheEngineRejectsStopsWithItsFileNameAndNothingIsDeployed() throws IOException {
        write("Alpha.bpmn", process("Alpha", "Första"));
        // Valid against the schema, but the engine's parser refuses a service task without implementation.
        write("NoImplementation.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess("NoImplementation")
                .camundaHistoryTimeToLive(30).startEvent("StartEvent_Started").serviceTask("Task_Nothing")
                .endEvent().done()));

        assertThatThrownBy(() -> deployer.deploy(engine))
                .isInstanceOf(ProcessesDeployer.InvalidModelException.class)
                .hasMessageContaining("processes/NoImplementation.bpmn");
        assertThat(repository.createDeploymentQuery().count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Alpha").count()).isZero();
    }

    @Test
    void aBrokenFormStopsWithItsFileName() throws IOException {
        write("Broken.form", "{\"id\":");

        assertThatThrownBy(() -> deployer.deploy(engine)).hasMessageContaining("processes/Broken.form");
    }

    void write(String name, String content) throws IOException {
        Path file = processes.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static String process(String key, String taskName) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started").userTask("Task_Work").name(taskName).endEvent("EndEvent_Done")
                .done());
    }

    static String decision(String key, String output) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="%1$s"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="30">
                    <decisionTable id="DecisionTable_%1$s" hitPolicy="FIRST">
                      <input id="Input_a" label="a"><inputExpression id="InputExpression_a" typeRef="boolean"><text>a</text></inputExpression></input>
                      <output id="Output_b" name="b" typeRef="string" />
                      <rule id="Rule_1"><inputEntry id="InputEntry_1"><text>-</text></inputEntry><outputEntry id="OutputEntry_1"><text>"%2$s"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, output);
    }
}

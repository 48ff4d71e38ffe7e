package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.testsupport.ProcessesFolder;

/** The model as administrators and Tasklist meet it: conventions of processes/README.md. */
class StatementModelTest {

    static BpmnModelInstance model() {
        return ProcessesFolder.deployed().bpmn(StatementWriting.KEY + ".bpmn");
    }

    @Test
    void everyUserTaskHasASwedishNameCandidateGroupDueDateAndALatestBoundFormThatExists() throws Exception {
        Collection<UserTask> tasks = model().getModelElementsByType(UserTask.class);
        assertThat(tasks).hasSize(9);
        for (UserTask task : tasks) {
            assertThat(task.getName()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isIn("krimteamet", "krimteamet-chef");
            assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
            try (InputStream form = getClass().getClassLoader()
                    .getResourceAsStream("processes/" + task.getCamundaFormRef() + ".form")) {
                assertThat(form).as("form of " + task.getId()).isNotNull();
                JsonNode schema = new ObjectMapper().readTree(form);
                assertThat(schema.path("id").asText()).isEqualTo(task.getCamundaFormRef());
            }
        }
    }

    @Test
    void processIsExecutableWithHistoryTimeToLiveReadableIdsAndDiagramShapes() throws Exception {
        BpmnModelInstance model = model();
        Process process = model.getModelElementById(StatementWriting.KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).matches("(StartEvent|EndEvent|CatchEvent|ThrowEvent|Task|Gateway|BoundaryEvent|Flow|SubProcess)_[A-Z][A-Za-z]+");
        }
        for (BaseElement element : model.getModelElementsByType(FlowElement.class)) {
            boolean drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .anyMatch(s -> s.getBpmnElement() == element)
                    || model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class).stream()
                            .anyMatch(e -> e.getBpmnElement() == element);
            assertThat(drawn).as("diagram shows " + element.getId()).isTrue();
        }
    }
}

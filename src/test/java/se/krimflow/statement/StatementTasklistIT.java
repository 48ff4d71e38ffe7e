package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * A statement written, returned, approved and sent by the demo users krim1 (krimteamet) and
 * krimchef1 (krimteamet-chef) with the engine's authorizations on, as Tasklist does it (engine
 * services under the user's authentication): their rights are enough for every step, the server
 * rejects an incomplete draft, and the writer and the deciding manager are recorded.
 */
@KrimflowIntegrationTest
class StatementTasklistIT {

    static final List<String> KRIM = List.of("krim1", "krimteamet");
    static final List<String> CHEF = List.of("krimchef1", "krimteamet-chef");

    @Autowired
    KrimflowHttp http;

    @Autowired
    ProcessEngine engine;

    @Test
    void krimteametWritesAndKrimchefReturnsThenApprovesAndTheStatementIsSent() throws Exception {
        String caseNumber = "UNG-TL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        engine.getRuntimeService().startProcessInstanceByKey(StatementWriting.KEY, caseNumber,
                StatementProcessTestSupport.requestVariables(caseNumber));

        submit(caseNumber, StatementWriting.TASK_BOOK_MEETING, KRIM, StatementProcessTestSupport.bookMeeting(), true);
        submit(caseNumber, StatementWriting.TASK_HOLD_MEETING, KRIM,
                StatementProcessTestSupport.holdMeeting(true, false), false);

        Map<String, Object> incomplete = new LinkedHashMap<>(StatementProcessTestSupport.fullDraft());
        incomplete.remove(StatementWriting.VAR_YOUTH_CONTRACT);
        assertThatThrownBy(() -> submit(caseNumber, StatementWriting.TASK_WRITE_DRAFT, KRIM, incomplete, false))
                .hasMessageContaining("Ungdomskontrakt");

        writeAndCommunicate(caseNumber);
        submit(caseNumber, StatementWriting.TASK_DECIDE_STATEMENT, CHEF,
                StatementProcessTestSupport.returnWith("Förtydliga planen."), true);
        Task draft = visibleTask(caseNumber, StatementWriting.TASK_WRITE_DRAFT, KRIM);
        assertThat(draft.getAssignee()).isEqualTo("krim1");
        assertThat(as(KRIM, () -> engine.getFormService().getTaskFormVariables(draft.getId()))
                .getValue(StatementWriting.VAR_RETURN_COMMENT, String.class)).isEqualTo("Förtydliga planen.");

        writeAndCommunicate(caseNumber);
        submit(caseNumber, StatementWriting.TASK_DECIDE_STATEMENT, CHEF, StatementProcessTestSupport.approve(), true);

        HttpResponse<String> pdf = get("/api/cases/" + caseNumber + "/statement.pdf", "krim1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        submit(caseNumber, StatementWriting.TASK_SEND_STATEMENT, KRIM, StatementProcessTestSupport.send(), false);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .isZero();
        String instanceId = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(StatementWriting.VAR_DECIDED_BY).singleResult().getValue()).isEqualTo("krimchef1");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(StatementWriting.VAR_WRITER).singleResult().getValue()).isEqualTo("krim1");
    }

    void writeAndCommunicate(String caseNumber) {
        submit(caseNumber, StatementWriting.TASK_WRITE_DRAFT, KRIM, StatementProcessTestSupport.fullDraft(), false);
        submit(caseNumber, StatementWriting.TASK_COMMUNICATE_DRAFT, KRIM, StatementProcessTestSupport.communicate(), false);
        submit(caseNumber, StatementWriting.TASK_RECORD_COMMENTS, KRIM, StatementProcessTestSupport.comments(), false);
    }

    /** As Tasklist does for the user: find the task, claim it when asked, read its form variables, submit. */
    void submit(String caseNumber, String taskKey, List<String> user, Map<String, Object> values, boolean claim) {
        Task task = visibleTask(caseNumber, taskKey, user);
        as(user, () -> {
            if (claim) {
                engine.getTaskService().claim(task.getId(), user.get(0));
            }
            engine.getFormService().getTaskFormVariables(task.getId());
            engine.getFormService().submitTaskForm(task.getId(), values);
            return null;
        });
    }

    Task visibleTask(String caseNumber, String taskKey, List<String> user) {
        Task task = as(user, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey).singleResult());
        assertThat(task).as(user.get(0) + " sees " + taskKey).isNotNull();
        assertThat(task.getDueDate()).as("due date of " + taskKey).isNotNull();
        return task;
    }

    /** Runs as the user with their groups, with the engine's authorizations on. */
    <T> T as(List<String> user, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(user.get(0), user.subList(1, user.size()));
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    HttpResponse<String> get(String path, String user) {
        return http.get(path, user);
    }
}

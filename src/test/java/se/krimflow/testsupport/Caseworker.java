package se.krimflow.testsupport;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Completes a case's task as the demo caseworker {@code handlaggare1} would in Tasklist: claim, then submit the form. */
public final class Caseworker {

    private Caseworker() {
    }

    public static void complete(ProcessEngine engine, String caseNumber, String taskKey, Map<String, Object> values) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey).singleResult();
        engine.getIdentityService().setAuthentication("handlaggare1", List.of("handlaggare"));
        try {
            engine.getTaskService().claim(task.getId(), "handlaggare1");
            engine.getFormService().submitTaskForm(task.getId(), values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

package se.krimflow.forms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Server-side validation of every Camunda Form: a listener on the completion of each user task
 * that has a form, and on the start event of each process that has a start form, checks the
 * values against the deployed form's schema and its {@link FormRules}. A wrong value throws
 * {@link InvalidValues}: the REST API answers 400 with the message, Tasklist shows
 * it, and the transaction rolls back, so nothing is saved. Used by the application and by the
 * in-memory process tests alike.
 */
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

    private final FormSchemaValidator validator;

    /** @param rules every {@link FormRule} bean */
    public FormValidationPlugin(List<FormRules> rules) {
        this.validator = new FormSchemaValidator(rules);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPreBPMNParseListeners(listeners);
        }
        listeners.add(new FormParseListener());
    }

    private final class FormParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (hasCamundaForm(element)) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, taskListener);
                definition.setTaskFormHandler(new ValidatingTaskFormHandler(definition.getTaskFormHandler()));
            }
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (hasCamundaForm(element) && scope.getProcessDefinition() == scope) {
                activity.addListener(ExecutionListener.EVENTNAME_START, startListener);
            }
        }

        private boolean hasCamundaForm(Element element) {
            String ns = "http://camunda.org/schema/1.0/bpmn";
            String formRef = element.attributeNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(ns), "formRef");
            String formKey = element.attributeNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(ns), "formKey");
            return formRef != null || (formKey != null && formKey.startsWith("camunda-forms:"));
        }
    }

    /**
     * Checks a task form when it is submitted (Tasklist, {@code /task/{id}/submit-form}), before
     * anything is saved: the engine hands this exception to the REST API unwrapped, so the answer is
     * 400 with the Swedish message. (An exception from a task listener reaches REST wrapped, as 500;
     * the complete listener stays as the safety net for {@code /task/{id}/complete}.)
     */
    private final class ValidatingTaskFormHandler implements TaskFormHandler {

        private final TaskFormHandler delegate;

        ValidatingTaskFormHandler(TaskFormHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return delegate.createTaskForm(task);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            if (variableScope instanceof TaskEntity task) {
                java.util.Map<String, Object> values = new java.util.HashMap<>(task.getVariables());
                values.putAll(properties);
                check(task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()), values);
            }
            delegate.submitFormVariables(properties, variableScope);
        }
    }

    private final TaskListener taskListener = (DelegateTask task) -> {
        InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId());
        check(form, task.getVariables());
    };

    private final ExecutionListener startListener = (DelegateExecution execution) -> {
        InputStream form = execution.getProcessEngineServices().getFormService()
                .getDeployedStartForm(execution.getProcessDefinitionId());
        check(form, execution.getVariables());
    };

    private void check(InputStream form, java.util.Map<String, Object> values) {
        try (InputStream in = form) {
            FormErrors errors = validator.validate(in, values);
            if (!errors.isEmpty()) {
                throw InvalidValues.of(errors);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not read the deployed form", e);
        }
    }
}

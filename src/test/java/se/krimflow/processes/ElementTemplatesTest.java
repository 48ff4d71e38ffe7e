package se.krimflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.WorkingDays;
import se.krimflow.system.KrimflowGroup;
import se.krimflow.testsupport.ProcessesFolder;

/**
 * The Camunda Modeler element templates of processes/element-templates/ stay in step with the code
 * and the models: the user task offers exactly KrimflowGroup's groups, every bean a template names
 * is a Spring bean of the right kind (a renamed bean fails here), and every delegate the models use
 * has its template. Camunda 7 templates cannot add a task listener, so task-listener beans have none;
 * they are held to being beans of the right kind like every delegate the models name.
 */
class ElementTemplatesTest {

    static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    static final Path TEMPLATES = Path.of("processes", "element-templates");
    static final String USER_TASK_TEMPLATE = "se.krimflow.UserTask";
    static final Pattern BEAN = Pattern.compile("[$#]\\{([A-Za-z][A-Za-z0-9]*)\\}");

    /** Binding types of the Camunda 7 template schema, each with the property types it allows. */
    static final Map<String, Set<String>> PROPERTY_TYPES = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:property", Set.of("String", "Hidden", "Dropdown"),
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:outputParameter", Set.of("String", "Hidden", "Dropdown"),
            "camunda:in", Set.of("String", "Hidden", "Dropdown"),
            "camunda:in:businessKey", Set.of("String", "Hidden", "Dropdown"),
            "camunda:out", Set.of("String", "Hidden", "Dropdown"),
            "camunda:executionListener", Set.of("Hidden"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:errorEventDefinition", Set.of("String", "Hidden", "Dropdown"));

    /** How a delegate bean is bound: as the implementation of a task, or as a listener on an event. */
    record Use(String bean, String binding, String elementType, String where) {
    }

    static Map<String, JsonNode> templates = new TreeMap<>();
    static Map<String, SpringBeans.Definition> beans;
    static List<Use> usedByModels = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = json.readTree(file.toFile());
                for (JsonNode template : node.isArray() ? node : List.of(node)) {
                    templates.put(file.getFileName() + " › " + template.path("id").asText(), template);
                }
            }
        }
        beans = SpringBeans.ofTheApplication();
        ProcessesFolder.deployed().bpmn().forEach((file, model) -> usedByModels.addAll(delegatesOf(file, model)));
    }

    /** Every delegateExpression of a model: on a task or event, or in an execution or task listener. */
    static List<Use> delegatesOf(String file, BpmnModelInstance model) {
        List<Use> uses = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String expression = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            if (expression != null) {
                uses.add(new Use(expression, "delegateExpression", bpmnType(element), file + " › " + element.getId()));
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            if (listener.getCamundaDelegateExpression() != null) {
                BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
                uses.add(new Use(listener.getCamundaDelegateExpression(), "executionListener:" + listener.getCamundaEvent(),
                        bpmnType(owner), file + " › " + owner.getId()));
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if (listener.getCamundaDelegateExpression() != null) {
                BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
                uses.add(new Use(listener.getCamundaDelegateExpression(), "taskListener:" + listener.getCamundaEvent(),
                        bpmnType(owner), file + " › " + owner.getId()));
            }
        }
        return uses;
    }

    /** The delegates a template binds, as the models would use them. */
    static List<Use> delegatesOf(String name, JsonNode template) {
        List<Use> uses = new ArrayList<>();
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            String value = property.path("value").asText("");
            String binds = null;
            if ("property".equals(binding.path("type").asText())
                    && "camunda:delegateExpression".equals(binding.path("name").asText())) {
                binds = "delegateExpression";
            } else if ("camunda:executionListener".equals(binding.path("type").asText())
                    && "delegateExpression".equals(binding.path("implementationType").asText())) {
                binds = "executionListener:" + binding.path("event").asText();
            }
            if (binds != null) {
                for (JsonNode type : template.path("appliesTo")) {
                    uses.add(new Use(value, binds, type.asText(), name));
                }
            }
        }
        return uses;
    }

    static String bpmnType(ModelElementInstance element) {
        String type = element.getElementType().getTypeName();
        return "bpmn:" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    /** What is wrong with the bean a delegate names: none, unknown, or not of the interface its binding needs. */
    static List<String> beanProblems(Use use, Map<String, SpringBeans.Definition> beans) {
        Matcher name = BEAN.matcher(use.bean());
        if (!name.matches()) {
            return List.of(use.where() + ": '" + use.bean() + "' is not ${beanName}");
        }
        SpringBeans.Definition bean = beans.get(name.group(1));
        if (bean == null) {
            return List.of(use.where() + ": no Spring bean is named '" + name.group(1) + "'");
        }
        Class<?> needed = use.binding().startsWith("executionListener") ? ExecutionListener.class
                : use.binding().startsWith("taskListener") ? TaskListener.class : JavaDelegate.class;
        if (!needed.isAssignableFrom(bean.type())) {
            return List.of(use.where() + ": the bean '" + name.group(1) + "' (" + bean.declaredBy() + ") is no "
                    + needed.getSimpleName() + ", as " + use.binding() + " needs");
        }
        return List.of();
    }

    @Test
    void everyTemplateIsACamunda7ElementTemplateWithSwedishTexts() {
        assertThat(templates).isNotEmpty();
        templates.forEach((name, template) -> {
            assertThat(template.path("$schema").asText()).as("%s $schema", name).isEqualTo(SCHEMA);
            for (String key : List.of("name", "id", "description")) {
                assertThat(template.path(key).asText()).as("%s %s", name, key).isNotBlank();
            }
            assertThat(template.path("id").asText()).as("%s id", name).startsWith("se.krimflow.");
            assertThat(template.path("version").isInt()).as("%s version", name).isTrue();
            assertThat(template.path("appliesTo")).as("%s appliesTo", name).isNotEmpty()
                    .allSatisfy(type -> assertThat(type.asText()).startsWith("bpmn:"));
            assertThat(template.path("properties")).as("%s properties", name).isNotEmpty();
            for (JsonNode property : template.path("properties")) {
                String binding = property.path("binding").path("type").asText();
                String type = property.path("type").asText("String");
                assertThat(PROPERTY_TYPES).as("%s: binding type", name).containsKey(binding);
                assertThat(PROPERTY_TYPES.get(binding)).as("%s: property type of %s", name, binding).contains(type);
                if (!"Hidden".equals(type)) {
                    assertThat(property.path("label").asText()).as("%s: label", name).isNotBlank();
                }
                if ("Dropdown".equals(type)) {
                    assertThat(property.path("choices")).as("%s: choices", name).isNotEmpty().allSatisfy(
                            choice -> assertThat(choice.has("name") && choice.has("value")).isTrue());
                }
            }
        });
        assertThat(templates.keySet().stream().map(k -> k.substring(k.indexOf("› ") + 2))).doesNotHaveDuplicates();
    }

    static JsonNode userTaskTemplate() {
        return templates.entrySet().stream().filter(e -> e.getKey().endsWith("› " + USER_TASK_TEMPLATE))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    static JsonNode property(JsonNode template, String bindingName) {
        for (JsonNode property : template.path("properties")) {
            if (bindingName.equals(property.path("binding").path("name").asText())) {
                return property;
            }
        }
        throw new AssertionError("the template " + template.path("id").asText() + " sets no " + bindingName);
    }

    @Test
    void theUserTaskOffersExactlyTheGroupsOfKrimflowGroupUnderTheirNames() {
        JsonNode groups = property(userTaskTemplate(), "camunda:candidateGroups");
        assertThat(groups.path("type").asText()).isEqualTo("Dropdown");
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        groups.path("choices").forEach(choice -> {
            values.add(choice.path("value").asText());
            names.add(choice.path("name").asText());
        });
        assertThat(values).as("the group ids of the template").containsExactlyElementsOf(
                Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id).toList());
        assertThat(names).as("the group names of the template").containsExactlyElementsOf(
                Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::displayName).toList());
        assertThat(values).contains(groups.path("value").asText());
    }

    @Test
    void theUserTaskHasAWorkingDayDueDateAndALatestBoundForm() throws Exception {
        JsonNode template = userTaskTemplate();
        JsonNode dueDate = property(template, "camunda:dueDate");
        Pattern allowed = Pattern.compile(dueDate.path("constraints").path("pattern").path("value").asText());
        String preset = dueDate.path("value").asText();
        assertThat(preset).matches(allowed);
        assertThat(BEAN.matcher("${workingDays}").matches()).isTrue();
        assertThat(beans).as("the bean the due date calls").containsKey("workingDays");
        assertThat(beans.get("workingDays").type()).isEqualTo(WorkingDays.class);
        WorkingDays.class.getMethod("dueAfter", int.class);
        WorkingDays.class.getMethod("dueAfter", java.util.Date.class, int.class);
        WorkingDays.class.getMethod("dueBefore", java.util.Date.class, int.class);
        // The models' own working-day due dates are what the template allows.
        for (BpmnModelInstance model : ProcessesFolder.deployed().bpmn().values()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String due = task.getCamundaDueDate();
                if (due != null && due.contains("workingDays")) {
                    assertThat(due).as(task.getId()).matches(allowed);
                }
            }
        }
        assertThat(property(template, "camunda:formRef").path("constraints").path("notEmpty").asBoolean()).isTrue();
        JsonNode binding = property(template, "camunda:formRefBinding");
        assertThat(binding.path("type").asText()).isEqualTo("Hidden");
        assertThat(binding.path("value").asText()).isEqualTo("latest");
    }

    @Test
    void everyDelegateATemplateNamesIsASpringBeanOfTheRightKind() {
        List<String> problems = new ArrayList<>();
        List<Use> uses = new ArrayList<>();
        templates.forEach((name, template) -> uses.addAll(delegatesOf(name, template)));
        uses.forEach(use -> problems.addAll(beanProblems(use, beans)));
        assertThat(uses).isNotEmpty();
        assertThat(problems).as("templates naming what is no bean").isEmpty();
    }

    @Test
    void everyDelegateTheModelsNameIsASpringBeanOfTheRightKind() {
        List<String> problems = new ArrayList<>();
        usedByModels.forEach(use -> problems.addAll(beanProblems(use, beans)));
        assertThat(usedByModels).isNotEmpty();
        assertThat(problems).as("models naming what is no bean").isEmpty();
    }

    @Test
    void everyDelegateTheModelsUseHasATemplateForThatUse() {
        List<Use> offered = new ArrayList<>();
        templates.forEach((name, template) -> offered.addAll(delegatesOf(name, template)));
        List<String> missing = new ArrayList<>();
        for (Use use : usedByModels) {
            if (use.binding().startsWith("taskListener")) {
                continue; // a Camunda 7 template has no binding for camunda:taskListener
            }
            boolean templated = offered.stream().anyMatch(o -> o.bean().equals(use.bean())
                    && o.binding().equals(use.binding()) && o.elementType().equals(use.elementType()));
            if (!templated) {
                missing.add(use.where() + ": " + use.bean() + " as " + use.binding() + " on " + use.elementType());
            }
        }
        assertThat(missing).as("delegates without a template in processes/element-templates/").isEmpty();
    }

    @Test
    void aRenamedBeanOrAWrongKindIsCaught() {
        Use renamed = new Use("${createStatementPdfDelegate}", "delegateExpression", "bpmn:ServiceTask", "t.json");
        Use listenerAsTask = new Use("${registerPoliceNotification}", "delegateExpression", "bpmn:ServiceTask", "t.json");
        assertThat(beanProblems(renamed, beans)).containsExactly(
                "t.json: no Spring bean is named 'createStatementPdfDelegate'");
        assertThat(beanProblems(listenerAsTask, beans)).singleElement().asString()
                .contains("is no JavaDelegate, as delegateExpression needs");
    }

    @Test
    void theBeanScanFindsComponentsAndBeanMethods() {
        assertThat(beans).containsKeys("workingDays", "caseLife", "statementTaskListener", "attendanceDeadlines",
                "startYouthCareReviewListener", "registerPoliceNotification");
        for (Iterator<String> it = beans.keySet().iterator(); it.hasNext();) {
            assertThat(it.next()).isNotBlank();
        }
    }
}

package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/** The Tasklist filters as the webapp uses them, and the expression guard in front of them. */
@KrimflowIntegrationTest
class TasklistFiltersIT {

    static final ObjectMapper JSON = new ObjectMapper();


    @Autowired
    ProcessEngine engine;

    @Autowired
    TasklistFilters tasklistFilters;

    @Autowired
    KrimflowHttp http;
    String deploymentId;
    String key;

    Task mine;
    Task chefs;
    Task groupOverdue;
    Task otherGroup;

    @BeforeEach
    void tasks() {
        key = "FilterTest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        deploymentId = engine.getRepositoryService().createDeployment().name("filter-test")
                .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Work").name("Arbeta").camundaCandidateGroups("${group}")
                        .camundaDueDate("${due}").endEvent().done())
                .deploy().getId();
        Date tomorrow = Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
        mine = start(KrimflowGroup.ID_KRIMTEAMET, tomorrow);
        engine.getTaskService().setAssignee(mine.getId(), "krim1");
        chefs = start(KrimflowGroup.ID_KRIMTEAMET_CHEF, tomorrow);
        engine.getTaskService().setAssignee(chefs.getId(), "krimchef1");
        // Long overdue, so that it is first by due date among the tasks other tests leave in the shared database.
        Date longAgo = Date.from(Instant.now().minus(3650, ChronoUnit.DAYS));
        groupOverdue = start(KrimflowGroup.ID_KRIMTEAMET, longAgo);
        otherGroup = start(KrimflowGroup.ID_HANDLAGGARE, longAgo);
        tasklistFilters.refreshOverdue();
    }

    @AfterEach
    void cleanUp() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        ExpressionProbe.X = 0;
    }

    Task start(String group, Date due) {
        String id = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("group", group, "due", due)).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
    }

    @Test
    void eachUserSeesTheThreeFiltersAndOnlyTheirOwnTasksUnderMinaUppgifter() throws Exception {
        KrimflowHttp.WebappSession krim1 = http.login("tasklist", "krim1", "krim1");
        Map<String, String> filters = filterIds(krim1);
        assertThat(filters).containsOnlyKeys(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.OVERDUE);

        List<String> myTasks = taskIds(krim1, filters.get(TasklistFilters.MY_TASKS));
        List<String> assignedToKrim1 = engine.getTaskService().createTaskQuery().taskAssignee("krim1").list().stream()
                .map(Task::getId).toList();
        assertThat(myTasks).contains(mine.getId()).doesNotContain(chefs.getId())
                .containsExactlyInAnyOrderElementsOf(assignedToKrim1);

        KrimflowHttp.WebappSession chef = http.login("tasklist", "krimchef1", "krimchef1");
        Map<String, String> chefFilters = filterIds(chef);
        assertThat(chefFilters.get(TasklistFilters.MY_TASKS)).isNotEqualTo(filters.get(TasklistFilters.MY_TASKS));
        assertThat(taskIds(chef, chefFilters.get(TasklistFilters.MY_TASKS))).contains(chefs.getId())
                .doesNotContain(mine.getId());
        // krim1's own filter is not even readable by others.
        assertThat(http.get("/engine-rest/filter/" + filters.get(TasklistFilters.MY_TASKS), "krimchef1").statusCode())
                .isEqualTo(403);
    }

    @Test
    void groupAndOverdueFiltersShowTheTasksOfTheUsersGroupOnly() throws Exception {
        KrimflowHttp.WebappSession krim1 = http.login("tasklist", "krim1", "krim1");
        Map<String, String> filters = filterIds(krim1);

        assertThat(taskIds(krim1, filters.get(TasklistFilters.GROUP_TASKS))).contains(groupOverdue.getId())
                .doesNotContain(otherGroup.getId(), mine.getId(), chefs.getId());
        assertThat(taskIds(krim1, filters.get(TasklistFilters.OVERDUE))).contains(groupOverdue.getId())
                .doesNotContain(otherGroup.getId(), mine.getId());

        KrimflowHttp.WebappSession handlaggare = http.login("tasklist", "handlaggare1", "handlaggare1");
        assertThat(taskIds(handlaggare, filterIds(handlaggare).get(TasklistFilters.GROUP_TASKS)))
                .contains(otherGroup.getId()).doesNotContain(groupOverdue.getId());
    }

    @Test
    void filtersAreSortedByDueDateAndCarryNoExpression() {
        for (String name : List.of(TasklistFilters.GROUP_TASKS, TasklistFilters.OVERDUE)) {
            Filter f = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
            assertThat(f).as(name).isNotNull();
            assertThat(f.getOwner()).isNull();
            String query = f.getQuery().toString() + JSON.valueToTree(f.getProperties());
            assertThat(query).doesNotContain("${", "#{");
        }
        tasklistFilters.createShared();
        assertThat(engine.getFilterService().createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).count())
                .as("start-up twice creates nothing new").isEqualTo(1);
    }

    @Test
    void aUserMayNotChangeEvenTheirOwnFilter() throws Exception {
        http.login("tasklist", "krim1", "krim1").get("/camunda/api/engine/engine/default/filter/count?resourceType=Task");
        Filter own = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_TASKS).filterOwner("krim1")
                .singleResult();

        String update = "{\"resourceType\":\"Task\",\"name\":\"Mina uppgifter\",\"query\":{\"assignee\":\"krimchef1\"}}";
        var response = http.send("PUT", "/engine-rest/filter/" + own.getId(), "krim1", update);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anExpressionInsideOrQueriesIsRefusedAndNeverRuns() throws Exception {
        String probe = JSON.writeValueAsString(ExpressionProbe.EXPRESSION);
        KrimflowHttp.WebappSession krim1 = http.login("tasklist", "krim1", "krim1");
        String groupFilter = filterIds(krim1).get(TasklistFilters.GROUP_TASKS);

        var webapp = krim1.postJson("/camunda/api/engine/engine/default/filter/" + groupFilter
                + "/list?firstResult=0&maxResults=15", "{\"orQueries\":[{\"assigneeExpression\":" + probe + "}]}");
        var rest = http.postJson("/engine-rest/task?firstResult=0&maxResults=15",
                "{\"orQueries\":[{\"candidateGroup\":\"krimteamet\"},{\"nameLike\":\"%\",\"assigneeExpression\":" + probe + "}]}",
                "krim1");
        var restCount = http.postJson("/engine-rest/task/count",
                "{\"orQueries\":[{\"dueAfterExpression\":" + probe + "}]}", "krim1");
        var queryString = http.get("/engine-rest/task?firstResult=0&maxResults=5&assigneeExpression="
                + java.net.URLEncoder.encode(ExpressionProbe.EXPRESSION, "UTF-8"), "krim1");
        var storedFilter = http.postJson("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"x\","
                + "\"query\":{\"orQueries\":[{\"assigneeExpression\":" + probe + "}]}}", "admin");

        assertThat(List.of(webapp, rest, restCount, queryString, storedFilter))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(400));
        assertThat(webapp.body()).contains("Uttryck är inte tillåtna");
        assertThat(ExpressionProbe.X).as("the probe never ran").isZero();
    }

    @Test
    void ordinaryTasklistQueriesStillWork() throws Exception {
        KrimflowHttp.WebappSession krim1 = http.login("tasklist", "krim1", "krim1");
        String groupFilter = filterIds(krim1).get(TasklistFilters.GROUP_TASKS);
        String tasklistBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"orQueries\":[{\"nameLike\":\"%Arbeta%\",\"candidateGroups\":[\"krimteamet\"]}],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";

        var webapp = krim1.postJson("/camunda/api/engine/engine/default/filter/" + groupFilter
                + "/list?firstResult=0&maxResults=15", tasklistBody);
        var rest = http.postJson("/engine-rest/task?firstResult=0&maxResults=15", tasklistBody, "krim1");

        assertThat(webapp.statusCode()).isEqualTo(200);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(ids(JSON.readTree(rest.body()))).contains(groupOverdue.getId()).doesNotContain(otherGroup.getId());
    }

    Map<String, String> filterIds(KrimflowHttp.WebappSession session) throws Exception {
        assertThat(session.loginStatus()).as("webapp login").isEqualTo(200);
        assertThat(session.get("/camunda/api/engine/engine/default/filter/count?itemCount=false&resourceType=Task")
                .statusCode()).isEqualTo(200);
        var response = session.get("/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000"
                + "&itemCount=false&resourceType=Task");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (JsonNode f : JSON.readTree(response.body())) {
            assertThat(byName.put(f.get("name").asText(), f.get("id").asText())).as("one filter per name").isNull();
        }
        return byName;
    }

    List<String> taskIds(KrimflowHttp.WebappSession session, String filterId) throws Exception {
        var response = session.postJson("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=2000", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ids(JSON.readTree(response.body()));
    }

    static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }
}

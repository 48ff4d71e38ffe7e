package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ExpressionQueryGuardTest {

    final ExpressionQueryGuard guard = new ExpressionQueryGuard();

    @Test
    void refusesAnExpressionInsideOrQueriesWithSwedishProblem() throws Exception {
        MockHttpServletResponse response = post("/engine-rest/task",
                "{\"orQueries\":[{\"candidateGroup\":\"krimteamet\"},{\"assigneeExpression\":\"${currentUser()}\"}]}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"orQueries[1].assigneeExpression\"")
                .contains("Uttryck är inte tillåtna");
    }

    @Test
    void refusesDeeplyNestedHashExpressionsInAStoredFilter() throws Exception {
        MockHttpServletResponse response = post("/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"orQueries\":[{\"processVariables\":"
                        + "[{\"name\":\"a\",\"operator\":\"eq\",\"value\":\"#{1+1}\"}]}]}}");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void refusesEncodedExpressions() throws Exception {
        // JSON unicode escape of "$", URL-encoded and double URL-encoded forms.
        assertThat(post("/engine-rest/task", "{\"assignee\":\"\\u0024{x}\"}").getStatus()).isEqualTo(400);
        assertThat(post("/engine-rest/task", "{\"assignee\":\"%24%7Bx%7D\"}").getStatus()).isEqualTo(400);
        assertThat(post("/engine-rest/task", "{\"assignee\":\"%2524%257Bx%257D\"}").getStatus()).isEqualTo(400);
        assertThat(ExpressionQueryGuard.isExpression("%23%7bx%7d")).isTrue();
    }

    @Test
    void refusesExpressionsInTheQueryStringAndOnTheWebappsApi() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setQueryString("assigneeExpression=%24%7BcurrentUser()%7D");
        assertThat(run(request).getStatus()).isEqualTo(400);

        MockHttpServletRequest webapp = new MockHttpServletRequest("POST",
                "/camunda/api/engine/engine/default/filter/abc/list");
        webapp.setContent("{\"orQueries\":[{\"dueBeforeExpression\":\"${now()}\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(run(webapp).getStatus()).isEqualTo(400);
    }

    @Test
    void pathTricksDoNotEscapeTheGuard() throws Exception {
        for (String path : new String[] { "/engine-rest//task", "/engine-rest/task;x=1", "/engine-rest/task/",
                "/engine-rest/engine/default/task/count", "/engine-rest/%74ask" }) {
            assertThat(post(path, "{\"assigneeExpression\":\"${x}\"}").getStatus()).as(path).isEqualTo(400);
        }
    }

    @Test
    void passesOrdinaryTasklistQueriesWithTheBodyIntact() throws Exception {
        String body = "{\"orQueries\":[{\"candidateGroups\":[\"krimteamet\"],\"includeAssignedTasks\":false}],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"name\":\"Pris: 100 $ {ok}\"}";
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        guard.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(body);
    }

    @Test
    void leavesOtherEndpointsAlone() throws Exception {
        // Deployments from Camunda Modeler carry expressions in the BPMN; task completion carries free text.
        assertThat(post("/engine-rest/deployment/create", "${workingDays.dueAfter(5)}").getStatus()).isEqualTo(200);
        assertThat(post("/engine-rest/task/123/complete", "{\"variables\":{\"t\":{\"value\":\"${x}\"}}}")
                .getStatus()).isEqualTo(200);
    }

    MockHttpServletResponse post(String path, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        return run(request);
    }

    MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        if (response.getStatus() == 400) {
            assertThat(chain.getRequest()).as("a refused request must not reach the engine").isNull();
        }
        return response;
    }
}

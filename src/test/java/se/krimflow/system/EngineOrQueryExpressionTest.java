package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Why {@link ExpressionQueryGuard} exists: with ad-hoc query expressions switched off, the engine
 * refuses an expression at the top level of a task query but (Camunda 7.24 CE) still evaluates one
 * inside an or-query. When this test starts failing, the engine has closed the hole itself.
 */
class EngineOrQueryExpressionTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @AfterEach
    void reset() {
        ExpressionProbe.X = 0;
        extension.getProcessEngine().getIdentityService().clearAuthentication();
    }

    @Test
    void theEngineRefusesTopLevelExpressionsButEvaluatesThemInsideOrQueries() {
        ProcessEngine engine = extension.getProcessEngine();
        assertThat(engine.getProcessEngineConfiguration()).extracting("enableExpressionsInAdhocQueries").isEqualTo(false);
        engine.getIdentityService().setAuthentication("krim1", List.of("krimteamet"));

        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery()
                .taskAssigneeExpression(ExpressionProbe.EXPRESSION).list());
        assertThat(ExpressionProbe.X).isZero();

        try {
            engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(ExpressionProbe.EXPRESSION)
                    .endOr().list();
        } catch (RuntimeException e) {
            // setLong returns void: the query may fail after the expression has run.
        }
        assertThat(ExpressionProbe.X).as("the or-query expression ran inside the engine").isEqualTo(42);
    }
}

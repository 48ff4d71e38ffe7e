package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;
import se.krimflow.testsupport.ThrowawayUser;

/** The hardened engine of the running application, read back and exercised. */
@KrimflowIntegrationTest
class EngineHardeningIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    KrimflowHttp http;

    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        engine.getIdentityService().clearAuthentication();
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void settingsAreInForce() {
        ProcessEngineConfigurationImpl c = configuration();
        assertThat(c.isAuthorizationEnabled()).isTrue();
        assertThat(c.getAdminGroups()).containsExactly(KrimflowGroup.ID_CAMUNDA_ADMIN);
        assertThat(c.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(c.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(c.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(c.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(c.getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(c.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
        assertThat(c.getHistoryTimeToLive()).isEqualTo("P1825D");
        assertThat(c.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(c.getLoginMaxAttempts()).as("no permanent lock after failed logins").isEqualTo(Integer.MAX_VALUE);
        assertThat(c.getLoginDelayMaxTime()).isLessThanOrEqualTo(300);
    }

    /**
     * CONTRACT.md: failed logins never lock a user out for good. Wrong passwords from an anonymous
     * caller delay the user (at most a minute); fifteen of them, each after the last delay (more than
     * Camunda's default of ten, after which it locks until an administrator unlocks), and the right
     * password still works once the last delay has passed.
     */
    @Test
    void wrongPasswordsDelayAUserForAtMostAMinuteAndNeverLockForGood() {
        String user = ThrowawayUser.create(engine, KrimflowGroup.ID_KRIMTEAMET);
        assertThat(http.get("/engine-rest/task/count", user, "wrong").statusCode()).isEqualTo(401);
        Date now = new Date();
        try {
            for (int i = 0; i < 15; i++) {
                Date lockedUntil = lockedUntil(user);
                assertThat(lockedUntil).as("a delay of at most a minute").isNotNull()
                        .isBefore(new Date(now.getTime() + 61_000));
                now = new Date(lockedUntil.getTime() + 1000);
                ClockUtil.setCurrentTime(now);
                assertThat(engine.getIdentityService().checkPassword(user, "wrong-" + i)).isFalse();
            }
            now = new Date(lockedUntil(user).getTime() + 1000);
            ClockUtil.setCurrentTime(now);
            assertThat(engine.getIdentityService().checkPassword(user, ThrowawayUser.password(user)))
                    .as("the right password works once the delay has passed, without an administrator").isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    Date lockedUntil(String user) {
        return ((UserEntity) engine.getIdentityService().createUserQuery().userId(user).singleResult())
                .getLockExpirationTime();
    }

    @Test
    void aModelWithoutHistoryTimeToLiveGetsFiveYearsAndAModelMaySetItsOwn() {
        String withDefault = key("Default");
        String withOwn = key("Own");
        BpmnModelInstance noTimeToLive = Bpmn.createExecutableProcess(withDefault).startEvent().userTask().endEvent().done();
        // The fluent builder writes a default of its own (P180D): take it out, as a hand-made model has none.
        noTimeToLive.<Process>getModelElementById(withDefault).setCamundaHistoryTimeToLiveString(null);
        deploy(noTimeToLive,
                Bpmn.createExecutableProcess(withOwn).camundaHistoryTimeToLive(30).startEvent().userTask().endEvent().done());

        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(withDefault)
                .singleResult().getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(withOwn)
                .singleResult().getHistoryTimeToLive()).isEqualTo(30);
    }

    @Test
    void expressionsAreRefusedInAdhocAndStoredQueries() {
        engine.getIdentityService().setAuthentication("krim1", List.of(KrimflowGroup.ID_KRIMTEAMET));
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
                .listPage(0, 10)).hasMessageContaining("Expressions are forbidden");
        engine.getIdentityService().clearAuthentication();

        var filter = engine.getFilterService().newTaskFilter("Med uttryck " + UUID.randomUUID())
                .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        assertThatThrownBy(() -> engine.getFilterService().saveFilter(filter))
                .hasMessageContaining("Expressions are forbidden");
    }

    @Test
    void javaSerializedVariablesAreRefusedAndForeignTypesAreNotDeserialized() {
        String key = key("Variables");
        deploy(Bpmn.createExecutableProcess(key).startEvent().userTask().endEvent().done());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key);

        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance.getId(), "java",
                // What a client would send: Java-serialized bytes (here an empty ArrayList), base64.
                Variables.serializedObjectValue("rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==")
                        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .objectTypeName("java.util.ArrayList").create()))
                .hasMessageContaining("Java serialization");

        engine.getRuntimeService().setVariable(instance.getId(), "foreign",
                Variables.serializedObjectValue("{\"redirectErrorStream\": true}").serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .objectTypeName("java.lang.ProcessBuilder").create());
        assertThatThrownBy(() -> engine.getRuntimeService().getVariable(instance.getId(), "foreign"))
                .hasMessageContaining("java.lang.ProcessBuilder");
    }

    @Test
    void queriesOfAUserAreLimitedInSize() {
        engine.getIdentityService().setAuthentication("krim1", List.of(KrimflowGroup.ID_KRIMTEAMET));
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().list())
                .hasMessageContaining("unbound number of results");
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().listPage(0, 2001))
                .hasMessageContaining("2000");
        assertThat(engine.getTaskService().createTaskQuery().listPage(0, 2000)).isNotNull();
    }

    @Test
    void aFailingStepIsRetriedThreeTimesFiveMinutesApartAndThenBecomesAnIncident() {
        String key = key("Failing");
        deploy(Bpmn.createExecutableProcess(key).startEvent().serviceTask("Task_Fails").camundaAsyncBefore()
                .camundaClass("se.krimflow.DoesNotExist").endEvent().done());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key);

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = job(instance);
            Date before = new Date();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
            Job failed = job(instance);
            assertThat(failed.getRetries()).isEqualTo(3 - attempt);
            if (attempt < 3) {
                assertThat(failed.getDuedate()).isBetween(new Date(before.getTime() + 4 * 60_000),
                        new Date(before.getTime() + 6 * 60_000));
                assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                        .isZero();
            }
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
    }

    Job job(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    static String key(String what) {
        return "Hardening" + what + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    void deploy(BpmnModelInstance... models) {
        var builder = engine.getRepositoryService().createDeployment().name("hardening-test");
        for (BpmnModelInstance m : models) {
            builder.addModelInstance(UUID.randomUUID() + ".bpmn", m);
        }
        Deployment d = builder.deploy();
        deployments.add(d.getId());
    }
}

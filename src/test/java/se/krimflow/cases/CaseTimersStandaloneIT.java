package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.testsupport.PoliceNotificationPayload.policeNotification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.KrimflowApplication;
import se.krimflow.deadline.EngineClock;
import se.krimflow.deadline.WorkingDays;
import se.krimflow.testsupport.EmbeddedPostgresInitializer;
import se.krimflow.testsupport.KrimflowHttp;

/**
 * The case's timers fire on the real job executor, with the engine's clock moved: a moved
 * interrogation's escalation to the unit manager, the statement's reminder and overdue escalation (and
 * again after an extension),
 * and the review of a case that has stood still for six months. A context of its own (the shared one runs without the job executor), in a JVM of its
 * own (the clock is the JVM's).
 */
class CaseTimersStandaloneIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KrimflowApplication.class)
                .profiles("postgres", "demo")
                .run("--server.port=0", "--spring.datasource.url=" + EmbeddedPostgresInitializer.newDatabase(),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--camunda.bpm.job-execution.enabled=true",
                        // Look for due jobs every half second, so that a moved clock is seen at once.
                        "--camunda.bpm.job-execution.max-wait=500", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.process-engine-name=timers", "--camunda.bpm.webapp.enabled=false");
    }

    static Task await(String what, Supplier<Task> query) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            Task task = query.get();
            if (task != null) {
                return task;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the job executor did not create " + what + " within 60 s");
    }

    static String caseInstanceOf(ProcessEngine engine, String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YouthCrimeCase.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    @Test
    void theMovedEscalationAndTheStatementsReminderAndEscalationFireOnTheJobExecutor() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            KrimflowHttp http = new KrimflowHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            Map<String, Object> notification = policeNotification()
                    .with("interrogationAt", OffsetDateTime.ofInstant(now.plus(Duration.ofHours(5)), EngineClock.ZONE).toString())
                    .toMap();
            HttpResponse<String> created = http.post("/api/cases", notification, "krim1");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();

            // The police move the interrogation to three hours from now: the escalation is due in one.
            Instant movedTo = now.plus(Duration.ofHours(3));
            assertThat(http.post("/api/cases/" + caseNumber + "/interrogation-moved",
                    Map.of("interrogationAt", OffsetDateTime.ofInstant(movedTo, EngineClock.ZONE).toString()), "krim1")
                    .statusCode()).isEqualTo(202);
            ClockUtil.setCurrentTime(Date.from(movedTo.minus(Duration.ofMinutes(119))));
            Task escalation = await("the unit manager's escalation", () -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AppointAttendee").singleResult());
            assertThat(escalation.getDueDate()).isEqualTo(Date.from(movedTo));

            // A statement due in ten days: the reminder three working days before, the escalation after.
            LocalDate dueDay = LocalDate.ofInstant(now, EngineClock.ZONE).plusDays(10);
            assertThat(http.post("/api/cases/" + caseNumber + "/statement-request", Map.of("requestedBy", "AKLAGARE",
                    "dueDate", dueDay.toString(), "personalCircumstancesRequested", false), "krim1").statusCode())
                    .isEqualTo(202);
            Date due = new WorkingDays().endOfDay(dueDay);
            ClockUtil.setCurrentTime(Date.from(new WorkingDays().reminderBefore(due, 3).toInstant().plusSeconds(1)));
            await("the statement's reminder", () -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ReadStatementReminder").singleResult());
            ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(1)));
            Task overdue = await("the overdue statement's escalation", () -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_HandleOverdueStatement").singleResult());
            assertThat(engine.getTaskService().getIdentityLinksForTask(overdue.getId())).extracting("groupId")
                    .contains("krimteamet-chef");

            // The unit manager records an extension (anstånd) of twenty days: the watch starts over.
            LocalDate extendedTo = dueDay.plusDays(20);
            HttpResponse<String> claimed = http.post("/engine-rest/engine/timers/task/" + overdue.getId() + "/claim",
                    Map.of("userId", "krimchef1"), "krimchef1");
            assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
            HttpResponse<String> extended = http.post("/engine-rest/engine/timers/task/" + overdue.getId() + "/submit-form",
                    Map.of("variables", Map.of("overdueAction", Map.of("value", "ANSTAND"),
                            "extendedDueDate", Map.of("value", extendedTo.toString()))), "krimchef1");
            assertThat(extended.statusCode()).as(extended.body()).isEqualTo(204);
            Date newDue = new WorkingDays().endOfDay(extendedTo);
            assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(caseInstanceOf(engine,
                    caseNumber)).variableName("statementDueDate").singleResult().getValue())
                    .as("the case shows the new day").isEqualTo(newDue);
            ClockUtil.setCurrentTime(Date.from(new WorkingDays().reminderBefore(newDue, 3).toInstant().plusSeconds(1)));
            Task secondReminder = await("the reminder before the new day", () -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ReadStatementReminder").singleResult());
            assertThat(secondReminder.getDueDate()).isEqualTo(newDue);

            // No task completed for six months: the unit manager reviews the case.
            String caseInstance = caseInstanceOf(engine, caseNumber);
            Date standingStill = engine.getManagementService().createJobQuery().processInstanceId(caseInstance)
                    .activityId(YouthCrimeCase.START_STANDING_STILL).singleResult().getDuedate();
            ClockUtil.setCurrentTime(Date.from(standingStill.toInstant().plusSeconds(1)));
            Task review = await("the review of a case standing still", () -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey(YouthCrimeCase.TASK_REVIEW_STANDING_STILL)
                    .singleResult());
            assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting("groupId")
                    .containsExactly("krimteamet-chef");
        }
    }
}

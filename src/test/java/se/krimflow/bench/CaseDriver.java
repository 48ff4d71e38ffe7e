package se.krimflow.bench;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.deadline.EngineClock;
import se.krimflow.testsupport.PoliceNotificationPayload;

/**
 * S1: drives one whole youth-crime case through the real models, as Tasklist users would: every open
 * task of the case (and of its called instances, which carry the case number as business key) is
 * completed by a user of its candidate group with values built from the deployed form (required
 * fields filled, options chosen by {@link #CHOICES} so the case takes the long path: attended and
 * confessed, mediation with an agreement, statement approved, youth service done). Messages are
 * correlated through RuntimeService by the case's process instance id, as OpenCases does.
 */
final class CaseDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that steer the path; every other required field gets a plain valid value. */
    static final Map<String, Object> CHOICES = Map.ofEntries(
            Map.entry("appointment", "UTSEDD"), Map.entry("attended", true), Map.entry("confessed", true),
            Map.entry("sensitiveOffence", false), Map.entry("guardiansPresent", true),
            Map.entry("youthAttitude", "Samarbetsvillig"), Map.entry("guardiansReaction", "Stödjande"),
            Map.entry("suitabilityDecision", "LAMPLIG"), Map.entry("youthAnswer", "JA"),
            Map.entry("guardiansInformed", true), Map.entry("referralSent", true), Map.entry("withdrawn", false),
            Map.entry("investigationLeaderConsulted", true), Map.entry("investigationLeaderAdvisesAgainst", false),
            Map.entry("victimConsentAnswer", "SAMTYCKER"), Map.entry("victimIsMinor", false),
            Map.entry("talkWithYouthHeld", true), Map.entry("talkWithVictimHeld", true),
            Map.entry("meetingHeld", true), Map.entry("youthParticipated", true),
            Map.entry("victimParticipated", true), Map.entry("agreementReached", true),
            Map.entry("agreementKind", "URSAKT"), Map.entry("agreementDescription", "Ursäkt framförd"),
            Map.entry("agreementFulfilment", "UPPFYLLT"),
            Map.entry("statementDecision", "GODKAND"), Map.entry("commentsReceived", "NEJ"),
            Map.entry("plannedMeasureKind", "UNGDOMSTJANST"), Map.entry("youthServiceSuitable", "LAMPLIG"),
            Map.entry("youthServiceAssessment", "Lämplig för ungdomstjänst"),
            Map.entry("mediationText", "Medling genomförd med avtal"),
            Map.entry("personalCircumstances", "Bor med vårdnadshavare"),
            Map.entry("youthContract", "Inget kontrakt"), Map.entry("carePlan", "Ingen vårdplan"),
            Map.entry("statementSentConfirmed", true),
            Map.entry("statementSentToProsecutorOn", java.time.LocalDate.now(se.krimflow.deadline.EngineClock.ZONE).toString()), Map.entry("talkHeld", true),
            Map.entry("talkSummary", "Samtal hållet"),
            Map.entry("registrationType", "PASS"), Map.entry("attendance", "NARVARANDE"),
            Map.entry("sessionHours", 20), Map.entry("sessionDate", LocalDate.now().toString()),
            Map.entry("refusesToContinue", false), Map.entry("newOffenceSuspected", false), Map.entry("completionConfirmed", true),
            Map.entry("itemStatus", "FOLJS"), Map.entry("itemMissedAppointments", 0),
            Map.entry("deadlineAnswer", "I_TID"));

    /** A user of each group (DemoUsers). */
    private static final Map<String, String> USER_OF_GROUP = Map.of("krimteamet", "krim1",
            "krimteamet-chef", "krimchef1", "handlaggare", "handlaggare1", "mobila-teamet", "mobila1",
            "ungdomstjanst", "ungdomstjanst1", "kvalitet", "kvalitet1", "brottsofferstod", "brottsoffer1");

    private final ProcessEngine engine;
    final Map<String, ConcurrentLinkedQueue<Long>> stepNanos = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> formCache = new ConcurrentHashMap<>();

    CaseDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Runs one case to its end; returns the number of engine calls (transactions) it took. */
    int runCase() throws Exception {
        IdentityService identity = engine.getIdentityService();
        Map<String, Object> notification = PoliceNotificationPayload.policeNotification()
                .with("interrogationAt", LocalDate.now().plusDays(20) + "T10:00:00+01:00").toMap();
        int transactions = 0;
        String caseId;
        long t = System.nanoTime();
        identity.setAuthentication("krim1", List.of("krimteamet"));
        try {
            caseId = engine.getRuntimeService().startProcessInstanceByKey("YouthCrimeCase", notification).getId();
        } finally {
            identity.clearAuthentication();
        }
        record("start YouthCrimeCase", t);
        transactions++;
        String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId)
                .singleResult().getBusinessKey();
        boolean statementRequested = false;
        boolean sanctionDecided = false;
        for (int guard = 0; guard < 200; guard++) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list();
            if (open.isEmpty()) {
                if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).count() == 0) {
                    return transactions;
                }
                Map<String, Object> vars = new HashMap<>();
                String message;
                if (!statementRequested) {
                    message = "StatementRequested";
                    vars.put("requestedBy", "Åklagarmyndigheten");
                    vars.put("statementDueDate", Date.from(LocalDate.now().plusDays(30)
                            .atTime(16, 0).atZone(EngineClock.ZONE).toInstant()));
                    vars.put("personalCircumstancesRequested", false);
                    statementRequested = true;
                } else if (!sanctionDecided) {
                    message = "SanctionDecided";
                    vars.put("sanctionType", "UNGDOMSTJANST");
                    vars.put("youthServiceHours", 20);
                    vars.put("careProvider", null);
                    sanctionDecided = true;
                } else {
                    message = "CaseClosed";
                    vars.put("closeReason", "Påföljden fullgjord");
                }
                t = System.nanoTime();
                engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(caseId)
                        .setVariables(vars).correlateWithResult();
                record("message " + message, t);
                transactions++;
                continue;
            }
            for (Task task : open) {
                complete(task);
                transactions++;
            }
        }
        throw new IllegalStateException("case " + caseNumber + " did not end within 200 steps");
    }

    private void complete(Task task) throws Exception {
        String group = null;
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null) {
                group = link.getGroupId();
                break;
            }
        }
        String user = task.getAssignee() != null ? task.getAssignee()
                : group == null ? "admin" : USER_OF_GROUP.getOrDefault(group, "admin");
        Map<String, Object> values = values(task);
        IdentityService identity = engine.getIdentityService();
        long t = System.nanoTime();
        identity.setAuthentication(user, group == null ? List.of("camunda-admin") : List.of(group));
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getTaskService().complete(task.getId(), values);
        } catch (RuntimeException e) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " refused " + values.keySet()
                    + ": " + e.getMessage(), e);
        } finally {
            identity.clearAuthentication();
        }
        record(task.getTaskDefinitionKey(), t);
    }

    private Map<String, Object> values(Task task) throws Exception {
        JsonNode form = formCache.get(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey());
        if (form == null) {
            try (InputStream in = engine.getFormService().getDeployedTaskForm(task.getId())) {
                form = JSON.readTree(in);
            }
            formCache.put(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), form);
        }
        Map<String, Object> values = new HashMap<>();
        fill(form.path("components"), values);
        return values;
    }

    private static void fill(JsonNode components, Map<String, Object> values) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (c.has("components")) {
                fill(c.get("components"), values);
            }
            String key = c.path("key").asText(null);
            if (key == null || type.equals("text") || type.equals("group")) {
                continue;
            }
            if (CHOICES.containsKey(key)) {
                values.put(key, CHOICES.get(key));
                continue;
            }
            JsonNode validate = c.path("validate");
            if (type.equals("checkbox") && !c.has("conditional")) {
                values.put(key, false); // Tasklist sends every visible checkbox
                continue;
            }
            if (!validate.path("required").asBoolean(false) || c.has("conditional")) {
                continue;
            }
            switch (type) {
                case "number" -> values.put(key, validate.has("min") ? validate.get("min").asInt() : 1);
                case "checkbox" -> values.put(key, false);
                case "select", "radio" -> values.put(key, c.path("values").get(0).path("value").asText());
                case "datetime" -> values.put(key, "date".equals(c.path("subtype").asText())
                        ? LocalDate.now().toString() : LocalDate.now() + "T10:00:00+01:00");
                default -> {
                    int min = validate.path("minLength").asInt(0);
                    values.put(key, "Benchmarktext" + "x".repeat(Math.max(0, min - 13)));
                }
            }
        }
    }

    private void record(String step, long start) {
        stepNanos.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
    }
}

package se.krimflow.cases;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.ApiException;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * What {@code GET /api/cases} and {@code GET /api/cases/{caseNumber}} answer (CONTRACT.md): the
 * open cases the caller may read with their own engine authorizations, each with its open steps, its
 * next deadline and whether anything is overdue; for one case also the legal clocks and the outcome
 * of each process so far. Never a personnummer or a name. Which cases the caller may read is decided
 * with their authorizations; what is shown of a readable case is then read without them, so that a
 * caseworker with one task in a case sees the whole case's steps.
 */
@Component
public class CaseSummaries {

    private static final ZoneId ZONE = EngineClock.ZONE;

    /** One open step: a user task of the case or of a process it called. */
    public record Step(String process, String processName, String task, Date dueDate) {
    }

    /** A legal clock: what, when it is due, whether it is met, whether it is overdue. */
    public record Clock(String what, Date due, boolean done, boolean overdue) {
    }

    private final ProcessEngine engine;
    private final OpenCases openCases;

    CaseSummaries(ProcessEngine engine, OpenCases openCases) {
        this.engine = engine;
        this.openCases = openCases;
    }

    /** A page of the open cases the caller may read, newest first. */
    public Map<String, Object> page(int page, int size) {
        Set<String> readable = readableCaseNumbers();
        return WithoutAuthorizationCheck.call(engine, () -> {
            HistoricProcessInstanceQuery query = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(YouthCrimeCase.KEY).unfinished();
            if (readable != null) {
                if (readable.isEmpty()) {
                    return Map.<String, Object>of("items", List.of(), "total", 0L);
                }
                query.processInstanceBusinessKeyIn(readable.toArray(String[]::new));
            }
            long total = query.count();
            List<Map<String, Object>> items = new ArrayList<>();
            for (HistoricProcessInstance instance : query.orderByProcessInstanceStartTime().desc()
                    .listPage(page * size, size)) {
                items.add(summary(instance, false));
            }
            return Map.<String, Object>of("items", items, "total", total);
        });
    }

    /** One case the caller may read, with its clocks and outcomes; 404 otherwise, as for an unknown case. */
    public Map<String, Object> one(String caseNumber) {
        openCases.requireReadable(caseNumber);
        return WithoutAuthorizationCheck.call(engine, () -> {
            HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(YouthCrimeCase.KEY).processInstanceBusinessKey(caseNumber)
                    .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
                    .orElseThrow(() -> ApiException.notFound(OpenCases.NO_CASE));
            return summary(instance, true);
        });
    }

    /**
     * The case numbers the caller may read, or null for every case: a group with READ_INSTANCE on
     * the case process (the unit manager) reads all; anyone else the cases of the tasks they see.
     */
    private Set<String> readableCaseNumbers() {
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return Set.of();
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, YouthCrimeCase.KEY)) {
            return null;
        }
        int limit = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getQueryMaxResultsLimit();
        Set<String> instances = new LinkedHashSet<>();
        for (Task task : engine.getTaskService().createTaskQuery().listPage(0, Math.min(limit, 10_000))) {
            instances.add(task.getProcessInstanceId());
        }
        if (instances.isEmpty()) {
            return Set.of();
        }
        return WithoutAuthorizationCheck.call(engine, () -> {
            Set<String> numbers = new LinkedHashSet<>();
            for (HistoricProcessInstance p : engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceIds(instances).list()) {
                if (p.getBusinessKey() != null && OpenCases.CASE_NUMBER.matcher(p.getBusinessKey()).matches()) {
                    numbers.add(p.getBusinessKey());
                }
            }
            return numbers;
        });
    }

    private Map<String, Object> summary(HistoricProcessInstance instance, boolean details) {
        String caseNumber = instance.getBusinessKey();
        Date now = ClockUtil.getCurrentTime();
        List<Step> steps = steps(caseNumber);
        Map<String, Object> variables = variables(instance.getId());
        List<Clock> clocks = clocks(instance, variables, steps, now);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("caseNumber", caseNumber);
        summary.put("openedAt", iso(instance.getStartTime()));
        summary.put("closedAt", iso(instance.getEndTime()));
        List<Map<String, Object>> stepItems = new ArrayList<>();
        for (Step step : steps) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("process", step.process());
            item.put("processName", step.processName());
            item.put("task", step.task());
            item.put("dueDate", iso(step.dueDate()));
            item.put("overdue", step.dueDate() != null && step.dueDate().before(now));
            stepItems.add(item);
        }
        summary.put("steps", stepItems);
        summary.put("nextDeadline", nextDeadline(steps, clocks));
        summary.put("overdue", stepItems.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("overdue")))
                || clocks.stream().anyMatch(Clock::overdue));
        if (details) {
            List<Map<String, Object>> clockItems = new ArrayList<>();
            for (Clock clock : clocks) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("what", clock.what());
                item.put("due", iso(clock.due()));
                item.put("done", clock.done());
                item.put("overdue", clock.overdue());
                clockItems.add(item);
            }
            summary.put("clocks", clockItems);
            summary.put("outcomes", outcomes(variables));
        }
        return summary;
    }

    /** The open user tasks of the case and every process it called (they carry its case number). */
    private List<Step> steps(String caseNumber) {
        TaskService tasks = engine.getTaskService();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .orderByDueDate().asc().listPage(0, 200)) {
            ProcessDefinition definition = definitions.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> engine.getRepositoryService().getProcessDefinition(id));
            steps.add(new Step(definition.getKey(), definition.getName(), task.getName(), task.getDueDate()));
        }
        return steps;
    }

    private Map<String, Object> variables(String caseInstanceId) {
        Map<String, Object> values = new HashMap<>();
        for (String name : List.of(YouthCrimeCase.VAR_PROTECTION_ASSESSMENT_DUE_AT, YouthCrimeCase.VAR_PRE_ASSESSMENT_DUE_AT,
                YouthCrimeCase.VAR_SIX_WEEK_LIMIT_AT, YouthCrimeCase.VAR_STATEMENT_DUE_DATE,
                YouthCrimeCase.VAR_STATEMENT_SENT_AT, YouthCrimeCase.VAR_INVESTIGATION_DUE_AT,
                YouthCrimeCase.VAR_PROTECTION_NEEDED, YouthCrimeCase.VAR_PRE_ASSESSMENT_DECISION,
                YouthCrimeCase.VAR_NOTIFICATION_ADDED_TO_INVESTIGATION, YouthCrimeCase.VAR_PROSECUTION_DECISION)) {
            values.put(name, null);
        }
        OUTCOMES.keySet().forEach(name -> values.put(name, null));
        HistoryService history = engine.getHistoryService();
        history.createHistoricVariableInstanceQuery().processInstanceId(caseInstanceId)
                .variableNameIn(values.keySet().toArray(String[]::new)).disableCustomObjectDeserialization()
                .list().forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    private List<Clock> clocks(HistoricProcessInstance instance, Map<String, Object> v, List<Step> steps, Date now) {
        List<Clock> clocks = new ArrayList<>();
        boolean protectionDone = v.get(YouthCrimeCase.VAR_PROTECTION_NEEDED) != null;
        add(clocks, "Skyddsbedömning", v.get(YouthCrimeCase.VAR_PROTECTION_ASSESSMENT_DUE_AT), protectionDone, now);
        boolean preAssessed = v.get(YouthCrimeCase.VAR_PRE_ASSESSMENT_DECISION) != null
                || v.get(YouthCrimeCase.VAR_NOTIFICATION_ADDED_TO_INVESTIGATION) != null;
        add(clocks, "Förhandsbedömning", v.get(YouthCrimeCase.VAR_PRE_ASSESSMENT_DUE_AT), preAssessed, now);
        add(clocks, "Utredningen ska vara klar (4 månader)", v.get(YouthCrimeCase.VAR_INVESTIGATION_DUE_AT),
                instance.getEndTime() != null, now);
        // LUL 4 §: shown, never enforced (a mediation is a lawful reason to pass it).
        if (v.get(YouthCrimeCase.VAR_SIX_WEEK_LIMIT_AT) instanceof Date sixWeeks) {
            clocks.add(new Clock("Sexveckorsfristen (LUL 4 §)", sixWeeks,
                    v.get(YouthCrimeCase.VAR_PROSECUTION_DECISION) != null, false));
        }
        add(clocks, "Yttrandet ska lämnas", v.get(YouthCrimeCase.VAR_STATEMENT_DUE_DATE),
                v.get(YouthCrimeCase.VAR_STATEMENT_SENT_AT) != null || v.get(YouthCrimeCase.VAR_STATEMENT_OUTCOME) != null, now);
        HistoricTaskInstance firstContact = firstContact(instance.getBusinessKey());
        if (firstContact != null) {
            add(clocks, "Första kontakt efter påföljden", firstContact.getDueDate(), firstContact.getEndTime() != null, now);
        }
        return clocks;
    }

    private static void add(List<Clock> clocks, String what, Object due, boolean done, Date now) {
        if (due instanceof Date day) {
            clocks.add(new Clock(what, day, done, !done && day.before(now)));
        }
    }

    /** The newest first-contact task of the case's sanction follow-up, open (no end time) or done. */
    private HistoricTaskInstance firstContact(String caseNumber) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKeyIn(YouthCrimeCase.FIRST_CONTACT_TASKS.toArray(String[]::new))
                .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    }

    private static Map<String, Object> nextDeadline(List<Step> steps, List<Clock> clocks) {
        record Due(String what, Date due) {
        }
        List<Due> open = new ArrayList<>();
        steps.stream().filter(s -> s.dueDate() != null).forEach(s -> open.add(new Due(s.task(), s.dueDate())));
        clocks.stream().filter(c -> !c.done()).forEach(c -> open.add(new Due(c.what(), c.due())));
        return open.stream().min(Comparator.comparing(Due::due)).map(d -> {
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("what", d.what());
            next.put("due", iso(d.due()));
            return next;
        }).orElse(null);
    }

    /** The outcome variables the case holds, by process; codes of CONTRACT.md and cases/CaseCodes. */
    static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(YouthCrimeCase.VAR_INTERROGATION_OUTCOME, YouthCrimeCase.INTERROGATION_ATTENDANCE);
        names.put(YouthCrimeCase.VAR_PRE_ASSESSMENT_DECISION, "PreAssessment");
        names.put(YouthCrimeCase.VAR_MEDIATION_OUTCOME, YouthCrimeCase.MEDIATION_OFFER);
        names.put(YouthCrimeCase.VAR_STATEMENT_OUTCOME, YouthCrimeCase.STATEMENT_WRITING);
        names.put(YouthCrimeCase.VAR_PROSECUTION_DECISION, "ProsecutionDecision");
        names.put(YouthCrimeCase.VAR_SANCTION_OUTCOME, YouthCrimeCase.SANCTION_FOLLOW_UP);
        names.put(YouthCrimeCase.VAR_CASE_OUTCOME, YouthCrimeCase.KEY);
        return names;
    }

    private static Map<String, Object> outcomes(Map<String, Object> variables) {
        Map<String, Object> found = new LinkedHashMap<>();
        OUTCOMES.forEach((variable, process) -> {
            if (variables.get(variable) instanceof String code) {
                found.put(process, code);
            }
        });
        return found;
    }

    static String iso(Date date) {
        return date == null ? null : date.toInstant().atZone(ZONE).toOffsetDateTime().toString();
    }
}

package se.krimflow.deviation;

import static se.krimflow.deviation.DeviationHandling.*;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import se.krimflow.deadline.EngineClock;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * Reads the deviations reported in one year from the engine's HISTORY (historic process instances
 * and their variables), so closed deviations count as well as open ones. The report holds counts
 * only, so it reads all deviations whatever the caller may see in Cockpit: the URL rule decides
 * who gets the report, and the engine's per-user filtering is switched off for these queries.
 */
@Component
class DeviationHistory {

    static final int PAGE = 500;
    static final List<String> VARIABLES = List.of(CATEGORY, TRACK, ORGANISATION, REPORTED_AT, FEEDBACK_DUE_AT,
            FEEDBACK_GIVEN_AT, TRIAGE_OUTCOME);

    private final ProcessEngine engine;
    private final HistoryService history;

    DeviationHistory(ProcessEngine engine) {
        this.engine = engine;
        this.history = engine.getHistoryService();
    }

    List<DeviationStatistics.Deviation> reportedIn(int year) {
        return WithoutAuthorizationCheck.call(engine, () -> read(year));
    }

    private List<DeviationStatistics.Deviation> read(int year) {
        ZonedDateTime from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, EngineClock.ZONE);
        Date start = Date.from(from.toInstant());
        Date end = new Date(from.plusYears(1).toInstant().toEpochMilli() - 1);
        List<HistoricProcessInstance> instances = pages((first, max) -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(KEY).startedAfter(start).startedBefore(end)
                .orderByProcessInstanceId().asc().listPage(first, max));
        List<DeviationStatistics.Deviation> result = new ArrayList<>();
        for (int i = 0; i < instances.size(); i += PAGE / VARIABLES.size()) {
            List<HistoricProcessInstance> chunk = instances.subList(i,
                    Math.min(instances.size(), i + PAGE / VARIABLES.size()));
            String[] ids = chunk.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
            Map<String, Map<String, Object>> values = new HashMap<>();
            for (HistoricVariableInstance v : pages((first, max) -> history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids).variableNameIn(VARIABLES.toArray(String[]::new))
                    .disableCustomObjectDeserialization().orderByProcessInstanceId().asc().listPage(first, max))) {
                Map<String, Object> own = values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>());
                // A value on the process instance itself wins over one in a sub-scope.
                boolean root = v.getProcessInstanceId().equals(v.getActivityInstanceId())
                        || v.getProcessInstanceId().equals(v.getExecutionId());
                if (root || !own.containsKey(v.getName())) {
                    own.put(v.getName(), v.getValue());
                }
            }
            for (HistoricProcessInstance instance : chunk) {
                Map<String, Object> own = values.getOrDefault(instance.getId(), Map.of());
                result.add(new DeviationStatistics.Deviation((String) own.get(CATEGORY), (String) own.get(TRACK),
                        (String) own.get(ORGANISATION),
                        own.get(REPORTED_AT) instanceof Date d ? d : instance.getStartTime(),
                        (Date) own.get(FEEDBACK_DUE_AT), (Date) own.get(FEEDBACK_GIVEN_AT),
                        (String) own.get(TRIAGE_OUTCOME)));
            }
        }
        return result;
    }

    private static <T> List<T> pages(BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0;; first += PAGE) {
            List<T> next = page.apply(first, PAGE);
            all.addAll(next);
            if (next.size() < PAGE) {
                return all;
            }
        }
    }
}

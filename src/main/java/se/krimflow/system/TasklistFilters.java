package se.krimflow.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, without any expression in a stored query (the engine refuses them:
 * {@code enableExpressionsInStoredQueries=false}). See docs/adr/0004-tasklist-filters-without-expressions.md.
 * <ul>
 * <li>"Min grupps uppgifter": unassigned tasks that have a candidate group; which tasks a user sees
 * is decided by the engine's authorizations (a candidate group can read its tasks, a task manager
 * those of its processes). One shared filter, READ for every group.</li>
 * <li>"Förfallna": tasks due before a literal instant that {@link #refreshOverdue()} moves to now
 * every minute; also scoped by authorizations. One shared filter, READ for every group.</li>
 * <li>"Mina uppgifter": one filter per user with the user id as literal assignee, readable by that
 * user alone, created on first use by {@link MyTasksFilterCreator} (any identity: engine or Keycloak).</li>
 * </ul>
 * Nobody but {@code camunda-admin} gets CREATE or UPDATE on filters.
 */
@Component
class TasklistFilters implements InitializingBean {

    public static final String MY_TASKS = "Mina uppgifter";
    public static final String GROUP_TASKS = "Min grupps uppgifter";
    public static final String OVERDUE = "Förfallna";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final Set<String> usersWithFilter = ConcurrentHashMap.newKeySet();

    TasklistFilters(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.filters = engine.getFilterService();
        this.tasks = engine.getTaskService();
        this.authorizations = engine.getAuthorizationService();
    }

    @Override
    public void afterPropertiesSet() {
        createShared();
    }

    /** Creates or updates the shared filters and their READ grants. Idempotent. */
    public void createShared() {
        asSystem(() -> {
            Filter group = save(GROUP_TASKS, tasks.createTaskQuery().withCandidateGroups().taskUnassigned()
                    .orderByDueDate().asc(), 0, "Uppgifter för din grupp som ingen har tagit ännu.");
            Filter overdue = save(OVERDUE, overdueQuery(), 10, "Uppgifter vars förfallodag har passerats.");
            AccessSetup access = new AccessSetup(authorizations);
            for (KrimflowGroup g : KrimflowGroup.values()) {
                access.grant(g.id(), Resources.FILTER, group.getId(), Permissions.READ);
                access.grant(g.id(), Resources.FILTER, overdue.getId(), Permissions.READ);
            }
        });
    }

    /** Moves the "Förfallna" filter's limit to now. */
    @Scheduled(fixedDelayString = "${krimflow.tasklist.overdue-refresh:PT1M}",
            initialDelayString = "${krimflow.tasklist.overdue-refresh:PT1M}")
    public void refreshOverdue() {
        asSystem(() -> shared(OVERDUE).forEach(f -> filters.saveFilter(f.setQuery(overdueQuery()))));
    }

    private TaskQuery overdueQuery() {
        return tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).orderByDueDate().asc();
    }

    /** The user's own "Mina uppgifter" filter, created on first use (READ for the user only). */
    public void ensureMyTasks(String userId) {
        if (userId == null || userId.isBlank() || usersWithFilter.contains(userId)) {
            return;
        }
        synchronized (usersWithFilter) {
            if (usersWithFilter.contains(userId)) {
                return;
            }
            asSystem(() -> {
                Filter mine = filters.createFilterQuery().filterName(MY_TASKS).filterOwner(userId).singleResult();
                if (mine == null) {
                    mine = filters.newTaskFilter(MY_TASKS).setOwner(userId)
                            .setQuery(tasks.createTaskQuery().taskAssignee(userId).orderByDueDate().asc())
                            .setProperties(properties(-10, "Uppgifter som du har tagit eller fått."));
                    mine = filters.saveFilter(mine);
                }
                readOnlyFor(userId, mine.getId());
            });
            usersWithFilter.add(userId);
        }
    }

    /** The engine grants an owner ALL on its filter; the user gets READ only (no one may edit queries). */
    private void readOnlyFor(String userId, String filterId) {
        List<Authorization> existing = authorizations.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.FILTER).resourceId(filterId).list();
        Authorization auth = existing.isEmpty()
                ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)
                : existing.get(0);
        if (existing.isEmpty()) {
            auth.setUserId(userId);
            auth.setResource(Resources.FILTER);
            auth.setResourceId(filterId);
        }
        auth.setPermissions(new Permission[] { Permissions.READ });
        authorizations.saveAuthorization(auth);
        existing.stream().skip(1).forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    private Filter save(String name, TaskQuery query, int priority, String description) {
        List<Filter> found = shared(name);
        Filter filter = found.isEmpty() ? filters.newTaskFilter(name) : found.get(0);
        filter.setQuery(query);
        filter.setProperties(properties(priority, description));
        return filters.saveFilter(filter);
    }

    private List<Filter> shared(String name) {
        return filters.createFilterQuery().filterName(name).list().stream().filter(f -> f.getOwner() == null).toList();
    }

    private static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("priority", priority);
        p.put("description", description);
        p.put("refresh", true);
        return p;
    }

    /** Runs with no user (the caller may not read or create filters, and must not own the shared ones). */
    private void asSystem(Runnable work) {
        WithoutAuthorizationCheck.asNoUser(identity, work);
    }

    /** Forgets which users already have their filter (tests). */
    void forgetUsers() {
        usersWithFilter.clear();
    }
}

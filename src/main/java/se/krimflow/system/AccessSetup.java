package se.krimflow.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Turns {@link KrimflowGroup} and the {@link ProcessAccess} beans into engine authorizations.
 * Idempotent: an existing grant gets the missing permissions added, nothing is duplicated.
 * Candidate groups get their task permissions from the engine itself when a task is created
 * (TASK_WORK, see EngineConfiguration).
 */
final class AccessSetup {

    private final AuthorizationService authorizations;

    AccessSetup(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void apply(List<ProcessAccess> processes) {
        // camunda-admin may do everything, as Camunda's first-run setup would grant it (that
        // endpoint is closed). The engine's "admin groups" setting alone covers only admin-only
        // operations; without these grants an admin would see nothing in Cockpit and Admin.
        for (Resources resource : Resources.values()) {
            grant(KrimflowGroup.ID_CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
        for (KrimflowGroup group : KrimflowGroup.values()) {
            for (KrimflowGroup.Webapp app : group.webapps()) {
                grant(group.id(), Resources.APPLICATION, app.resourceId(), Permissions.ACCESS);
            }
        }
        for (ProcessAccess access : processes) {
            String key = access.processKey();
            for (String g : access.starters()) {
                grant(g, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(g, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
            }
            for (String g : access.overseers()) {
                grant(g, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                        ProcessDefinitionPermissions.READ_TASK);
            }
            for (String g : access.taskManagers()) {
                grant(g, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN);
            }
        }
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        boolean changed = existing == null;
        if (existing == null) {
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}

package se.krimflow.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the groups of {@link KrimflowGroup} in the engine's own identity store (embedded default
 * and the {@code postgres} profile without Keycloak) and, when asked, the demo users. Idempotent.
 */
final class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identity;

    IdentitySetup(IdentityService identity) {
        this.identity = identity;
    }

    void createGroups() {
        for (KrimflowGroup g : KrimflowGroup.values()) {
            if (identity.createGroupQuery().groupId(g.id()).count() == 0) {
                Group group = identity.newGroup(g.id());
                group.setName(g.displayName());
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }

    void createDemoUsers() {
        for (DemoUsers.DemoUser d : DemoUsers.ALL) {
            if (identity.createUserQuery().userId(d.id()).count() == 0) {
                User user = identity.newUser(d.id());
                user.setFirstName(d.firstName());
                user.setLastName(d.lastName());
                user.setEmail(d.id() + "@krimflow.invalid");
                user.setPassword(d.password());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(d.id()).memberOfGroup(d.group().id()).count() == 0) {
                identity.createMembership(d.id(), d.group().id());
            }
        }
        log.info("Demo users are present ({} users); never use the demo profile in production", DemoUsers.ALL.size());
    }
}

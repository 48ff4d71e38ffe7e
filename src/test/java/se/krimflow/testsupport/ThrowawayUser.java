package se.krimflow.testsupport;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * A user of its own for tests that try wrong passwords: the engine locks a user for a few seconds
 * after a failed login, and the demo users are shared by every test of the shared context.
 */
public final class ThrowawayUser {

    private ThrowawayUser() {
    }

    /** Creates a user in {@code groupId}; the password is the returned id followed by "-pw". */
    public static String create(ProcessEngine engine, String groupId) {
        IdentityService identity = engine.getIdentityService();
        String id = "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = identity.newUser(id);
        user.setPassword(password(id));
        identity.saveUser(user);
        identity.createMembership(id, groupId);
        return id;
    }

    public static String password(String id) {
        return id + "-pw";
    }
}

package se.krimflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work without the calling user's authorizations (the engine checks none when no one is
 * authenticated), then restores the user. Only for work the API itself already guards by group.
 */
public final class WithoutUser {

    private WithoutUser() {
    }

    public static <T> T run(IdentityService identity, Supplier<T> work) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    public static void run(IdentityService identity, Runnable work) {
        run(identity, () -> {
            work.run();
            return null;
        });
    }
}

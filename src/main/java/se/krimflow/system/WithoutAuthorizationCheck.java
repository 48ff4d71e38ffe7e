package se.krimflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The one way to do engine work without the caller's engine authorizations, for work that the
 * caller's group already allows (an endpoint's {@link EndpointAccess}, a process's own step). The
 * caller stays logged in, so history and the operation log still name them; only the
 * authorization checks of this work are switched off, and switched back on after it.
 * <ul>
 * <li>{@link #call(ProcessEngine, Supplier)} from outside the engine (a controller, a service): the
 * work runs as one command, in one transaction;</li>
 * <li>{@link #inCommand(Supplier)} from inside the engine (a delegate, a listener): the work runs in
 * the command that is already running;</li>
 * <li>{@link #asNoUser(IdentityService, Runnable)} for work that must not be done in anyone's name:
 * the engine grants the creator of a resource (a filter) rights on it, so the shared Tasklist
 * filters are made with no user logged in.</li>
 * </ul>
 */
public final class WithoutAuthorizationCheck {

    private WithoutAuthorizationCheck() {
    }

    /**
     * Runs {@code work} as one engine command without authorization checks. An {@link ApiException}
     * (a 404, a 409) leaves the command normally, so the engine does not log a business answer as an
     * error, and is thrown to the caller after it.
     */
    public static <T> T call(ProcessEngine engine, Supplier<T> work) {
        Object result = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> {
                    try {
                        return unchecked(context, work);
                    } catch (ApiException e) {
                        return e;
                    }
                });
        if (result instanceof ApiException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    public static void run(ProcessEngine engine, Runnable work) {
        call(engine, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in the running engine command without authorization checks. */
    public static <T> T inCommand(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            throw new IllegalStateException("inCommand is for delegates and listeners; use call outside the engine");
        }
        return unchecked(context, work);
    }

    /** Runs {@code work} with no user logged in (so nothing is created in the caller's name), then restores the user. */
    public static void asNoUser(IdentityService identity, Runnable work) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            work.run();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    private static <T> T unchecked(CommandContext context, Supplier<T> work) {
        boolean wasEnabled = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            if (wasEnabled) {
                context.enableAuthorizationCheck();
            }
        }
    }
}

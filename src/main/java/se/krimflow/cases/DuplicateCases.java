package se.krimflow.cases;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whether an open case already holds the same police reference and personnummer. The check sees
 * every open case, whoever asks (a caseworker may not read other cases, yet must not create a
 * second case for the same notification). Closed cases do not count: a new notification with the
 * same reference after closure starts a new case.
 */
final class DuplicateCases {

    private DuplicateCases() {
    }

    static boolean openCaseExists(ProcessEngineServices engine, String policeReference, String personnummer) {
        return asSystem(engine.getIdentityService(), () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(YouthCrimeCase.KEY)
                .variableValueEquals(YouthCrimeCase.VAR_POLICE_REFERENCE, policeReference)
                .variableValueEquals(YouthCrimeCase.VAR_PERSONNUMMER, personnummer)
                .count() > 0);
    }

    /**
     * Runs {@code work} without the current user's authorizations (the engine checks none when no
     * one is authenticated), then restores the user. For checks the API itself guards by group.
     */
    static <T> T asSystem(IdentityService identity, Supplier<T> work) {
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
}

package se.krimflow.cases;

import org.camunda.bpm.engine.ProcessEngineServices;

import se.krimflow.system.WithoutAuthorizationCheck;

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
        return WithoutAuthorizationCheck.inCommand(() -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(YouthCrimeCase.KEY)
                .variableValueEquals(YouthCrimeCase.VAR_POLICE_REFERENCE, policeReference)
                .variableValueEquals(YouthCrimeCase.VAR_PERSONNUMMER, personnummer)
                .count() > 0);
    }
}

package se.krimflow.system;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Start-up steps after the engine is built and processes/ is deployed: groups (engine identity
 * only), demo users (embedded default or the demo profile), authorizations.
 */
@Component
class StartupSetup implements InitializingBean {

    private final ProcessEngine engine;
    private final List<ProcessAccess> processAccess;
    private final boolean engineIdentity;
    private final boolean demoUsers;

    StartupSetup(ProcessEngine engine, ObjectProvider<ProcessAccess> processAccess,
            @Value("${krimflow.identity.engine-managed:true}") boolean engineIdentity, Environment environment) {
        this.engine = engine;
        this.processAccess = processAccess.orderedStream().toList();
        this.engineIdentity = engineIdentity;
        this.demoUsers = demoUsersWanted(environment);
    }

    /** Demo users exist on the embedded default (no production profile) or when asked for by "demo". */
    static boolean demoUsersWanted(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("demo"))
                || !environment.acceptsProfiles(Profiles.of("postgres | keycloak"));
    }

    @Override
    public void afterPropertiesSet() {
        if (engineIdentity) {
            IdentitySetup identity = new IdentitySetup(engine.getIdentityService());
            identity.createGroups();
            if (demoUsers) {
                identity.createDemoUsers();
            }
        }
        new AccessSetup(engine.getAuthorizationService()).apply(processAccess);
    }
}

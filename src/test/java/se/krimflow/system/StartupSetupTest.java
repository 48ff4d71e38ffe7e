package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartupSetupTest {

    @Test
    void demoUsersOnlyOnTheEmbeddedDefaultOrWhenAskedFor() {
        assertThat(StartupSetup.demoUsersWanted(profiles())).isTrue();
        assertThat(StartupSetup.demoUsersWanted(profiles("postgres"))).isFalse();
        assertThat(StartupSetup.demoUsersWanted(profiles("keycloak"))).isFalse();
        assertThat(StartupSetup.demoUsersWanted(profiles("postgres", "keycloak"))).isFalse();
        assertThat(StartupSetup.demoUsersWanted(profiles("postgres", "demo"))).isTrue();
    }

    static MockEnvironment profiles(String... active) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(active);
        return environment;
    }
}

package se.krimflow.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.krimflow.testsupport.KeycloakIntegrationTest;
import se.krimflow.testsupport.KeycloakServer;

/**
 * The same journeys as {@link TasklistCockpitAdminIT}, through Keycloak's login page, with
 * profiles postgres,keycloak against a real Keycloak. Screenshots: target/screenshots/keycloak-*.
 */
@KeycloakIntegrationTest
@Tag("browser")
class KeycloakBrowserIT extends BrowserJourneys {

    @Override
    String app() {
        return "http://localhost:" + KeycloakServer.get().appPort();
    }

    @Override
    Journeys.Login login() {
        return Journeys.KEYCLOAK_LOGIN;
    }

    @Override
    String screenshotPrefix() {
        return "keycloak";
    }

    @Test
    void krim1RegistersANotificationAndDoesTheAttendanceTaskThenKrimchef1FindsTheCaseInCockpit() throws Exception {
        krim1RegistersAndKrimchef1FindsTheCaseInCockpit();
    }

    @Test
    void adminSeesTheGroupsReadFromKeycloakInAdmin() throws Exception {
        adminSeesEveryKrimflowGroupInAdmin();
    }
}

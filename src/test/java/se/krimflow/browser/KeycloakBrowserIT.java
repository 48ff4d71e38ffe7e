package se.krimflow.browser;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.testsupport.KeycloakIntegrationTest;
import se.krimflow.testsupport.KeycloakServer;

/**
 * The same journeys as {@link TasklistCockpitAdminIT}, through Keycloak's login page, with
 * profiles postgres,keycloak against a real Keycloak. Screenshots: target/screenshots/keycloak-*.
 */
@KeycloakIntegrationTest
@Tag("browser")
class KeycloakBrowserIT {

    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void chromium() {
        Browser.require();
    }

    Journeys journeys() {
        return new Journeys("http://localhost:" + KeycloakServer.get().appPort(), engine, Journeys.KEYCLOAK_LOGIN);
    }

    @Test
    void krim1RegistersANotificationAndDoesTheAttendanceTaskThenKrimchef1FindsTheCaseInCockpit() throws Exception {
        Journeys.Case c;
        try (Browser browser = new Browser("keycloak-krim1-tasklist")) {
            try {
                c = journeys().krim1RegistersNotificationAndCompletesAttendanceTask(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
        try (Browser browser = new Browser("keycloak-krimchef1-cockpit")) {
            try {
                journeys().krimchef1FindsCaseInCockpit(browser, c);
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
    }

    @Test
    void adminSeesTheGroupsReadFromKeycloakInAdmin() throws Exception {
        try (Browser browser = new Browser("keycloak-admin")) {
            try {
                journeys().adminSeesGroups(browser,
                        Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id).toList());
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
    }
}

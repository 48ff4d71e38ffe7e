package se.krimflow.browser;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The webapps in a real browser on the embedded set-up with its demo users (PostgreSQL, Camunda's
 * own login): one journey per role. Screenshots: target/screenshots/embedded-*.
 */
@KrimflowIntegrationTest
@Tag("browser")
class TasklistCockpitAdminIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void chromium() {
        Browser.require();
    }

    Journeys journeys() {
        return new Journeys("http://localhost:" + port, engine, Journeys.CAMUNDA_LOGIN);
    }

    @Test
    void krim1RegistersANotificationAndDoesTheAttendanceTaskThenKrimchef1FindsTheCaseInCockpit() throws Exception {
        Journeys.Case c;
        try (Browser browser = new Browser("embedded-krim1-tasklist")) {
            try {
                c = journeys().krim1RegistersNotificationAndCompletesAttendanceTask(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
        try (Browser browser = new Browser("embedded-krimchef1-cockpit")) {
            try {
                journeys().krimchef1FindsCaseInCockpit(browser, c);
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
    }

    @Test
    void adminSeesTheGroupsInAdmin() throws Exception {
        try (Browser browser = new Browser("embedded-admin")) {
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

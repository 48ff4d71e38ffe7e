package se.krimflow.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The webapps in a real browser on the embedded set-up with its demo users (PostgreSQL, Camunda's
 * own login): one journey per role. Screenshots: target/screenshots/embedded-*.
 */
@KrimflowIntegrationTest
@Tag("browser")
class TasklistCockpitAdminIT extends BrowserJourneys {

    @LocalServerPort
    int port;

    @Override
    String app() {
        return "http://localhost:" + port;
    }

    @Override
    Journeys.Login login() {
        return Journeys.CAMUNDA_LOGIN;
    }

    @Override
    String screenshotPrefix() {
        return "embedded";
    }

    @Test
    void krim1RegistersANotificationAndDoesTheAttendanceTaskThenKrimchef1FindsTheCaseInCockpit() throws Exception {
        krim1RegistersAndKrimchef1FindsTheCaseInCockpit();
    }

    @Test
    void adminSeesTheGroupsInAdmin() throws Exception {
        adminSeesEveryKrimflowGroupInAdmin();
    }
}

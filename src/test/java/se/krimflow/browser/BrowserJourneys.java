package se.krimflow.browser;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

import se.krimflow.system.KrimflowGroup;

/**
 * What the browser ITs share: Chromium is required, the journeys run against the application with
 * the set-up's login, each in a browser of its own whose screenshots go to
 * target/screenshots/{@link #screenshotPrefix()}-*, and a failing journey dumps the page first.
 */
abstract class BrowserJourneys {

    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void chromium() {
        Browser.require();
    }

    /** Where the application answers, e.g. {@code http://localhost:8080}. */
    abstract String app();

    abstract Journeys.Login login();

    /** {@code embedded} or {@code keycloak}: the set-up, as the screenshots are named. */
    abstract String screenshotPrefix();

    Journeys journeys() {
        return new Journeys(app(), engine, login());
    }

    /** krim1 registers a notification and does the attendance task; krimchef1 then finds the case in Cockpit. */
    void krim1RegistersAndKrimchef1FindsTheCaseInCockpit() throws Exception {
        Journeys.Case c = inBrowser("krim1-tasklist",
                browser -> journeys().krim1RegistersNotificationAndCompletesAttendanceTask(browser));
        inBrowser("krimchef1-cockpit", browser -> {
            journeys().krimchef1FindsCaseInCockpit(browser, c);
            return null;
        });
    }

    /** admin sees every krimflow group in Admin. */
    void adminSeesEveryKrimflowGroupInAdmin() throws Exception {
        inBrowser("admin", browser -> {
            journeys().adminSeesGroups(browser, Arrays.stream(KrimflowGroup.values()).map(KrimflowGroup::id).toList());
            return null;
        });
    }

    interface Journey<T> {
        T walk(Browser browser) throws Exception;
    }

    /** Walks the journey in a fresh browser; if it fails, the page is dumped before the browser closes. */
    <T> T inBrowser(String journey, Journey<T> walk) throws Exception {
        try (Browser browser = new Browser(screenshotPrefix() + "-" + journey)) {
            try {
                return walk.walk(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.dump("failed");
                throw e;
            }
        }
    }
}

package se.krimflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import se.krimflow.deadline.EngineClock;
import se.krimflow.testsupport.TestPersonnummer;

/**
 * The journeys a person makes in the webapps, one per role, the same on the embedded default and
 * through Keycloak (only the login differs). Each step is kept as a screenshot.
 */
final class Journeys {

    /** How a user gets into a webapp: Camunda's own login form, or Keycloak's login page. */
    interface Login {
        void logIn(Browser browser, String user, String password) throws IOException;
    }

    static final Login CAMUNDA_LOGIN = (browser, user, password) -> {
        WebElement name = browser.waitFor(By.cssSelector("form[name='signinForm'] input[type='text']"));
        browser.type(name, user);
        browser.type(browser.driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")),
                password);
        browser.shot("login-" + user);
        browser.driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    };

    static final Login KEYCLOAK_LOGIN = (browser, user, password) -> {
        WebElement name = browser.waitFor(By.id("username"));
        assertThat(browser.driver.getCurrentUrl()).as("Keycloak's login page").contains("/realms/krimflow/");
        browser.type(name, user);
        browser.type(browser.driver.findElement(By.id("password")), password);
        browser.shot("keycloak-login-" + user);
        browser.driver.findElement(By.id("kc-login")).click();
    };

    /** A case made in the journey, found again in Cockpit. */
    record Case(String caseNumber, String processInstanceId) {
    }

    private final String app;
    private final ProcessEngine engine;
    private final Login login;

    Journeys(String app, ProcessEngine engine, Login login) {
        this.app = app;
        this.engine = engine;
        this.login = login;
    }

    /**
     * krim1 logs in to Tasklist, registers a police notification with the start form of
     * YouthCrimeCase (a 16-year-old, prison in the scale, no caseworker: krimteamet attends), claims
     * the attendance task, fills its form and completes it.
     */
    Case krim1RegistersNotificationAndCompletesAttendanceTask(Browser browser) throws IOException {
        String policeReference = "5000-K" + ThreadLocalRandom.current().nextInt(100000, 999999) + "-26";
        LocalDateTime interrogation = LocalDate.now(EngineClock.ZONE).plusDays(10).atTime(10, 0);
        String personnummer = TestPersonnummer.bornOn(interrogation.toLocalDate().minusYears(16).minusDays(40));

        browser.open(app + "/camunda/app/tasklist/default/");
        login.logIn(browser, "krim1", "krim1");
        browser.waitFor(By.cssSelector(".start-process-action a"));
        browser.shot("tasklist");

        browser.click(browser.waitClickable(By.cssSelector(".start-process-action a")));
        browser.click(browser.waitClickable(By.xpath("//div[contains(@class,'modal')]//a[contains(normalize-space(),'Ungdomsärende')]")));
        browser.waitFor(By.cssSelector(".fjs-form"));
        text(browser, "Personnummer", personnummer);
        text(browser, "Den unges namn", "Testa Testsson");
        text(browser, "Polisens diarienummer", policeReference);
        text(browser, "Misstänkt brott", "Snatteri");
        dateTime(browser, "Datum för förhöret", "Klockslag", interrogation);
        check(browser, "Fängelse i straffskalan");
        browser.shot("start-form-filled");
        browser.click(browser.driver.findElement(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']")));
        browser.waitUntilGone(By.cssSelector(".modal .fjs-form"));
        browser.shot("notification-registered");

        ProcessInstance instance = awaitCase(policeReference);
        String caseNumber = instance.getBusinessKey();
        assertThat(caseNumber).isNotBlank();

        Task attendance = awaitTask(instance.getId(), "krimteamet");
        browser.open(app + "/camunda/app/tasklist/default/#/?task=" + attendance.getId());
        browser.waitUntilText(By.cssSelector(".task-details, [cam-tasklist-task]"), attendance.getName());
        browser.shot("attendance-task");
        browser.click(browser.waitClickable(By.xpath("//button[contains(normalize-space(),'Claim')]")));
        browser.waitFor(By.cssSelector(".fjs-form"));
        check(browser, "Vårdnadshavarna är informerade");
        WebElement note = field(browser, "Förberedelser");
        browser.type(note, "Förhöret förberett med den unge.");
        browser.shot("attendance-form-filled");
        browser.click(browser.waitClickable(By.xpath("//button[contains(normalize-space(),'Complete')]")));
        awaitCompleted(attendance.getId());
        browser.shot("attendance-completed");

        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(attendance.getId()).singleResult();
        assertThat(done.getEndTime()).as("the attendance task is completed").isNotNull();
        assertThat(done.getAssignee()).isEqualTo("krim1");
        return new Case(caseNumber, instance.getId());
    }

    /** krimchef1 opens Cockpit, the case process, and finds the case by its case number. */
    void krimchef1FindsCaseInCockpit(Browser browser, Case c) throws IOException {
        browser.open(app + "/camunda/app/cockpit/default/");
        login.logIn(browser, "krimchef1", "krimchef1");
        browser.waitFor(By.cssSelector(".dashboard, [cam-dashboard], .processes-dashboard, .ctn-main"));
        browser.shot("cockpit");
        browser.open(app + "/camunda/app/cockpit/default/#/processes");
        browser.click(browser.waitClickable(By.xpath("//a[normalize-space()='Ungdomsärende']")));
        browser.waitUntilText(By.tagName("body"), c.caseNumber());
        browser.shot("cockpit-case-found");
        assertThat(browser.pageText()).contains(c.caseNumber());
    }

    /** admin opens Admin and sees the groups of CONTRACT.md. */
    void adminSeesGroups(Browser browser, List<String> groupIds) throws IOException {
        browser.open(app + "/camunda/app/admin/default/");
        login.logIn(browser, "admin", "admin");
        browser.waitFor(By.cssSelector(".ctn-main, [cam-widget-header]"));
        browser.shot("admin");
        browser.open(app + "/camunda/app/admin/default/#/groups");
        browser.waitUntilText(By.tagName("body"), groupIds.get(0));
        browser.shot("admin-groups");
        String page = browser.pageText();
        for (String id : groupIds) {
            assertThat(page).contains(id);
        }
    }

    // --- form-js fields, found by their Swedish label ------------------------------------------

    /** A form-js input by its label (labels point at their input with "for"). */
    static WebElement field(Browser browser, String label) {
        WebElement labelElement = browser.waitFor(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(),'"
                + label + "')]"));
        return browser.driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    static void text(Browser browser, String label, String value) {
        browser.type(field(browser, label), value);
    }

    static void check(Browser browser, String label) {
        WebElement box = field(browser, label);
        if (!box.isSelected()) {
            browser.click(box);
        }
    }

    /** A form-js datetime: the date in the picker's own format (its placeholder), the time as HH:mm. */
    static void dateTime(Browser browser, String dateLabel, String timeLabel, LocalDateTime value) {
        WebElement date = field(browser, dateLabel);
        String placeholder = date.getAttribute("placeholder");
        String pattern = placeholder == null || placeholder.isBlank() ? "yyyy-MM-dd"
                : placeholder.replace("mm", "MM").replace("YYYY", "yyyy").replace("DD", "dd");
        browser.type(date, value.toLocalDate().format(DateTimeFormatter.ofPattern(pattern)));
        date.sendKeys(Keys.ENTER);
        WebElement time = field(browser, timeLabel);
        browser.type(time, value.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        time.sendKeys(Keys.TAB);
    }

    // --- waiting for the engine ---------------------------------------------------------------

    ProcessInstance awaitCase(String policeReference) {
        for (int i = 0; i < 60; i++) {
            List<ProcessInstance> found = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey("YouthCrimeCase").variableValueEquals("policeReference", policeReference).list();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(1000);
        }
        throw new AssertionError("No case was started for the police notification");
    }

    Task awaitTask(String caseInstanceId, String candidateGroup) {
        for (int i = 0; i < 60; i++) {
            List<String> instances = new java.util.ArrayList<>(List.of(caseInstanceId));
            engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseInstanceId).list()
                    .forEach(sub -> instances.add(sub.getId()));
            List<Task> tasks = engine.getTaskService().createTaskQuery()
                    .processInstanceIdIn(instances.toArray(String[]::new))
                    .taskCandidateGroup(candidateGroup).list();
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            sleep(1000);
        }
        throw new AssertionError("No task for " + candidateGroup + " in the case");
    }

    void awaitCompleted(String taskId) {
        for (int i = 0; i < 60; i++) {
            if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
                return;
            }
            sleep(1000);
        }
        throw new AssertionError("The task was not completed");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

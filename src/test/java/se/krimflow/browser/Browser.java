package se.krimflow.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.krimflow.testsupport.RequiredTool;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium without
 * Selenium Manager (nothing is downloaded). Each step can be kept as a screenshot under
 * {@code target/screenshots/<journey>/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path screenshots;
    private final Path profile;
    private int step;

    /** Skips (or on CI fails) when Chromium or its driver is not installed. */
    static void require() {
        RequiredTool.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Chromium: apt-get install chromium chromium-driver");
    }

    Browser(String journey) throws IOException {
        require();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("krimflow-chromium");
        screenshots = Path.of("target", "screenshots", journey);
        Files.createDirectories(screenshots);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--disable-extensions", "--lang=sv-SE",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitClickable(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.elementToBeClickable(by));
    }

    void waitUntilText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
    }

    /** Keeps the screen as target/screenshots/journey/NN-name.png. */
    Path shot(String name) throws IOException {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Keeps the page's HTML beside the screenshots, for finding out why a step failed. */
    void dump(String name) {
        try {
            shot(name);
            Files.writeString(screenshots.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // best effort: the test fails anyway
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}

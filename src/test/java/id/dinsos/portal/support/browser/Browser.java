package id.dinsos.portal.support.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by Selenium, with the flags that work on the project's machines
 * (../shared/GUIDE.md section 4). Never lets Selenium Manager download anything: the binary and the
 * driver are given explicitly, and a machine without them fails the test rather than skip it.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(int port, int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("Chromium and its driver are needed for browser tests: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        try {
            profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--lang=id-ID");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        this.baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path and waits until Vaadin has rendered the page's main heading. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitFor(By.cssSelector("h1"));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String heading() {
        return waitFor(By.cssSelector("h1")).getText();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The page's width in CSS pixels, to prove nothing forces a sideways scroll on a phone. */
    public long scrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).longValue();
    }

    public String htmlLang() {
        return (String) script("return document.documentElement.lang");
    }

    /** axe-core's serious and critical violations of the current page, one line each. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining("; "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + targets;
    }

    /** Saves a screenshot under target/screenshots, for the failure that needs one. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- what a person does on a form

    /** Replaces the text of a Vaadin text field (by its id) and leaves it with Tab, as a person would. */
    public void fill(String fieldId, String value) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        input.sendKeys(value, org.openqa.selenium.Keys.TAB);
    }

    /** Chooses the radio button with this label in the group with this id. */
    public void chooseRadio(String groupId, String label) {
        waitFor(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']"))
                .findElement(By.cssSelector("input")).click();
    }

    /** Ticks a vaadin-checkbox: its native input is transparent (Selenium calls it invisible), so wait for the box. */
    public void tick(String checkboxId) {
        waitFor(By.id(checkboxId)).findElement(By.cssSelector("input")).click();
    }

    /** On the sign-in page (waited for), signs in and waits until the portal leaves it. */
    public void signIn(String username, String password) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/masuk"));
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/masuk")));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile directory in /tmp is harmless
        }
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests: the axe-core WCAG 2.1 AA check of a page and the Content
 * Security Policy check (Chromium writes every refusal to the console, which is read and emptied).
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Where every checked page is kept as a picture: the docs' screenshots are chosen from here. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A page longer than this is cut there in its picture. */
    private static final int MAX_PICTURE_HEIGHT = 6000;

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("hjulet-chromium"));
        // The console, where Chromium reports what the Content Security Policy refused.
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(executable("chromedriver")).toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** What the Content Security Policy refused since the last look; reading the console empties it. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    void assertNoPolicyViolations(String page) {
        List<String> refused = policyViolations();
        assertTrue(refused.isEmpty(), page + " breaks the Content Security Policy: " + refused);
    }

    /**
     * No refusal of the policy, and no violation of WCAG 2.1 AA that axe-core finds; the page as checked is kept as a
     * picture in {@link #SCREENSHOTS}, named after the step.
     */
    void assertAccessible(String page) {
        assertNoPolicyViolations(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + " has WCAG 2.1 AA violations: " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        screenshot(page);
    }

    /**
     * The whole page (not only the window) as a PNG in {@link #SCREENSHOTS}, through Chromium's own capture, so the
     * window keeps its size (a phone emulation stays as it is). A picture that cannot be taken is no test failure.
     */
    @SuppressWarnings("unchecked")
    void screenshot(String name) {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width").doubleValue(),
                    "height", Math.min(MAX_PICTURE_HEIGHT, content.get("height").doubleValue()), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name.replaceAll("[^\\p{L}0-9]+", "-").replaceAll("^-|-$", "") + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot of " + name + ": " + e);
        }
    }

    /** Waits up to 20 s; if in vain, the failure says which page the browser is on and what it shows. */
    void waitFor(ExpectedCondition<?> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
        } catch (TimeoutException e) {
            List<WebElement> main = driver.findElements(By.tagName("main"));
            String shown = main.isEmpty() ? driver.getPageSource() : main.get(0).getText();
            List<WebElement> user = driver.findElements(By.id("user"));
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("") + "\n on " + driver.getCurrentUrl()
                    + " (" + driver.getTitle() + ", " + (user.isEmpty() ? "" : user.get(0).getText().replace('\n', ' '))
                    + "), showing: " + shown.substring(0, Math.min(2000, shown.length())), e);
        }
    }

    /** Other tests leave the browser logged in; a reader's view needs it logged out. */
    void logOut(URL base) {
        driver.get(base + "");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        List<WebElement> logout = driver.findElements(By.id("logout-button"));
        if (!logout.isEmpty()) {
            logout.get(0).click();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        }
    }

    private static String executable(String name) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: ./hjulet test installs Debian's chromium and chromium-driver.");
    }
}

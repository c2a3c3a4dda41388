package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
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
 * What the browser tests share (PagesIT, NetworkPagesIT): Debian's Chromium, headless, with its console
 * kept (Chromium reports every refusal of the Content Security Policy there), the axe-core WCAG 2.1 AA
 * check of a page, waiting, and logging out.
 */
final class HeadlessChromium {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private HeadlessChromium() {
    }

    static WebDriver open() throws Exception {
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
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Chromium writes each refusal of the Content Security Policy to the console; reading the console empties it. */
    static List<String> policyViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    static void assertNoPolicyViolations(WebDriver browser, String page) {
        List<String> refused = policyViolations(browser);
        assertTrue(refused.isEmpty(), page + " breaks the Content Security Policy: " + refused);
    }

    /** No refusal of the policy, and no WCAG 2.1 AA violation axe-core finds. */
    static void assertAccessible(WebDriver browser, String page) {
        assertNoPolicyViolations(browser, page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + " has WCAG 2.1 AA violations: " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    static void await(WebDriver browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    /** Other tests leave the browser logged in; a reader's view needs it logged out. */
    static void logOut(WebDriver browser, String base) {
        browser.get(base);
        await(browser, ExpectedConditions.presenceOfElementLocated(By.id("q")));
        List<WebElement> logout = browser.findElements(By.id("logout-button"));
        if (!logout.isEmpty()) {
            logout.get(0).click();
            await(browser, ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
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

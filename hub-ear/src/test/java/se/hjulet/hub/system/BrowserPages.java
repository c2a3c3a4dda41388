package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * What every browser test of the pages shares: the hub deployed with a search node and the test OpenID provider, one
 * Chromium for the test class ({@link Browser}: axe, the Content Security Policy, a picture of each checked page), the
 * hub's address, and logging in through the provider as a browser does.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
abstract class BrowserPages {

    static Browser chromium;
    static WebDriver browser;

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        chromium = Browser.open();
        browser = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }

    static void assertAccessible(String page) {
        chromium.assertAccessible(page);
    }

    static void await(ExpectedCondition<?> condition) {
        chromium.waitFor(condition);
    }

    /** Logs the browser out, then in as this person with these claims (a {@code name} among them), ending on the page. */
    void logInAs(String subject, Map<String, Object> claims, String path) throws Exception {
        chromium.logOut(base());
        OpenIdProvider.nextLoginIs(subject, claims);
        browser.get(base() + "login?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        await(ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
        assertEquals(claims.get("name"), browser.findElement(By.id("user-name")).getText());
    }
}

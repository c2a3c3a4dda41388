package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "Min sida" and the platform admins' pages (issue 12) in a real browser (Debian's Chromium, headless), each
 * page checked by axe-core (WCAG 2.1 AA) and for refusals of the Content Security Policy: a member finds their
 * drafts and follows and stops one; an admin adds a federation with two member municipalities and maps an
 * e-mail domain to it, and a person with an address there lands in it at login; an admin answers a request
 * to join and takes the person out again; nobody else gets into the admin pages.
 */
class AdminPagesIT extends BrowserPages {

    private static final String SUNDSVALL = "2281";
    private static final String UDDEVALLA = "1485";
    private static final String TROLLHATTAN = "1488";

    @Test
    void aMemberSeesTheirDraftsAndFollowsOnMyPageAndStopsAFollow() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String subject = "mine-" + word;
        var member = new HubClient(base(), OpenIdProvider.logIn(subject, "Mia Minsida", List.of(UDDEVALLA), List.of()));
        var example = member.post("learning-examples", HubClient.learningExample(UDDEVALLA, "Exempelutkast " + word, "Ett utkast."));
        assertEquals(201, example.status(), example.raw());
        long exampleId = example.body().get("id").asLong();
        var project = member.post("projects", ProjectsAndNeedsIT.project(UDDEVALLA, "Projektutkast " + word, "Ett projekt som utkast."));
        assertEquals(201, project.status(), project.raw());
        long projectId = project.body().get("id").asLong();
        var follow = member.post("follows", Map.of("kind", "organisation", "organisation", SUNDSVALL));
        assertEquals(201, follow.status(), follow.raw());

        logInAs(subject, Map.of("name", "Mia Minsida", "email", subject + "@example.se", "organisations", List.of(UDDEVALLA)), "/");
        assertTrue(browser.findElements(By.id("admin-link")).isEmpty(), "no admin link for a member");
        browser.findElement(By.id("my-page-link")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("mine-heading")));
        assertEquals("page", browser.findElement(By.id("my-page-link")).getAttribute("aria-current"));

        String drafts = browser.findElement(By.id("drafts")).getText();
        assertTrue(drafts.contains("Exempelutkast " + word) && drafts.contains("Projektutkast " + word), drafts);
        assertTrue(drafts.contains("Lärande exempel") && drafts.contains("Projekt") && drafts.contains("Uddevalla"), drafts);
        WebElement exampleCard = browser.findElement(By.cssSelector("#drafts li[data-id='" + exampleId + "']"));
        assertTrue(exampleCard.findElement(By.linkText("Redigera")).getAttribute("href").endsWith("/skriv/exempel.xhtml?id=" + exampleId));
        WebElement projectCard = browser.findElement(By.cssSelector("#drafts li[data-id='" + projectId + "']"));
        assertTrue(projectCard.findElement(By.linkText("Redigera")).getAttribute("href").endsWith("/skriv/projekt.xhtml?id=" + projectId));
        assertTrue(browser.findElement(By.id("following")).getText().contains("Sundsvall"), browser.findElement(By.id("following")).getText());
        assertEquals("Inga olästa notiser.", browser.findElement(By.id("news-unread")).getText(), "nothing new from Sundsvall yet");
        String organisations = browser.findElement(By.id("my-organisations")).getText();
        assertTrue(organisations.contains("Uddevalla") && organisations.contains("via inloggningen"), organisations);
        assertAccessible("my page");
        assertFitsAPhone("my page");

        // The edit link opens the draft in its form.
        browser.findElement(By.cssSelector("#drafts li[data-id='" + exampleId + "']")).findElement(By.linkText("Redigera")).click();
        await(ExpectedConditions.attributeToBe(By.id("title"), "value", "Exempelutkast " + word));
        browser.navigate().back();
        await(ExpectedConditions.presenceOfElementLocated(By.id("following")));

        // Stopping the follow: back on my page, it is gone here and in the API.
        WebElement row = browser.findElements(By.cssSelector("#following li.follow-row")).stream()
                .filter(li -> li.getText().contains("Sundsvall")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("input[type='submit']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("following-none")));
        assertTrue(browser.getCurrentUrl().contains("min-sida.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("notices")).isDisplayed());
        assertEquals(0, member.get("follows").body().size(), "the follow is stopped");
        assertAccessible("my page after stopping a follow");

        // Logging out from my page.
        browser.findElement(By.id("mine-logout-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        assertSendsToLogin("min-sida.xhtml");
    }

    @Test
    void anAdminAddsAFederationAndADomainAndAPersonWithAnAddressThereLandsInIt() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String federation = "Förbund " + word;
        String domain = word.toLowerCase() + ".example.se";
        logInAsAdmin(word);
        browser.findElement(By.id("admin-link")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("admin-pages")));
        assertAccessible("admin start page");
        assertFitsAPhone("admin start page");

        // Sending the form without a name, and with a member nobody knows, names both boxes.
        browser.findElement(By.cssSelector("#admin-organisations a")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("organisation-form")));
        assertAccessible("admin organisations");
        browser.findElement(By.id("members")).sendKeys(UDDEVALLA + ", Påhittad " + word);
        browser.findElement(By.id("add-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        String summary = browser.findElement(By.id("error-summary")).getText();
        assertTrue(summary.contains("Skriv organisationens namn.") && summary.contains("Påhittad " + word), summary);
        assertEquals("true", browser.findElement(By.id("name")).getAttribute("aria-invalid"));
        assertEquals("true", browser.findElement(By.id("members")).getAttribute("aria-invalid"));
        assertTrue(browser.getTitle().startsWith("Fel: "), browser.getTitle());
        assertAccessible("admin organisations with errors");

        browser.findElement(By.id("name")).sendKeys(federation);
        new Select(browser.findElement(By.id("countyCode"))).selectByVisibleText("Västra Götalands län");
        browser.findElement(By.id("members")).clear();
        browser.findElement(By.id("members")).sendKeys(UDDEVALLA + "\n" + TROLLHATTAN);
        browser.findElement(By.id("add-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Organisationen är tillagd"));
        String federations = browser.findElement(By.id("added-federation")).getText();
        assertTrue(federations.contains(federation + " – 2 medlemmar: Trollhättan, Uddevalla"), federations);
        assertAccessible("admin organisations after adding a federation");

        // Its own page lists its members.
        browser.findElement(By.linkText(federation)).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("organisation-name")));
        assertEquals(federation, browser.findElement(By.id("organisation-name")).getText());
        String page = browser.findElement(By.id("organisation")).getText();
        assertTrue(page.contains("Uddevalla") && page.contains("Trollhättan"), page);

        // An e-mail domain: a bad one first, then one for the federation.
        browser.get(base() + "admin/domaner.xhtml");
        await(ExpectedConditions.presenceOfElementLocated(By.id("domain-form")));
        browser.findElement(By.id("domain")).sendKeys("inte en domän");
        browser.findElement(By.id("map-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        summary = browser.findElement(By.id("error-summary")).getText();
        assertTrue(summary.contains("Skriv en domän som sundsvall.se.") && summary.contains("Skriv vilken organisation"), summary);
        assertEquals("true", browser.findElement(By.id("domain")).getAttribute("aria-invalid"));
        assertAccessible("admin domains with errors");
        browser.findElement(By.id("domain")).clear();
        browser.findElement(By.id("domain")).sendKeys(domain);
        browser.findElement(By.id("organisation")).sendKeys(federation);
        browser.findElement(By.id("map-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Domänen är tillagd"));
        String domains = browser.findElement(By.id("domains")).getText();
        assertTrue(domains.contains(domain) && domains.contains(federation), domains);
        assertAccessible("admin domains");
        assertFitsAPhone("admin domains");

        // A person whose verified address is in the domain lands in the federation at login; no admin pages for them.
        String vera = "vera-" + word;
        logInAs(vera, Map.of("name", "Vera Verifierad", "email", "vera@" + domain, "email_verified", true), "/min-sida.xhtml");
        String organisations = browser.findElement(By.id("my-organisations")).getText();
        assertTrue(organisations.contains(federation) && organisations.contains("via din e-postdomän"), organisations);
        assertTrue(browser.findElements(By.id("admin-link")).isEmpty(), "no admin link for others");
        browser.get(base() + "admin/domaner.xhtml");
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertTrue(browser.findElements(By.id("domain-form")).isEmpty());
        assertAccessible("admin page refused to a member");
        assertEquals(403, statusWithTheBrowsersSession("admin/index.xhtml"), "403 for a member");

        // Vera asks to join Sundsvall; the admin approves, sees her there and takes her out again.
        var asker = new HubClient(base(), OpenIdProvider.logIn(vera, Map.of("name", "Vera Verifierad", "email", "vera@" + domain,
                "email_verified", true)));
        var asked = asker.post("organisations/" + SUNDSVALL + "/membership-requests", Map.of("message", "Jag arbetar i " + word));
        assertEquals(201, asked.status(), asked.raw());
        long requestId = asked.body().get("id").asLong();

        logInAsAdmin(word);
        browser.get(base() + "admin/medlemskap.xhtml");
        await(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
        WebElement request = browser.findElement(By.cssSelector("#requests li[data-id='" + requestId + "']"));
        assertTrue(request.getText().contains("Vera Verifierad") && request.getText().contains("Sundsvall")
                && request.getText().contains("Jag arbetar i " + word), request.getText());
        assertAccessible("admin memberships with a request");
        request.findElement(By.cssSelector("[id$='approve-button']")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Personen är nu medlem"));
        assertTrue(browser.findElements(By.cssSelector("#requests li[data-id='" + requestId + "']")).isEmpty(), "answered");

        browser.findElement(By.id("organisation")).sendKeys("Finns inte " + word);
        browser.findElement(By.id("lookup-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("organisation-error")));
        assertEquals("true", browser.findElement(By.id("organisation")).getAttribute("aria-invalid"));
        assertAccessible("admin memberships with an unknown organisation");

        browser.get(base() + "admin/medlemskap.xhtml?organisation=" + SUNDSVALL);
        await(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertTrue(memberRow("Vera Verifierad").getText().contains("tillagd av en administratör"), memberRow("Vera Verifierad").getText());
        assertAccessible("admin memberships of an organisation");
        assertFitsAPhone("admin memberships of an organisation");
        WebElement veraRow = memberRow("Vera Verifierad"); // found again: the phone check reloaded the page
        veraRow.findElement(By.cssSelector("[id$='revoke-button']")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Personen hör inte längre till organisationen"));
        assertTrue(browser.findElements(By.cssSelector("#members tr")).stream().noneMatch(tr -> tr.getText().contains("Vera Verifierad")));

        // In the federation she stays: that membership follows her e-mail domain, so no button takes it away.
        browser.get(base() + "admin/medlemskap.xhtml?organisation=" + URLEncoder.encode(federation, StandardCharsets.UTF_8));
        await(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        veraRow = memberRow("Vera Verifierad");
        assertTrue(veraRow.getText().contains("via din e-postdomän") && veraRow.getText().contains("Följer inloggningen"), veraRow.getText());
        assertTrue(veraRow.findElements(By.cssSelector("[id$='revoke-button']")).isEmpty());

        assertEquals(200, statusWithTheBrowsersSession("admin/medlemskap.xhtml"), "the admin's own session gets in");
        assertSendsToLogin("admin/index.xhtml");
    }

    /** Without a login the page answers with a redirect to the login, which comes back to it. */
    private void assertSendsToLogin(String path) throws Exception {
        var anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var answer = anonymous.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, answer.statusCode(), path);
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login?return=" + URLEncoder.encode("/" + path,
                StandardCharsets.UTF_8)), answer.headers().toString());
    }

    /** The HTTP status the page answers to the browser's logged-in session (its cookie, sent by a plain client). */
    private int statusWithTheBrowsersSession(String path) throws Exception {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", "JSESSIONID=" + cookie.getValue()).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anAdminTakesAPersonOutOfAnOrganisationThroughTheApi() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var admin = new HubClient(base(), OpenIdProvider.logIn("api-admin-" + word, "Api Admin", List.of(), List.of("admin")));
        var person = new HubClient(base(), OpenIdProvider.logIn("api-person-" + word, "Per Person", List.of(UDDEVALLA), List.of()));
        long id = person.get("me").body().get("id").asLong();
        String sundsvall = "organisations/" + SUNDSVALL + "/members/" + id;
        assertEquals(204, admin.put(sundsvall, Map.of("role", "MEMBER")).status());

        assertEquals(401, HubClient.anonymous(base()).delete(sundsvall).status(), "a login first");
        assertEquals(403, person.delete(sundsvall).status(), "only admins of Sundsvall");
        var unknown = admin.delete("organisations/Ingenstans-" + word + "/members/" + id);
        assertEquals(400, unknown.status(), unknown.raw());
        assertEquals("organisation", unknown.body().get("fields").get(0).get("field").asText());
        assertEquals(404, admin.delete("organisations/" + SUNDSVALL + "/members/abc").status(), "no such path");
        var claimed = admin.delete("organisations/" + UDDEVALLA + "/members/" + id);
        assertEquals(409, claimed.status(), claimed.raw());
        assertTrue(claimed.message().contains("claims"), claimed.message());

        assertEquals(204, admin.delete(sundsvall).status());
        assertEquals(404, admin.delete(sundsvall).status(), "not a member any more");
        String memberships = person.get("me").body().get("memberships").toString();
        assertFalse(memberships.contains(SUNDSVALL), memberships);
        assertTrue(memberships.contains(UDDEVALLA), "the claim's membership stays: " + memberships);
    }

    private static WebElement memberRow(String name) {
        return browser.findElements(By.cssSelector("#members tbody tr")).stream().filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + ": " + browser.findElement(By.id("members")).getText()));
    }

    /** At 360 CSS pixels wide (Chromium's phone emulation) nothing makes the page scroll sideways, and axe still finds nothing. */
    private static void assertFitsAPhone(String page) {
        var chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.navigate().refresh();
            await(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertEquals(360, inner, "the phone's width");
            assertTrue(scroll <= inner, page + " is " + scroll + " px wide on a phone of " + inner + " px");
            chromium.assertAccessible(page + " on a phone");
            chromium.screenshot(page + " on a phone");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.navigate().refresh();
            await(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        }
    }

    private void logInAsAdmin(String word) throws Exception {
        logInAs("admin-" + word, Map.of("name", "Ada Admin", "email", "ada-" + word + "@example.se", "groups", List.of("admin")), "/");
        assertFalse(browser.findElements(By.id("admin-link")).isEmpty(), "admins see the admin link");
    }

}

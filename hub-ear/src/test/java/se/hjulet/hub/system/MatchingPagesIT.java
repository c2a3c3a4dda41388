package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Matching on the pages, in Chromium with axe-core and the Content Security Policy checked: similar initiatives with
 * their reasons on an item's page, co-procurement partners on a need's page (and a partner declaring interest), the
 * needs an organisation could join, the look-alike warning while a learning example is written (as one writes, and
 * once more at the first publish), and following a search until a matching item's notification arrives. Each test's
 * items carry a word of their own.
 */
class MatchingPagesIT extends BrowserPages {

    private static final String UDDEVALLA = "1485";
    private static final String DALS_ED = "1438";
    private static final String STOCKHOLM = "0180";
    private static final String LERUM = "1441";

    @Test
    void anItemPageShowsSimilarInitiativesWithTheirReasonsButNoDraft() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var items = new Publisher(base());
        var uddevalla = items.author("pages-similar-u-" + word, UDDEVALLA);
        var stockholm = items.author("pages-similar-s-" + word, STOCKHOLM);
        long plowMap = items.publishExample(uddevalla, UDDEVALLA, "Plogbilarna i " + word + " syns på kartan",
                "Invånarna i " + word + " ser var plogbilarna kör under snöröjningen och när gatan plogas.");
        long plowNeed = items.publishNeed(stockholm, STOCKHOLM, "Snöröjning och plogning i " + word,
                "Upphandling av plogbilar för snöröjningen av gatorna i " + word + ", med karta över var plogbilarna kör.",
                "90620000", true);
        long draft = items.draftExample(stockholm, STOCKHOLM, "Plogbilarnas karta i " + word,
                "Ett utkast om plogbilarna och snöröjningen i " + word + ".");

        chromium.logOut(base());
        browser.get(base() + "exempel.xhtml?id=" + plowMap);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("similar-heading")));
        assertEquals("Liknande initiativ", browser.findElement(By.id("similar-heading")).getText());
        WebElement need = similarItem(plowNeed);
        assertEquals("Snöröjning och plogning i " + word, need.findElement(By.cssSelector(".match-title a")).getText());
        assertTrue(need.findElement(By.cssSelector(".match-title a")).getAttribute("href").endsWith("upphandling.xhtml?id=" + plowNeed));
        List<String> reasons = need.findElements(By.cssSelector("li.reason")).stream().map(WebElement::getText).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Båda tar upp: ") && r.contains("plogbil")), reasons.toString());
        assertTrue(need.findElement(By.cssSelector(".match-meta")).getText().startsWith("Upphandlingsbehov"));
        assertTrue(browser.findElements(By.cssSelector("#similar li.match[data-id='" + draft + "']")).isEmpty(), "never a draft");
        assertTrue(browser.findElements(By.cssSelector("#similar li.match[data-id='" + plowMap + "']")).isEmpty(), "never the item itself");
        assertFalse(browser.findElements(By.id("follow-login")).isEmpty(), "a visitor is offered to log in to follow");
        chromium.assertAccessible("item page with similar initiatives");

        // The other way round and in English: the need finds the learning example that solved it.
        browser.get(base() + "upphandling.xhtml?id=" + plowNeed);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("similar-heading")));
        assertFalse(browser.findElements(By.cssSelector("#similar li.match[data-id='" + plowMap + "']")).isEmpty());
        // The language switch comes back to this very need (it lost the id once), and the reasons are in English.
        browser.findElement(By.id("language-en")).click();
        chromium.waitFor(ExpectedConditions.textToBe(By.id("similar-heading"), "Similar initiatives"));
        assertTrue(similarItem(plowMap).findElement(By.cssSelector("li.reason")).getText().startsWith("Both are about: "));
        browser.findElement(By.id("language-sv")).click();
        chromium.waitFor(ExpectedConditions.textToBe(By.id("similar-heading"), "Liknande initiativ"));
        chromium.assertAccessible("procurement need page with similar initiatives");
    }

    @Test
    void aNeedPageListsPartnersAndAPartnerDeclaresInterestThere() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var items = new Publisher(base());
        var uddevalla = items.author("pages-partners-u-" + word, UDDEVALLA);
        var dalsEd = items.author("pages-partners-d-" + word, DALS_ED);
        var lerum = items.author("pages-partners-l-" + word, LERUM);
        long need = items.publishNeed(uddevalla, UDDEVALLA, "E-underskrifter i " + word,
                "Uddevalla och " + word + " söker en tjänst för elektroniska underskrifter av avtal och protokoll.", "48000000", true);
        long neighbour = items.publishNeed(dalsEd, DALS_ED, "Elektronisk underskrift i " + word,
                "Dals-Ed och " + word + " vill upphandla elektroniska underskrifter av avtal och protokoll tillsammans med grannar.",
                "48000000", true);
        long experience = items.publishExample(lerum, LERUM, "Elektroniska underskrifter av avtal i " + word,
                "Lerum och " + word + " skriver under avtal och protokoll med e-underskrift.");

        chromium.logOut(base());
        browser.get(base() + "upphandling.xhtml?id=" + need);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("partners-heading")));
        WebElement neighbourRow = partner(DALS_ED);
        assertEquals("Dals-Ed", neighbourRow.findElement(By.cssSelector(".match-title a")).getText());
        List<String> reasons = neighbourRow.findElements(By.cssSelector("li.reason")).stream().map(WebElement::getText).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("Har ett eget öppet behov att upphandla samma sak") && r.contains(word)),
                reasons.toString());
        assertTrue(neighbourRow.findElement(By.cssSelector(".partner-items a")).getAttribute("href").endsWith("upphandling.xhtml?id=" + neighbour),
                "the partner's own need is what makes it one");
        assertTrue(partner(LERUM).findElement(By.cssSelector(".partner-items")).getText().contains("Elektroniska underskrifter av avtal i " + word),
                "experience counts too (item " + experience + ")");
        assertTrue(browser.findElements(By.cssSelector("#partners li.partner[data-code='" + UDDEVALLA + "']")).isEmpty(), "never the owner");
        assertTrue(neighbourRow.findElements(By.cssSelector("[id$='partner-join-button']")).isEmpty(), "a visitor cannot declare interest");
        chromium.assertAccessible("procurement need page with partners");

        // The owner's page offers an invitation by e-mail that points at the need's page.
        logIn("pages-partners-u-" + word, UDDEVALLA);
        browser.get(base() + "upphandling.xhtml?id=" + need);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("partners-heading")));
        String invitation = partner(DALS_ED).findElement(By.cssSelector("a.invite-link")).getAttribute("href");
        assertTrue(invitation.startsWith("mailto:?subject=") && invitation.contains("upphandling.xhtml%3Fid%3D" + need), invitation);
        chromium.assertAccessible("procurement need page with partners, for its owner");

        // A member of the partner declares its interest from the partner list: the participation flow's own step.
        chromium.logOut(base());
        logIn("pages-partners-d-" + word, DALS_ED);
        browser.get(base() + "upphandling.xhtml?id=" + need);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("partners-heading")));
        WebElement join = partner(DALS_ED).findElement(By.cssSelector("[id$='partner-join-button']"));
        join.click();
        chromium.waitFor(ExpectedConditions.stalenessOf(join));
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        assertTrue(partner(DALS_ED).getText().contains("Är med: Intresserad"), partner(DALS_ED).getText());
        var participations = uddevalla.get("procurement-needs/" + need + "/participations").body();
        assertTrue(StreamSupport.stream(participations.spliterator(), false)
                .anyMatch(p -> p.get("organisation").toString().contains(DALS_ED) && "INTERESTED".equals(p.get("status").asText())),
                participations.toString());
        chromium.assertAccessible("procurement need page after declaring interest");

        // Lerum's page lists the needs it could join (it has published little but the example on the same subject).
        chromium.logOut(base());
        browser.get(base() + "organisation.xhtml?code=" + LERUM);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needs-to-join-heading")));
        assertEquals("Behov ni kan ansluta till", browser.findElement(By.id("needs-to-join-heading")).getText());
        List<String> needs = browser.findElements(By.cssSelector("#needs-to-join li.match")).stream()
                .map(li -> li.getAttribute("data-id")).toList();
        assertTrue(needs.contains(String.valueOf(need)) || needs.contains(String.valueOf(neighbour)), needs.toString());
        assertFalse(browser.findElements(By.cssSelector("#needs-to-join li.reason")).isEmpty(), "each with its reasons");
        chromium.assertAccessible("organisation page with needs to join");
    }

    @Test
    void writingALearningExampleLikeAPublishedOneShowsTheWarning() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var items = new Publisher(base());
        var author = items.author("pages-look-" + word, UDDEVALLA);
        long existing = items.publishExample(author, UDDEVALLA, "Språkcafé i " + word + " för nyanlända",
                "Biblioteket i " + word + " och frivilliga ordnar ett språkcafé där nyanlända övar svenska varje vecka.");
        String title = "Språkcafé för nyanlända i " + word;
        String lead = "Frivilliga och nyanlända i " + word + " träffas varje vecka på biblioteket och övar svenska.";

        chromium.logOut(base());
        logIn("pages-look-writer-" + word, UDDEVALLA); // a colleague of the one who published
        browser.get(base() + "skriv/exempel.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("example-form")));
        assertEquals("polite", browser.findElement(By.id("lookalikes")).getAttribute("aria-live"));
        assertTrue(browser.findElements(By.id("lookalikes-warning")).isEmpty(), "nothing to warn about before anything is written");
        String page = browser.getCurrentUrl();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("lead")).sendKeys(lead);
        browser.findElement(By.id("lead")).sendKeys(Keys.TAB); // leaving the lead: the script asks, without a reload
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lookalikes-warning")));
        assertEquals(page, browser.getCurrentUrl(), "no page load");
        assertEquals(title, browser.findElement(By.id("title")).getAttribute("value"), "what was typed stays");
        assertEquals("Det här liknar …", browser.findElement(By.id("lookalikes-heading")).getText());
        WebElement lookAlike = browser.findElement(By.cssSelector("#lookalikes-list li.match[data-id='" + existing + "']"));
        assertFalse(lookAlike.findElements(By.cssSelector("li.reason")).isEmpty(), "with its reasons");
        // Reachable by keyboard: the warning's link comes right after the lead.
        browser.findElement(By.id("lead")).click();
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(browser.findElement(By.cssSelector("#lookalikes-list a")).getAttribute("href"), focused.getAttribute("href"),
                focused.getAttribute("outerHTML"));
        chromium.assertAccessible("learning example form with the look-alike warning");

        // The author goes on: the warning was shown for this very text, so publishing does not stop.
        new Select(browser.findElement(By.id("ownerOrganisation"))).selectByValue(UDDEVALLA);
        browser.findElement(By.id("publish-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("example-title")));
        assertEquals(title, browser.findElement(By.id("example-title")).getText());

        // Publishing before the script has asked (the boxes filled without the events it listens to, as when
        // JavaScript is off): the first press stops once to show them, the second goes on.
        browser.get(base() + "skriv/exempel.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("example-form")));
        new Select(browser.findElement(By.id("ownerOrganisation"))).selectByValue(UDDEVALLA);
        fillWithoutEvents("title", "Språkcafé för nyanlända på biblioteket i " + word);
        fillWithoutEvents("lead", lead);
        fillWithoutEvents("conclusions", "Fråga biblioteket först.");
        browser.findElement(By.id("publish-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lookalikes-stopped")));
        assertFalse(browser.findElements(By.cssSelector("#lookalikes-list li.match[data-id='" + existing + "']")).isEmpty());
        chromium.assertAccessible("learning example form stopped before the first publish");
        browser.findElement(By.id("publish-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("example-title")));
        assertEquals("Språkcafé för nyanlända på biblioteket i " + word, browser.findElement(By.id("example-title")).getText());
    }

    @Test
    void followingASearchBringsTheNotificationOfAMatchingItemButNotOfADraft() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var items = new Publisher(base());
        var writer = items.author("pages-news-writer-" + word, STOCKHOLM);

        chromium.logOut(base());
        logIn("pages-news-reader-" + word, DALS_ED);
        browser.get(base() + "sok.xhtml?q=" + word + "&kind=learning_example");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("result-summary")));
        chromium.assertAccessible("search page with the follow button");
        browser.findElement(By.id("follow-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("follow-state")));
        assertTrue(browser.getCurrentUrl().contains("sok.xhtml?q=" + word + "&kind=learning_example"), "back on the same search");
        assertTrue(browser.findElement(By.id("notices")).getText().contains("Du följer det nu"));

        long draft = items.draftExample(writer, STOCKHOLM, "Utkast om " + word, "Ett utkast som nämner " + word + ".");
        long published = items.publishExample(writer, STOCKHOLM, "Nyhet om " + word, "Stockholm berättar om " + word + ".");

        WebElement news = awaitNotification(published);
        assertEquals("Nyhet om " + word, news.findElement(By.cssSelector(".notification-title a")).getText());
        assertTrue(news.getAttribute("class").contains("notification-unread"));
        assertTrue(browser.findElements(By.cssSelector("#notifications li[data-id]")).stream()
                .noneMatch(li -> li.getText().contains("Utkast om " + word)), "a draft (" + draft + ") makes no news");
        assertTrue(browser.findElement(By.id("notifications-link")).getText().matches("Notiser \\(\\d+ olästa?\\)"),
                browser.findElement(By.id("notifications-link")).getText());
        chromium.assertAccessible("notifications page");

        // The same news for a feed reader: the page shows the feed's address, with the reader's secret in it.
        browser.findElement(By.id("feed-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("feed-url")));
        String feed = browser.findElement(By.id("feed-url")).getAttribute("value");
        assertTrue(feed.startsWith(base().toString().replaceAll("/+$", "") + "/api/v1/notifications.atom?token="), feed);
        chromium.assertAccessible("notifications page with the feed's address");
        browser.get(base() + "notiser.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notifications")));

        WebElement read = notificationOf(published).findElement(By.cssSelector("[id$='read-button']"));
        read.click();
        chromium.waitFor(ExpectedConditions.stalenessOf(read));
        WebElement after = notificationOf(published);
        assertTrue(after.getAttribute("class").contains("notification-read"), after.getAttribute("class"));
        assertEquals("Notiser", browser.findElement(By.id("notifications-link")).getText());
        chromium.assertAccessible("notifications page after marking read");
    }

    /** Fills a box as a script would, without the events the look-alike script listens to (as when it does not run). */
    private static void fillWithoutEvents(String id, String text) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }

    /** The notification of the item, reloading the notifications page until it has come (the worker makes it). */
    private WebElement awaitNotification(long itemId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            browser.get(base() + "notiser.xhtml");
            chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notifications-heading")));
            List<WebElement> found = browser.findElements(By.cssSelector("#notifications li.notification a[href$='?id=" + itemId + "']"));
            if (!found.isEmpty()) {
                return notificationOf(itemId);
            }
            assertTrue(System.currentTimeMillis() < deadline, "no notification of item " + itemId + ": "
                    + browser.findElement(By.tagName("main")).getText());
            Thread.sleep(500);
        }
    }

    private WebElement notificationOf(long itemId) {
        return browser.findElements(By.cssSelector("#notifications li.notification")).stream()
                .filter(li -> li.findElement(By.cssSelector(".notification-title a")).getAttribute("href").endsWith("?id=" + itemId))
                .findFirst().orElseThrow(() -> new AssertionError("no notification of item " + itemId));
    }

    private WebElement similarItem(long id) {
        return browser.findElements(By.cssSelector("#similar li.match")).stream()
                .filter(li -> String.valueOf(id).equals(li.getAttribute("data-id"))).findFirst()
                .orElseThrow(() -> new AssertionError("item " + id + " is not among the similar: "
                        + browser.findElement(By.id("section-similar")).getText()));
    }

    private WebElement partner(String code) {
        return browser.findElements(By.cssSelector("#partners li.partner")).stream()
                .filter(li -> code.equals(li.getAttribute("data-code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not among the partners: "
                        + browser.findElement(By.id("section-partners")).getText()));
    }

    /** Logs the browser in through the provider as a member of the organisation, in a session of its own. */
    private void logIn(String subject, String organisation) throws Exception {
        chromium.logOut(base());
        browser.manage().deleteAllCookies();
        OpenIdProvider.nextLoginIs(subject, "Maja Matchare", List.of(organisation), List.of());
        browser.get(base() + "skriv/exempel.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
    }
}

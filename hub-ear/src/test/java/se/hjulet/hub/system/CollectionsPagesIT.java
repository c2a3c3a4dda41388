package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The collections editor in Chromium, with axe-core and the Content Security Policy checked on every page: a
 * facilitator creates a collection with a theme, finds published items by search and adds them, adds a link, writes a
 * note and a reflection question for an item and the theme, a date and a participant, reorders by the keyboard buttons
 * and by dragging, shares it by link only, and an anonymous reader opens the share link and sees the handout; people
 * who may not edit get no editor.
 */
class CollectionsPagesIT extends BrowserPages {

    private static final String UDDEVALLA = "1485";

    @Test
    void aFacilitatorBuildsACollectionInTheBrowserAndSharesItByLink() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var items = new Publisher(base());
        var author = items.author("coll-author-" + word, UDDEVALLA);
        String firstTitle = "Digitala möten i " + word;
        String secondTitle = "Servicecenter i " + word;
        long first = items.publishExample(author, UDDEVALLA, firstTitle, "Uddevalla och " + word + " håller nämndmöten digitalt.");
        long second = items.publishExample(author, UDDEVALLA, secondTitle, "Ett gemensamt servicecenter i " + word + " för invånarna.");
        long draft = items.draftExample(author, UDDEVALLA, "Utkast om " + word, "Ett utkast som nämner " + word + ".");

        logIn("coll-facilitator-" + word, List.of(), List.of("facilitator"));
        browser.get(base() + "");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("new-collection-link")));
        browser.findElement(By.id("new-collection-link")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("collection-form")));
        assertEquals("Ny samling", browser.findElement(By.id("form-heading")).getText());
        chromium.assertAccessible("new collection form");

        // Saving without a title: the error summary names the box, and what was typed stays.
        browser.findElement(By.id("themes:0:themeTitle")).sendKeys("UTBLICK");
        browser.findElement(By.id("save-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertTrue(browser.findElement(By.id("error-summary")).getText().contains("Skriv en rubrik."));
        assertEquals("true", browser.findElement(By.id("title")).getAttribute("aria-invalid"));
        assertEquals("UTBLICK", browser.findElement(By.id("themes:0:themeTitle")).getAttribute("value"));
        chromium.assertAccessible("collection form with an error");

        String title = "Workshop om " + word;
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("Tre träffar för kommunerna i Fyrbodal.");

        // Find by search and add: only published items are offered.
        search(word);
        List<String> found = browser.findElements(By.cssSelector("#search-results li.search-result")).stream()
                .map(li -> li.getAttribute("data-id")).toList();
        assertTrue(found.contains(String.valueOf(first)) && found.contains(String.valueOf(second)), found.toString());
        assertFalse(found.contains(String.valueOf(draft)), "never a draft");
        chromium.assertAccessible("collection form with search results");
        addHit(first);
        addHit(second);
        assertEquals(List.of(firstTitle, secondTitle), itemTitles());
        assertTrue(browser.findElements(By.cssSelector("#search-results li.search-result[data-id='" + first + "'] .result-add")).isEmpty(),
                "what is in the collection is not offered again");

        // A link to another site: an address that is no web address is refused on its box.
        String linkTitle = "SKR om kompetenslyft";
        browser.findElement(By.id("linkTitle")).sendKeys(linkTitle);
        browser.findElement(By.id("linkUrl")).sendKeys("skr.se");
        browser.findElement(By.id("link-add")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertEquals("true", browser.findElement(By.id("linkUrl")).getAttribute("aria-invalid"));
        assertEquals(List.of(firstTitle, secondTitle), itemTitles());
        browser.findElement(By.id("linkUrl")).clear();
        browser.findElement(By.id("linkUrl")).sendKeys("https://skr.se/");
        browser.findElement(By.id("link-add")).click();
        chromium.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("error-summary")));
        assertEquals(List.of(firstTitle, secondTitle, linkTitle), itemTitles());

        browser.findElement(By.id("themes:0:items:0:itemNote")).sendKeys("Läs före första träffen.");
        browser.findElement(By.id("themes:0:items:0:itemQuestion")).sendKeys("Vad skulle vi göra annorlunda?");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('events:0:eventDate').value = '2026-09-17';");
        browser.findElement(By.id("events:0:eventTitle")).sendKeys("Första träffen, Uddevalla");
        browser.findElement(By.id("participants:0:participantOrganisation")).sendKeys("Uddevalla (" + UDDEVALLA + ")");
        browser.findElement(By.id("themes:0:themeQuestions")).sendKeys("Vad kan vi göra likadant?");

        // Reordering by keyboard: the second item moves up, its note-less row on top, and the focus stays on its button.
        WebElement up = browser.findElement(By.id("themes:0:items:1:itemUp"));
        assertEquals("Flytta upp " + secondTitle, up.getAttribute("aria-label"));
        up.click();
        chromium.waitFor(ExpectedConditions.stalenessOf(up));
        assertEquals(List.of(secondTitle, firstTitle, linkTitle), itemTitles());
        assertEquals("themes:0:items:0:itemDown", browser.switchTo().activeElement().getAttribute("id"),
                "at the top the move-down button keeps the focus");
        assertEquals("Läs före första träffen.", browser.findElement(By.id("themes:0:items:1:itemNote")).getAttribute("value"),
                "the note moved with its item");
        assertEquals("Vad kan vi göra likadant?", browser.findElement(By.id("themes:0:themeQuestions")).getAttribute("value"));

        new Select(browser.findElement(By.id("visibility"))).selectByValue("LINK_ONLY");
        browser.findElement(By.id("save-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("share-link")));
        assertTrue(browser.findElement(By.id("notices")).getText().contains("Samlingen är sparad."));
        assertTrue(browser.getCurrentUrl().contains("skriv/samling.xhtml?id="), browser.getCurrentUrl());
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("Redigera samlingen", browser.findElement(By.id("form-heading")).getText());
        assertEquals(List.of(secondTitle, firstTitle, linkTitle), itemTitles());
        assertEquals("Vad skulle vi göra annorlunda?", browser.findElement(By.id("themes:0:items:1:itemQuestion")).getAttribute("value"));
        assertEquals("2026-09-17", browser.findElement(By.id("events:0:eventDate")).getAttribute("value"));
        assertEquals("Uddevalla (" + UDDEVALLA + ")", browser.findElement(By.id("participants:0:participantOrganisation")).getAttribute("value"));
        String share = browser.findElement(By.id("share-link")).getAttribute("href");
        assertTrue(share.contains("samling.xhtml?id=" + id + "&token="), share);
        chromium.assertAccessible("collection form after saving, with the share link");

        // On a 360 px wide phone the editor fits: nothing to scroll sideways.
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the editor scrolls sideways at 360 px");
            chromium.assertAccessible("collection form at 360 px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }

        // Dragging (the script): the first row is dropped below the second; saving keeps that order.
        dragBelow(0, 1);
        assertEquals(List.of(firstTitle, secondTitle, linkTitle), itemTitles());
        assertEquals("Ordningen är ändrad. Spara samlingen för att behålla den.", browser.findElement(By.id("drag-status")).getAttribute("textContent"));
        browser.findElement(By.id("save-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        assertEquals(List.of(firstTitle, secondTitle, linkTitle), itemTitles());
        assertEquals("Läs före första träffen.", browser.findElement(By.id("themes:0:items:0:itemNote")).getAttribute("value"));
        assertNoSearchHit(id, word);

        // The curator's handout has the edit link.
        browser.findElement(By.id("handout-link")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("handout-title")));
        assertFalse(browser.findElements(By.id("edit-link")).isEmpty(), "the curator may edit");

        // An anonymous reader: not without the link, with it the handout as it will be printed.
        chromium.logOut(base());
        browser.manage().deleteAllCookies();
        browser.get(base() + "samling.xhtml?id=" + id);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        browser.get(share);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("handout-title")));
        assertEquals(title, browser.findElement(By.id("handout-title")).getText());
        List<String> handoutItems = browser.findElements(By.cssSelector(".handout-item a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(firstTitle, secondTitle, linkTitle), handoutItems);
        assertEquals("Läs före första träffen.", browser.findElement(By.cssSelector(".handout-item .curator-note")).getText());
        assertEquals("Fråga att reflektera över: Vad skulle vi göra annorlunda?",
                browser.findElement(By.cssSelector(".handout-item .item-question")).getText());
        assertEquals("https://skr.se/", browser.findElement(By.cssSelector(".handout-item-link a")).getAttribute("href"));
        assertTrue(browser.findElement(By.cssSelector(".handout-events")).getText().contains("2026-09-17 – Första träffen, Uddevalla"));
        assertTrue(browser.findElement(By.cssSelector(".handout-participants")).getText().contains("Uddevalla"));
        assertTrue(browser.findElement(By.cssSelector(".reflection")).getText().contains("Vad kan vi göra likadant?"));
        assertTrue(browser.findElement(By.cssSelector(".handout-theme h2")).getText().contains("UTBLICK"));
        assertTrue(browser.findElements(By.id("edit-link")).isEmpty(), "a reader gets no edit link");
        assertTrue(browser.getPageSource().contains("handout.css"), "the print style sheet is linked");
        chromium.assertAccessible("shared collection handout for an anonymous reader");

        // A member who is no facilitator: no new collection, not someone else's, not even with its link.
        logIn("coll-member-" + word, List.of(UDDEVALLA), List.of());
        browser.get(base() + "skriv/samling.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-allowed")));
        assertTrue(browser.findElements(By.id("collection-form")).isEmpty());
        assertTrue(browser.findElements(By.id("new-collection-link")).isEmpty(), "the menu offers no new collection");
        chromium.assertAccessible("collection form refused");
        browser.get(base() + "skriv/samling.xhtml?id=" + id);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertTrue(browser.findElements(By.id("collection-form")).isEmpty());
        browser.get(share);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("handout-title")));
        assertTrue(browser.findElements(By.id("edit-link")).isEmpty(), "a reader with the link gets no edit link");
    }

    @Test
    void anotherFacilitatorCannotEditACollectionThatIsPublic() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var owner = new HubClient(base(), OpenIdProvider.logIn("coll-owner-" + word, "Olle Ägare", List.of(), List.of("facilitator")));
        var collection = HubClient.JSON.createObjectNode().put("title", "Öppen samling " + word).put("visibility", "PUBLIC");
        collection.putArray("themes").addObject().put("title", "INBLICK").putArray("questions").add("Var står vi?");
        var created = owner.post("collections", collection);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();

        logIn("coll-other-" + word, List.of(), List.of("facilitator"));
        browser.get(base() + "samling.xhtml?id=" + id);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("handout-title")));
        assertTrue(browser.findElements(By.id("edit-link")).isEmpty(), "only its curator edits it");
        browser.get(base() + "skriv/samling.xhtml?id=" + id);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("not-allowed")));
        assertTrue(browser.findElements(By.id("collection-form")).isEmpty());
        chromium.assertAccessible("someone else's collection refused");
    }

    private void search(String text) {
        WebElement box = browser.findElement(By.id("searchText"));
        box.clear();
        box.sendKeys(text);
        browser.findElement(By.id("search-button")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
    }

    private void addHit(long itemId) {
        WebElement add = browser.findElement(By.cssSelector("#search-results li.search-result[data-id='" + itemId + "'] .result-add"));
        add.click();
        chromium.waitFor(ExpectedConditions.stalenessOf(add));
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("collection-form")));
    }

    private static List<String> itemTitles() {
        return browser.findElements(By.cssSelector("#themes-section ol.collection-items li .item-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the script does when a person drags a row (Chromium's drag events, dispatched as the mouse would). */
    private static void dragBelow(int row, int target) {
        ((JavascriptExecutor) browser).executeScript("""
                var list = document.querySelector('ol.collection-items');
                var rows = list.querySelectorAll(':scope > li.collection-item');
                var dragged = rows[arguments[0]], target = rows[arguments[1]];
                var data = new DataTransfer();
                var box = target.getBoundingClientRect();
                dragged.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                var below = {bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 5, clientY: box.bottom - 2};
                target.dispatchEvent(new DragEvent('dragover', below));
                target.dispatchEvent(new DragEvent('drop', below));
                dragged.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
                """, row, target);
    }

    /** A collection shared by link is never found by search. */
    private void assertNoSearchHit(long id, String word) throws Exception {
        var hits = HubClient.anonymous(base()).get("search?kind=collection&q=" + word).body().get("hits");
        assertTrue(StreamSupport.stream(hits.spliterator(), false).noneMatch(h -> h.get("databaseId").asLong() == id), hits.toString());
    }

    /** Logs the browser in through the provider, in a session of its own. */
    private void logIn(String subject, List<String> organisations, List<String> groups) throws Exception {
        chromium.logOut(base());
        browser.manage().deleteAllCookies();
        OpenIdProvider.nextLoginIs(subject, "Fia Samlare", organisations, groups);
        browser.get(base() + "skriv/exempel.xhtml");
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
    }
}

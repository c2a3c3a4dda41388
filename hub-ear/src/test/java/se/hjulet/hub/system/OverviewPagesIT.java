package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The overview page ("Överblick", issue 12) in Chromium with axe-core and the Content Security Policy checked: items
 * published in two counties through the API raise those counties' figures on the map and in its table by exactly
 * their number (a draft not at all), each figure's link opens the search that lists as many, a county opens to its
 * municipalities, the charts per policy area, year and CPV division count the same items, and the page fits a 360 px
 * wide phone. Counts are compared with those before publishing, so items of other tests in the index do not matter.
 */
class OverviewPagesIT extends BrowserPages {

    private static final String GOTLAND = "0980";
    private static final String KIRUNA = "2584";

    @Test
    void theOverviewCountsPublishedItemsPerCountyAndEachFigureOpensTheSearchThatListsThem() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String area = "Överblick " + word;
        chromium.logOut(base());
        openOverview("");
        long gotlandBefore = tableCount("09");
        long norrbottenBefore = tableCount("25");
        long buildingBefore = divisionCount("45");

        var items = new Publisher(base());
        var gotland = items.author("overview-g-" + word, GOTLAND);
        var kiruna = items.author("overview-k-" + word, KIRUNA);
        long first = publishExample(items, gotland, GOTLAND, "Lekplatser i " + word, area);
        long second = publishExample(items, gotland, GOTLAND, "Badplatser i " + word, area);
        long mine = publishExample(items, kiruna, KIRUNA, "Gruvstaden " + word + " flyttar", area);
        long need = items.publishNeed(kiruna, KIRUNA, "Bygga om stadskärnan i " + word,
                "Kiruna och " + word + " upphandlar anläggningsarbeten för den nya stadskärnan.", "45000000", true);
        long draft = draftExample(gotland, GOTLAND, "Utkast om " + word, area);

        openOverview("");
        assertEquals(gotlandBefore + 2, tableCount("09"), "two published in Gotland, the draft " + draft + " not counted");
        assertEquals(norrbottenBefore + 2, tableCount("25"), "an example and a need in Kiruna");
        WebElement tile = browser.findElement(By.cssSelector("#county-map a[aria-label^='Gotlands län:']"));
        assertEquals("Gotlands län: " + (gotlandBefore + 2), tile.getAttribute("aria-label"));
        assertTrue(tile.getText().contains(String.valueOf(gotlandBefore + 2)), tile.getText());
        assertEquals(buildingBefore + 1, divisionCount("45"), "the open need in CPV division 45");
        assertTrue(browser.findElement(By.cssSelector("#quarter-table tr[data-division='45']")).getText().startsWith("45"));
        assertTrue(browser.findElement(By.cssSelector("#quarter-table thead")).getText().contains("2027 kv. 1"),
                "the need's procurement starts in March 2027");
        WebElement areaRow = browser.findElement(By.xpath("//table[@id='area-table']//tr[th/a[text()='" + area + "']]"));
        assertEquals("3", areaRow.findElement(By.cssSelector("td.count")).getText(), "three published with the area, not the draft");
        WebElement year = browser.findElement(By.xpath("//table[@id='year-table']//tr[th/a[text()='1991']]"));
        assertTrue(Long.parseLong(year.findElement(By.cssSelector("td.count")).getText()) >= 3, "the examples ran in 1991");
        assertTrue(browser.findElements(By.cssSelector(".chart [style], .chart style")).isEmpty(), "no inline style in the pictures");
        chromium.assertAccessible("overview");

        chromium.screenshot("overview");

        // By keyboard: Tab reaches the map's first tile (Norrbotten's, at the top), whose edge shows the focus, and
        // Enter on a tile opens the search listing what it counts.
        WebElement focused = null;
        for (int tab = 0; tab < 80 && (focused == null || !"county-map".equals(svgOf(focused))); tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertEquals("county-map", svgOf(focused), "Tab reaches the map");
        assertTrue(focused.getAttribute("aria-label").startsWith("Norrbottens län: "), focused.getAttribute("aria-label"));
        assertEquals("4px", ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0].querySelector('rect')).strokeWidth;", focused), "a visible focus");
        chromium.screenshot("overview-keyboard-focus");
        tile = browser.findElement(By.cssSelector("#county-map a[aria-label^='Gotlands län:']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", tile);
        assertEquals(tile, browser.switchTo().activeElement());
        tile.sendKeys(Keys.ENTER);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("result-summary")));
        assertEquals((gotlandBefore + 2) + " publicerade objekt", browser.findElement(By.id("result-summary")).getText().replace('\u00a0', ' '));
        List<Long> listed = browser.findElements(By.cssSelector("#hits .hit-title a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("id=")).map(h -> Long.parseLong(h.replaceAll(".*id=", ""))).toList();
        assertTrue(listed.contains(first) && listed.contains(second), listed + " lists both Gotland examples");
        assertFalse(listed.contains(draft), "never the draft");

        // The policy area's row opens a search with exactly its three items.
        openOverview("");
        browser.findElement(By.xpath("//table[@id='area-table']//a[text()='" + area + "']")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("result-summary")));
        assertEquals("3 publicerade objekt", browser.findElement(By.id("result-summary")).getText());

        // Norrbotten, municipality by municipality: Kiruna has its two; every municipality of the county is there.
        openOverview("?county=25");
        assertEquals("Publicerade initiativ i Norrbottens län, per kommun", browser.findElement(By.id("map-heading")).getText());
        WebElement kirunaRow = browser.findElement(By.cssSelector("#place-table tr[data-code='" + KIRUNA + "']"));
        long kirunaCount = Long.parseLong(kirunaRow.findElement(By.cssSelector("td.count")).getText());
        assertTrue(kirunaCount >= 2, "Kiruna's example " + mine + " and need " + need);
        assertEquals(14, browser.findElements(By.cssSelector("#place-table tr[data-code^='25']")).size(), "Norrbotten's 14 municipalities");
        assertEquals(browser.findElements(By.cssSelector("#place-table tbody tr")).size(), browser.findElements(By.cssSelector("#place-map a")).size(),
                "a tile for every row");
        chromium.assertAccessible("overview of a county");
        chromium.screenshot("overview-county");
        kirunaRow.findElement(By.tagName("a")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("result-summary")));
        assertEquals(kirunaCount + " publicerade objekt", browser.findElement(By.id("result-summary")).getText());

        // On a 360 px wide phone the page does not scroll sideways, and in English it speaks English.
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            openOverview("");
            long wide = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            long view = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
            assertTrue(wide <= view, "the page is " + wide + " px wide in a " + view + " px window");
            chromium.assertAccessible("overview on a phone");
            chromium.screenshot("overview-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }
        browser.findElement(By.id("language-en")).click();
        chromium.waitFor(ExpectedConditions.textToBe(By.id("overview-heading"), "Overview"));
        assertEquals("Published initiatives per county", browser.findElement(By.id("map-heading")).getText());
        browser.findElement(By.id("language-sv")).click();
        chromium.waitFor(ExpectedConditions.textToBe(By.id("overview-heading"), "Överblick"));
    }

    private long publishExample(Publisher items, HubClient author, String owner, String title, String area) throws Exception {
        long id = draftExample(author, owner, title, area);
        var published = author.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        items.awaitIndexed(id);
        return id;
    }

    /** A learning example of 1991 in the policy area, not published. */
    private long draftExample(HubClient author, String owner, String title, String area) throws Exception {
        ObjectNode example = HubClient.JSON.createObjectNode().put("title", title).put("lead", title + ", ett lärande exempel.")
                .put("ownerOrganisation", owner).put("periodFrom", "1991-01-01").put("periodTo", "1991-12-31");
        example.putArray("conclusions").add(title);
        example.putArray("policyAreas").add(area);
        var created = author.post("learning-examples", example);
        assertEquals(201, created.status(), created.raw());
        return created.body().get("id").asLong();
    }

    /** The SVG a focused element is in, by id; null outside any. */
    private String svgOf(WebElement element) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var svg = arguments[0].closest('svg'); return svg ? svg.id : null;", element);
    }

    private void openOverview(String query) throws Exception {
        browser.get(base() + "overblick.xhtml" + query);
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("overview-total")));
    }

    private long tableCount(String county) {
        return Long.parseLong(browser.findElement(By.cssSelector("#county-table tr[data-county='" + county + "'] td.count")).getText());
    }

    private long divisionCount(String division) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#cpv-table tr[data-division='" + division + "'] td.count"));
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).getText());
    }
}

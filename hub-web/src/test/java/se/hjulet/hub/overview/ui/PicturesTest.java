package se.hjulet.hub.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG pictures: their geometry, and that they carry nothing the Content Security Policy would refuse. */
class PicturesTest {

    @Test
    void theLongestBarFillsTheWidthLessTheRoomForItsCountAndTheOthersInProportion() {
        double full = BarChart.WIDTH - BarChart.COUNT_ROOM;
        assertEquals(full, BarChart.barLength(8, 8));
        assertEquals(full / 2, BarChart.barLength(4, 8));
        assertEquals(full / 4, BarChart.barLength(2, 8));
        assertEquals(0, BarChart.barLength(0, 8));
    }

    @Test
    void aSmallCountStillGetsABarThatCanBeSeen() {
        assertEquals(BarChart.MIN_BAR, BarChart.barLength(1, 100_000));
    }

    @Test
    void aBarChartHasOneLinkedRowPerFigureWithItsCount() {
        String svg = BarChart.draw("area-chart", "Per område", List.of(new Figure("a", "Äldreomsorg", 6, "/hub/sok.xhtml?q=&policyArea=%C3%84ldreomsorg"),
                new Figure("b", "Skola", 3, "/hub/sok.xhtml?q=&policyArea=Skola")));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"area-chart\" viewBox=\"0 0 320 80\""), svg);
        assertEquals(2, count(svg, "<a href="));
        assertTrue(svg.contains("aria-label=\"Äldreomsorg: 6\""));
        assertTrue(svg.contains("<rect x=\"0\" y=\"19\" width=\"272\" height=\"14\" class=\"scale-4\"/>"), svg);
        assertTrue(svg.contains("<rect x=\"0\" y=\"59\" width=\"136\" height=\"14\" class=\"scale-2\"/>"), svg);
        assertTrue(svg.contains(">3</text>"));
    }

    @Test
    void everyCountyHasItsOwnTileInsideThePicture() {
        assertEquals(21, CountyTiles.PLACES.size());
        assertEquals(CountyTiles.PLACES.keySet(), CountyTiles.LETTERS.keySet());
        Set<String> cells = new HashSet<>();
        double width = CountyTiles.COLUMNS * (CountyTiles.TILE + CountyTiles.GAP) - CountyTiles.GAP;
        double height = CountyTiles.ROWS * (CountyTiles.TILE + CountyTiles.GAP) - CountyTiles.GAP;
        for (String county : CountyTiles.PLACES.keySet()) {
            assertTrue(cells.add(CountyTiles.x(county) + "," + CountyTiles.y(county)), "two counties on one tile: " + county);
            assertTrue(CountyTiles.x(county) + CountyTiles.TILE <= width && CountyTiles.y(county) + CountyTiles.TILE <= height, county);
        }
        assertTrue(CountyTiles.y("25") < CountyTiles.y("01") && CountyTiles.y("01") < CountyTiles.y("12"), "north at the top");
        assertTrue(CountyTiles.x("14") < CountyTiles.x("01"), "west coast to the left of Stockholm");
    }

    @Test
    void theCountyMapShowsEachCountysLettersAndCountAndLinksToItsSearch() {
        String svg = CountyTiles.draw("county-map", "Per län", List.of(new Figure("14", "Västra Götalands län", 3, "/s?county=14"),
                new Figure("25", "Norrbottens län", 0, "/s?county=25"), new Figure("99", "Okänt", 5, "/s?county=99")));
        assertEquals(2, count(svg, "<a href="), "a code that is no county is left out");
        assertTrue(svg.contains("<a href=\"/s?county=14\" aria-label=\"Västra Götalands län: 3\" class=\"tile\">"), svg);
        assertTrue(svg.contains("class=\"tile-letters on-dark\" aria-hidden=\"true\">O</text>"), svg);
        assertTrue(svg.contains("class=\"scale-0\""));
        assertTrue(svg.indexOf("county=25") < svg.indexOf("county=14"), "north first: the order of Tab follows the picture");
    }

    @Test
    void placeTilesWrapThreeToARowAndShortenLongNames() {
        assertEquals(PlaceTiles.TILE_HEIGHT, PlaceTiles.height(3));
        assertEquals(2 * PlaceTiles.TILE_HEIGHT + PlaceTiles.GAP, PlaceTiles.height(4));
        assertEquals("Upplands Väsby", PlaceTiles.shortName("Upplands Väsby"));
        assertEquals("Göteborgsregio…", PlaceTiles.shortName("Göteborgsregionens kommunalförbund"));
        assertEquals(PlaceTiles.MAX_NAME, PlaceTiles.shortName("Göteborgsregionens kommunalförbund").length());
    }

    @Test
    void labelsAreEscapedAndNoStyleIsWrittenIntoThePictures() {
        String svg = BarChart.draw("x", "A \"label\"", List.of(new Figure("k", "<script>alert('x')</script> & co", 1, "/s?a=1&b=\"2\"")));
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), svg);
        assertTrue(svg.contains("href=\"/s?a=1&amp;b=&quot;2&quot;\""), svg);
        assertTrue(svg.contains("aria-label=\"A &quot;label&quot;\""), svg);
        for (String picture : List.of(svg, CountyTiles.draw("m", "m", List.of(new Figure("01", "AB", 1, "/s"))),
                PlaceTiles.draw("p", "p", List.of(new Figure("0180", "Stockholm", 2, "/s"))))) {
            assertFalse(picture.contains("style"), "no style attribute or element: " + picture);
            assertFalse(picture.contains("fill="), "colours only as classes: " + picture);
        }
    }

    @Test
    void numbersAreWrittenTheSameInEveryLanguage() {
        assertEquals("12.5", Svg.number(12.5));
        assertEquals("12", Svg.number(12.0));
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}

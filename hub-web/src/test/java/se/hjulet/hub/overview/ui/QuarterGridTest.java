package se.hjulet.hub.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.overview.boundary.Overview.PlannedNeed;

class QuarterGridTest {

    @Test
    void aDateFallsInTheQuarterOfItsMonth() {
        assertEquals(new Quarter(2027, 1), Quarter.of(LocalDate.of(2027, 1, 1)));
        assertEquals(new Quarter(2027, 1), Quarter.of(LocalDate.of(2027, 3, 31)));
        assertEquals(new Quarter(2027, 2), Quarter.of(LocalDate.of(2027, 4, 1)));
        assertEquals(new Quarter(2027, 3), Quarter.of(LocalDate.of(2027, 9, 30)));
        assertEquals(new Quarter(2027, 4), Quarter.of(LocalDate.of(2027, 12, 31)));
        assertEquals(Quarter.UNDATED, Quarter.of(null));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2027, 5));
    }

    @Test
    void quartersRunInTimeOrderWithTheUndatedLast() {
        List<Quarter> sorted = List.of(Quarter.UNDATED, new Quarter(2028, 1), new Quarter(2027, 4), new Quarter(2027, 2)).stream().sorted().toList();
        assertEquals(List.of(new Quarter(2027, 2), new Quarter(2027, 4), new Quarter(2028, 1), Quarter.UNDATED), sorted);
    }

    @Test
    void needsAreCountedPerDivisionAndQuarterAndANeedInTwoDivisionsCountsInBoth() {
        QuarterGrid grid = QuarterGrid.of(List.of(
                new PlannedNeed(1, LocalDate.of(2027, 3, 1), Set.of("48")),
                new PlannedNeed(2, LocalDate.of(2027, 2, 15), Set.of("48", "72")),
                new PlannedNeed(3, LocalDate.of(2027, 10, 1), Set.of("48")),
                new PlannedNeed(4, null, Set.of("90"))));
        assertEquals(List.of(new Quarter(2027, 1), new Quarter(2027, 4), Quarter.UNDATED), grid.quarters(),
                "only the quarters with needs, in time order");
        assertEquals(List.of("48", "72", "90"), grid.divisions(), "most needs first, then by code");
        assertEquals(2, grid.count("48", new Quarter(2027, 1)));
        assertEquals(1, grid.count("48", new Quarter(2027, 4)));
        assertEquals(1, grid.count("72", new Quarter(2027, 1)));
        assertEquals(0, grid.count("72", new Quarter(2027, 4)));
        assertEquals(1, grid.count("90", Quarter.UNDATED));
        assertEquals(2, grid.max());
    }

    @Test
    void aGridCellWithNeedsLinksToItsDivisionsSearchAndAnEmptyCellLinksNowhere() {
        QuarterGrid grid = QuarterGrid.of(List.of(new PlannedNeed(1, LocalDate.of(2027, 3, 1), Set.of("48")),
                new PlannedNeed(2, LocalDate.of(2027, 5, 1), Set.of("72"))));
        String svg = grid.draw("quarter-chart", "Per kvartal", d -> new Figure(d, d + " Programvara", 0, "/s?cpv=" + d),
                q -> q.year() + " kv. " + q.number());
        assertEquals(2, svg.split("<a href=", -1).length - 1, svg);
        assertTrue(svg.contains("aria-label=\"48 Programvara, 2027 kv. 1: 1\""), svg);
        assertTrue(svg.contains("href=\"/s?cpv=72\""), svg);
        assertFalse(svg.contains("style"));
    }

    @Test
    void noNeedsMakeAnEmptyGrid() {
        assertTrue(QuarterGrid.of(List.of()).isEmpty());
        assertEquals(0, QuarterGrid.of(List.of()).max());
    }
}

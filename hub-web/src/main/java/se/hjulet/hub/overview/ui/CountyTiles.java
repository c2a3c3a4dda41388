package se.hjulet.hub.overview.ui;

import java.util.List;
import java.util.Map;

/**
 * The 21 counties as equal tiles placed roughly where they lie (north at the top). No boundary data with a usable
 * licence is reachable from this project's package registries (see docs/architecture.md, "Overview (issue 12)"), and
 * equal tiles also let the small counties (Blekinge, Gotland, Stockholm) be seen and clicked as well as Norrbotten.
 */
final class CountyTiles {

    static final double TILE = 60;
    static final double GAP = 4;
    static final int COLUMNS = 4;
    static final int ROWS = 9;

    /** Column and row of each county's tile, by county code. */
    static final Map<String, int[]> PLACES = Map.ofEntries(
            Map.entry("25", new int[] {2, 0}),
            Map.entry("24", new int[] {1, 1}),
            Map.entry("23", new int[] {0, 2}), Map.entry("22", new int[] {1, 2}),
            Map.entry("20", new int[] {0, 3}), Map.entry("21", new int[] {1, 3}),
            Map.entry("17", new int[] {0, 4}), Map.entry("19", new int[] {1, 4}), Map.entry("03", new int[] {2, 4}),
            Map.entry("14", new int[] {0, 5}), Map.entry("18", new int[] {1, 5}), Map.entry("04", new int[] {2, 5}),
            Map.entry("01", new int[] {3, 5}),
            Map.entry("13", new int[] {0, 6}), Map.entry("06", new int[] {1, 6}), Map.entry("05", new int[] {2, 6}),
            Map.entry("09", new int[] {3, 6}),
            Map.entry("07", new int[] {1, 7}), Map.entry("08", new int[] {2, 7}),
            Map.entry("12", new int[] {0, 8}), Map.entry("10", new int[] {1, 8}));

    /** The counties' letters (länsbokstav), short enough for a tile; the link and the table give the full name. */
    static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("01", "AB"), Map.entry("03", "C"), Map.entry("04", "D"), Map.entry("05", "E"), Map.entry("06", "F"),
            Map.entry("07", "G"), Map.entry("08", "H"), Map.entry("09", "I"), Map.entry("10", "K"), Map.entry("12", "M"),
            Map.entry("13", "N"), Map.entry("14", "O"), Map.entry("17", "S"), Map.entry("18", "T"), Map.entry("19", "U"),
            Map.entry("20", "W"), Map.entry("21", "X"), Map.entry("22", "Y"), Map.entry("23", "Z"), Map.entry("24", "AC"),
            Map.entry("25", "BD"));

    private CountyTiles() {
    }

    static double x(String county) {
        return PLACES.get(county)[0] * (TILE + GAP);
    }

    static double y(String county) {
        return PLACES.get(county)[1] * (TILE + GAP);
    }

    /** The counties' figures, one per county code of {@link #PLACES} (others are left out). */
    static String draw(String id, String label, List<Figure> counties) {
        long max = counties.stream().mapToLong(Figure::count).max().orElse(0);
        Svg svg = new Svg(id, COLUMNS * (TILE + GAP) - GAP, ROWS * (TILE + GAP) - GAP, label);
        // In reading order of the picture (north to south, west to east), which is then also the order of Tab.
        List<Figure> placed = counties.stream().filter(c -> PLACES.containsKey(c.key()))
                .sorted(java.util.Comparator.comparingDouble((Figure c) -> y(c.key())).thenComparingDouble(c -> x(c.key()))).toList();
        for (Figure county : placed) {
            double x = x(county.key());
            double y = y(county.key());
            String text = ColourScale.textClass(county.count(), max);
            svg.link(county.href(), county.spoken(), "tile").rect(x, y, TILE, TILE, ColourScale.fillClass(county.count(), max))
                    .text(x + TILE / 2, y + 20, LETTERS.get(county.key()), "tile-letters " + text)
                    .text(x + TILE / 2, y + 46, String.valueOf(county.count()), "tile-count " + text)
                    .endLink();
        }
        return svg.end();
    }
}

package se.hjulet.hub.overview.ui;

import java.util.List;

/**
 * The municipalities (and other owners) of one county as a grid of equal tiles, three to a row, each with its
 * name and count, coloured like the county map.
 */
final class PlaceTiles {

    static final double WIDTH = 320;
    static final int COLUMNS = 3;
    static final double GAP = 4;
    static final double TILE_WIDTH = (WIDTH - (COLUMNS - 1) * GAP) / COLUMNS;
    static final double TILE_HEIGHT = 56;
    /** Longer names are cut with an ellipsis on the tile; the link and the table keep the whole name. */
    static final int MAX_NAME = 15;

    private PlaceTiles() {
    }

    static double height(int places) {
        int rows = Math.max(1, (places + COLUMNS - 1) / COLUMNS);
        return rows * (TILE_HEIGHT + GAP) - GAP;
    }

    static String shortName(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "…";
    }

    static String draw(String id, String label, List<Figure> places) {
        long max = places.stream().mapToLong(Figure::count).max().orElse(0);
        Svg svg = new Svg(id, WIDTH, height(places.size()), label);
        for (int i = 0; i < places.size(); i++) {
            Figure place = places.get(i);
            double x = (i % COLUMNS) * (TILE_WIDTH + GAP);
            double y = (i / COLUMNS) * (TILE_HEIGHT + GAP);
            String text = ColourScale.textClass(place.count(), max);
            svg.link(place.href(), place.spoken(), "tile").rect(x, y, TILE_WIDTH, TILE_HEIGHT, ColourScale.fillClass(place.count(), max))
                    .text(x + TILE_WIDTH / 2, y + 20, shortName(place.label()), "place-name " + text)
                    .text(x + TILE_WIDTH / 2, y + 44, String.valueOf(place.count()), "tile-count " + text)
                    .endLink();
        }
        return svg.end();
    }
}

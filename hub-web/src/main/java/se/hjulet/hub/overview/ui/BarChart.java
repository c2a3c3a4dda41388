package se.hjulet.hub.overview.ui;

import java.util.List;

/**
 * Horizontal bars, one row each: the label above its bar, the count after it. Horizontal so that long labels
 * (policy areas, CPV divisions) fit a 360 px wide phone without turning. Every row is a link to its search.
 */
final class BarChart {

    static final double WIDTH = 320;
    static final double ROW = 40;
    /** Room after the longest bar for its count. */
    static final double COUNT_ROOM = 48;
    static final double BAR_HEIGHT = 14;
    /** A count above zero is never drawn thinner than this, so it can be seen and clicked. */
    static final double MIN_BAR = 3;

    private BarChart() {
    }

    /** The length of a bar for this count, the largest filling the width less the room for its count. */
    static double barLength(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(MIN_BAR, (WIDTH - COUNT_ROOM) * count / max);
    }

    static double height(int rows) {
        return Math.max(1, rows) * ROW;
    }

    static String draw(String id, String label, List<Figure> figures) {
        long max = figures.stream().mapToLong(Figure::count).max().orElse(0);
        Svg svg = new Svg(id, WIDTH, height(figures.size()), label);
        double top = 0;
        for (Figure figure : figures) {
            double length = barLength(figure.count(), max);
            svg.link(figure.href(), figure.spoken(), "bar")
                    // A transparent area as big as the row, so the whole row can be clicked and shows its focus.
                    .rect(0, top, WIDTH, ROW - 2, "hit-area")
                    .text(0, top + 14, figure.label(), "chart-label")
                    .rect(0, top + 19, length, BAR_HEIGHT, ColourScale.fillClass(figure.count(), max))
                    .text(length + 6, top + 31, String.valueOf(figure.count()), "chart-count")
                    .endLink();
            top += ROW;
        }
        return svg.end();
    }
}

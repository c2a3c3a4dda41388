package se.hjulet.hub.overview.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.hjulet.hub.overview.boundary.Overview.PlannedNeed;

/**
 * Open needs counted per CPV division and the quarter their procurement is planned to start. A need with codes
 * in two divisions counts in both rows (as the search's CPV filter finds it under both), once in each.
 */
final class QuarterGrid {

    private final List<Quarter> quarters;
    private final List<String> divisions;
    private final Map<String, Map<Quarter, Long>> counts;

    private QuarterGrid(List<Quarter> quarters, List<String> divisions, Map<String, Map<Quarter, Long>> counts) {
        this.quarters = quarters;
        this.divisions = divisions;
        this.counts = counts;
    }

    static QuarterGrid of(Collection<PlannedNeed> needs) {
        Map<String, Map<Quarter, Long>> counts = new HashMap<>();
        TreeSet<Quarter> quarters = new TreeSet<>();
        for (PlannedNeed need : needs) {
            Quarter quarter = Quarter.of(need.windowFrom());
            quarters.add(quarter);
            for (String division : need.cpvDivisions()) {
                counts.computeIfAbsent(division, d -> new HashMap<>()).merge(quarter, 1L, Long::sum);
            }
        }
        Map<String, Long> totals = new HashMap<>();
        counts.forEach((division, row) -> totals.put(division, row.values().stream().mapToLong(Long::longValue).sum()));
        List<String> divisions = counts.keySet().stream()
                .sorted(Comparator.comparing((String d) -> -totals.get(d)).thenComparing(Comparator.naturalOrder())).toList();
        return new QuarterGrid(List.copyOf(quarters), divisions, counts);
    }

    /** In time order, the undated last. */
    List<Quarter> quarters() {
        return quarters;
    }

    /** Most needs first. */
    List<String> divisions() {
        return divisions;
    }

    long count(String division, Quarter quarter) {
        return counts.getOrDefault(division, Map.of()).getOrDefault(quarter, 0L);
    }

    long max() {
        return counts.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    boolean isEmpty() {
        return divisions.isEmpty();
    }

    static final double CELL_WIDTH = 56;
    static final double CELL_HEIGHT = 30;
    static final double GAP = 4;
    static final double HEADER = 20;
    /** A division's label line above its row of cells. */
    static final double LABEL = 18;
    static final double ROW = LABEL + CELL_HEIGHT + GAP * 2;

    double width() {
        return Math.max(BarChart.WIDTH, quarters.size() * (CELL_WIDTH + GAP) - GAP);
    }

    double height() {
        return HEADER + Math.max(1, divisions.size()) * ROW;
    }

    /**
     * Columns of quarters, a row per division; a cell with needs is a link to the division's search (the search has
     * no filter by quarter, so the link lists the division's open needs of every quarter).
     */
    String draw(String id, String label, java.util.function.Function<String, Figure> division,
            java.util.function.Function<Quarter, String> quarterLabel) {
        long max = max();
        Svg svg = new Svg(id, width(), height(), label);
        for (int column = 0; column < quarters.size(); column++) {
            svg.text(column * (CELL_WIDTH + GAP) + CELL_WIDTH / 2, HEADER - 6, quarterLabel.apply(quarters.get(column)), "quarter-label");
        }
        double top = HEADER;
        for (String code : divisions) {
            Figure row = division.apply(code);
            svg.text(0, top + LABEL - 4, row.label(), "chart-label");
            for (int column = 0; column < quarters.size(); column++) {
                Quarter quarter = quarters.get(column);
                long count = count(code, quarter);
                double x = column * (CELL_WIDTH + GAP);
                double y = top + LABEL;
                if (count == 0) {
                    svg.rect(x, y, CELL_WIDTH, CELL_HEIGHT, ColourScale.fillClass(0, max));
                    continue;
                }
                svg.link(row.href(), row.label() + ", " + quarterLabel.apply(quarter) + ": " + count, "cell")
                        .rect(x, y, CELL_WIDTH, CELL_HEIGHT, ColourScale.fillClass(count, max))
                        .text(x + CELL_WIDTH / 2, y + 20, String.valueOf(count), "tile-count " + ColourScale.textClass(count, max))
                        .endLink();
            }
            top += ROW;
        }
        return svg.end();
    }
}

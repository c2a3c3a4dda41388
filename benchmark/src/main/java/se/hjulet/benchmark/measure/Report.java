package se.hjulet.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's one table (every pair measured in the same run, side by side), as Markdown, and a plot
 * of search latency against the number of clients as SVG.
 */
public final class Report {

    /** A row: what was measured, the hub's figure, the reference's, their ratio, the goal and whether it is met. */
    public record Row(String measure, String hub, String reference, String ratio, String goal, String met) {
    }

    /** Search at one load: the hub's answers and Elasticsearch's to the same requests. */
    public record Level(int clients, Latencies hub, Latencies raw) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
    }

    public void add(Level level) {
        levels.add(level);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown(String title) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("| measure | hub | reference | hub ÷ reference | goal | met |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            md.append("| ").append(String.join(" | ", row.measure(), row.hub(), row.reference(), row.ratio(), row.goal(), row.met()))
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** Plain text for the terminal: the same table with aligned columns. */
    public String table() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"measure", "hub", "reference", "hub/ref", "goal", "met"});
        rows.forEach(r -> lines.add(new String[] {r.measure(), r.hub(), r.reference(), r.ratio(), r.goal(), r.met()}));
        int[] widths = new int[6];
        lines.forEach(l -> {
            for (int i = 0; i < 6; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            for (int i = 0; i < 6; i++) {
                out.append(String.format("%-" + widths[i] + "s", line[i])).append(i < 5 ? "  " : "\n");
            }
        }
        return out.toString();
    }

    /** p50 and p95 of the hub and of Elasticsearch against the number of clients (log scale). */
    public String svg(String title) {
        int width = 640;
        int height = 400;
        int left = 70;
        int right = 170;
        int top = 40;
        int bottom = 50;
        double max = levels.stream().flatMap(l -> List.of(l.hub().p95(), l.raw().p95()).stream())
                .filter(v -> !Double.isNaN(v)).max(Double::compare).orElse(1.0) * 1.1;
        double maxLog = Math.log10(Math.max(2, levels.stream().mapToInt(Level::clients).max().orElse(100)));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                        + "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", width, height, width, height, left, escape(title)));
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top + plotHeight, left + plotWidth, top + plotHeight));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top, left, top + plotHeight));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = top + plotHeight - plotHeight * tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f ms</text>%n", left, y, left + plotWidth, y, left - 6, y + 4, value));
        }
        for (Level level : levels) {
            double x = x(level.clients(), maxLog, left, plotWidth);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, top + plotHeight + 18, level.clients()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent clients</text>%n",
                left + plotWidth / 2, height - 12));
        String[][] series = {{"hub p95", "#c0392b", "0"}, {"hub p50", "#e67e22", "0"}, {"Elasticsearch p95", "#2c3e50", "6 4"},
                {"Elasticsearch p50", "#2980b9", "6 4"}};
        for (int s = 0; s < series.length; s++) {
            StringBuilder points = new StringBuilder();
            for (Level level : levels) {
                Latencies of = s < 2 ? level.hub() : level.raw();
                double value = s % 2 == 0 ? of.p95() : of.p50();
                double y = top + plotHeight - plotHeight * Math.min(value, max) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(level.clients(), maxLog, left, plotWidth), y));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>%n",
                    points.toString().strip(), series[s][1], series[s][2]));
            int legendY = top + 16 + 20 * s;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", width - right + 15, legendY, width - right + 45, legendY, series[s][1], series[s][2],
                    width - right + 50, legendY + 4, series[s][0]));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(int clients, double maxLog, int left, int plotWidth) {
        return left + 20 + (plotWidth - 40) * Math.log10(clients) / maxLog;
    }

    public void write(Path folder, String name, String title) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".md"), markdown(title) + "\n![Search latency against load](" + name + ".svg)\n");
        Files.writeString(folder.resolve(name + ".svg"), svg("Search latency against load: " + title));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

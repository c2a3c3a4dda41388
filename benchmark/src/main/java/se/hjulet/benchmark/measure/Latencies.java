package se.hjulet.benchmark.measure;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one run: percentiles in milliseconds and throughput. */
public record Latencies(long[] nanos, double seconds, int errors) {

    public static Latencies of(long[] nanos, double seconds, int errors) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, seconds, errors);
    }

    /** Both runs as one: their answers together, over their summed time. */
    public Latencies plus(Latencies other) {
        long[] both = java.util.Arrays.copyOf(nanos, nanos.length + other.nanos.length);
        System.arraycopy(other.nanos, 0, both, nanos.length, other.nanos.length);
        return of(both, seconds + other.seconds, errors + other.errors);
    }

    public int count() {
        return nanos.length;
    }

    /** The p-th percentile (nearest rank), in milliseconds. */
    public double percentile(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    public double p50() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    /** Answers per second. */
    public double throughput() {
        return seconds <= 0 ? 0 : nanos.length / seconds;
    }

    /** "p50 12 / p95 30 / p99 41 ms, 85 /s" */
    public String summary() {
        return String.format(Locale.ROOT, "p50 %s / p95 %s / p99 %s ms, %.0f/s%s", ms(p50()), ms(p95()), ms(p99()), throughput(),
                errors > 0 ? ", " + errors + " errors" : "");
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : String.format(Locale.ROOT, "%.1f", millis);
    }
}

package se.hjulet.benchmark.load;

import java.io.PrintStream;
import java.util.Locale;

/** One line that updates in place: how far, and the rate so far. */
final class Progress {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final String unit;
    private final long began = System.nanoTime();
    private long lastPrinted;

    Progress(PrintStream out, String label, long total, String unit) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    synchronized void update(long done) {
        long now = System.nanoTime();
        if (now - lastPrinted < 1_000_000_000L && done < total) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - began) / 1e9;
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        out.printf(Locale.ROOT, "\r  %s [%-20s] %d/%d (%d%%) %.0f s, %.1f %s/s   ", label, "#".repeat(percent / 5), done, total, percent,
                seconds, done / Math.max(seconds, 1e-9), unit);
        out.flush();
    }

    /** Ends the line; the rate of the whole run. */
    double done(long done) {
        lastPrinted = 0;
        update(done);
        out.println();
        return done / ((System.nanoTime() - began) / 1e9);
    }
}

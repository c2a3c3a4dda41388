package se.hjulet.hub.overview.ui;

/**
 * Five steps of colour for counts (CSS classes {@code scale-0} … {@code scale-4}, defined in hjulet.css: no
 * colour is written into the SVG, so the Content Security Policy's {@code style-src 'self'} holds). Step 0 is
 * "nothing"; steps 1–4 split the range up to the largest count into four equal parts, so the largest is
 * always the darkest.
 */
final class ColourScale {

    static final int DARKEST = 4;

    private ColourScale() {
    }

    static int step(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        long step = (count * DARKEST + max - 1) / max;
        return (int) Math.max(1, Math.min(DARKEST, step));
    }

    static String fillClass(long count, long max) {
        return "scale-" + step(count, max);
    }

    /** White text on the two darkest steps, dark text on the lighter ones (both 4.5:1 or better). */
    static String textClass(long count, long max) {
        return step(count, max) >= 3 ? "on-dark" : "on-light";
    }
}

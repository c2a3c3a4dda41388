package se.hjulet.hub.overview.ui;

/**
 * One figure of a picture: what it counts (key, a county code or CPV division …), its label, the count and the
 * search that lists exactly what it counts.
 */
public record Figure(String key, String label, long count, String href) {

    /** What a screen reader says for the figure's link. */
    public String spoken() {
        return label + ": " + count;
    }
}

package se.hjulet.hub.matching.ui;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Det här liknar …" in a form: the look-alikes last found for the text being written, and which of them the author
 * has been shown. Saving before the first publish stops once for look-alikes the author has not seen (as they
 * write, with JavaScript, or at the first press of a button, without); pressing again goes on. The author is never
 * stopped twice for the same items.
 */
public class LookAlikeWarning implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<MatchRow> found = List.of();
    private final Set<Long> shown = new HashSet<>();
    private boolean stopped;

    /** The look-alikes found as the author writes: shown, so they never stop a save. */
    public void show(List<MatchRow> lookAlikes) {
        found = List.copyOf(lookAlikes);
        stopped = false;
        lookAlikes.forEach(row -> shown.add(row.id()));
    }

    /**
     * Before saving a text that was never published: whether to stop and show these look-alikes first. True only
     * when some of them are new to the author; they count as shown from then on.
     */
    public boolean stopsBeforeSaving(List<MatchRow> lookAlikes) {
        boolean unseen = lookAlikes.stream().anyMatch(row -> !shown.contains(row.id()));
        found = List.copyOf(lookAlikes);
        lookAlikes.forEach(row -> shown.add(row.id()));
        stopped = unseen;
        return unseen;
    }

    public List<MatchRow> getFound() {
        return found;
    }

    /** The last save was stopped to show them: the form says how to go on. */
    public boolean isStopped() {
        return stopped;
    }
}

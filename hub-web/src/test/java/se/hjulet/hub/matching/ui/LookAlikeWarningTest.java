package se.hjulet.hub.matching.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When saving stops to show "Det här liknar …": once, for look-alikes the author has not been shown. */
class LookAlikeWarningTest {

    private static MatchRow row(long id) {
        return new MatchRow(id, "learning_example", "Lärande exempel", "Språkcafé " + id, "/exempel.xhtml?id=" + id,
                "Uddevalla", List.of("Båda tar upp: språkcafé"));
    }

    @Test
    void theFirstPublishStopsOnceForUnseenLookAlikesAndThenGoesOn() {
        var warning = new LookAlikeWarning();
        assertTrue(warning.stopsBeforeSaving(List.of(row(1), row(2))));
        assertTrue(warning.isStopped());
        assertEquals(List.of(row(1), row(2)), warning.getFound());
        assertFalse(warning.stopsBeforeSaving(List.of(row(1), row(2))), "pressing again goes on");
        assertFalse(warning.isStopped());
        assertTrue(warning.stopsBeforeSaving(List.of(row(2), row(3))), "a look-alike not shown before stops once more");
    }

    @Test
    void lookAlikesShownAsTheAuthorWroteNeverStopASave() {
        var warning = new LookAlikeWarning();
        warning.show(List.of(row(7)));
        assertFalse(warning.isStopped());
        assertEquals(List.of(row(7)), warning.getFound());
        assertFalse(warning.stopsBeforeSaving(List.of(row(7))));
    }

    @Test
    void nothingAlikeNeverStops() {
        var warning = new LookAlikeWarning();
        assertFalse(warning.stopsBeforeSaving(List.of()));
        assertTrue(warning.getFound().isEmpty());
    }
}

package se.hjulet.hub.comment.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.hjulet.hub.moderation.entity.Post;

/** The text an author gets back to edit their comment. */
class CommentsPanelTest {

    @Test
    void plainParagraphsComeBackAsTheyWereTyped() {
        String typed = "Vi gjorde likadant i Eksjö.\n\nFråga Karin & Per om mallarna \"Steg 1–3\".\nRad två.";
        String stored = Post.cleaned(typed, 4000);
        assertEquals(typed, CommentsPanel.editable(stored));
    }

    @Test
    void formattedTextComesBackAsItsHtmlSoNothingIsLostWhenSaved() {
        String stored = Post.cleaned("<p>Se <a href=\"https://example.se\">rapporten</a>.</p>", 4000);
        assertEquals(stored, CommentsPanel.editable(stored));
    }
}

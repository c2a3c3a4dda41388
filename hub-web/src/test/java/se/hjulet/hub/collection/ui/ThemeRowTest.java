package se.hjulet.hub.collection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Moving a theme's items as the buttons and the drag-and-drop script do, and what is saved from a theme. */
class ThemeRowTest {

    private static ThemeRow themeOf(String... titles) {
        var theme = new ThemeRow();
        long id = 1;
        for (String title : titles) {
            theme.add(ItemRow.of(new Found("learning_example", id++, title, "Uddevalla", "/exempel.xhtml?id=" + id)));
        }
        return theme;
    }

    private static List<String> titles(ThemeRow theme) {
        return theme.getItems().stream().map(ItemRow::getTitle).toList();
    }

    @Test
    void anItemMovesOnePlaceUpOrDownAndNotPastTheEnds() {
        var theme = themeOf("A", "B", "C");
        ItemRow c = theme.getItems().get(2);
        assertTrue(theme.move(c, -1));
        assertEquals(List.of("A", "C", "B"), titles(theme));
        assertTrue(theme.move(c, -1));
        assertEquals(List.of("C", "A", "B"), titles(theme));
        assertFalse(theme.move(c, -1), "the first cannot move up");
        assertEquals(List.of("C", "A", "B"), titles(theme));
        ItemRow b = theme.getItems().get(2);
        assertFalse(theme.move(b, 1), "the last cannot move down");
        assertTrue(theme.isFirst(c) && theme.isLast(b));
        assertEquals(2, theme.numberOf(theme.getItems().get(1)));
        assertEquals(List.of("0", "1", "2"), theme.getItems().stream().map(ItemRow::getPosition).toList(), "positions follow the order");
    }

    @Test
    void theOrderTheScriptWroteIsTakenAndABadPositionLosesNothing() {
        var theme = themeOf("A", "B", "C");
        // The script dragged C to the top: it renumbered the rows in their new order on the page.
        theme.getItems().get(0).setPosition("1");
        theme.getItems().get(1).setPosition("2");
        theme.getItems().get(2).setPosition("0");
        theme.applyPositions();
        assertEquals(List.of("C", "A", "B"), titles(theme));

        theme.getItems().get(0).setPosition("x");
        theme.getItems().get(1).setPosition(null);
        theme.applyPositions();
        assertEquals(List.of("C", "A", "B"), titles(theme), "rows without a number keep their place");
        assertEquals(3, theme.getItems().size());
    }

    @Test
    void aThemeBecomesItsInputWithQuestionsPerLineAndNotesStripped() {
        var theme = themeOf("A");
        theme.setTitle("  UTBLICK ");
        theme.setQuestions("Vad gör vi?\n\n  Vad gör andra?  \n");
        theme.getItems().get(0).setNote("  Läs före träffen. ");
        var input = theme.toInput();
        assertEquals("UTBLICK", input.title());
        assertNull(input.description());
        assertEquals(List.of("Vad gör vi?", "Vad gör andra?"), input.questions());
        assertEquals(1L, input.items().get(0).initiativeId());
        assertNull(input.items().get(0).documentId());
        assertNull(input.items().get(0).url(), "an initiative is no link");
        assertEquals("Läs före träffen.", input.items().get(0).note());
    }

    @Test
    void aDocumentHitBecomesADocumentItem() {
        var theme = new ThemeRow();
        assertTrue(theme.isEmpty());
        var found = new Found("document", 7, "rapport.pdf", null, "/exempel.xhtml?id=3");
        ItemRow row = ItemRow.of(found);
        theme.add(row);
        assertFalse(theme.isEmpty(), "an item alone makes a theme worth saving");
        assertEquals("document", row.getType());
        assertEquals("/api/v1/documents/7/content", row.getHref());
        assertEquals(7L, theme.toInput().items().get(0).documentId());
        assertNull(theme.toInput().items().get(0).initiativeId());
        assertTrue(row.sameAs(found));
        assertFalse(row.sameAs(new Found("learning_example", 7, "Ett exempel", null, "/exempel.xhtml?id=7")),
                "an initiative with the same number is another thing");
    }

    @Test
    void anEventRowIsIncompleteWithoutADateOrATitle() {
        var row = new EventRow();
        assertTrue(row.isEmpty());
        assertFalse(row.isIncomplete());
        row.setTitle("Första träffen");
        assertTrue(row.isIncomplete());
        row.setDate("2026-09-17");
        assertFalse(row.isIncomplete());
    }
}

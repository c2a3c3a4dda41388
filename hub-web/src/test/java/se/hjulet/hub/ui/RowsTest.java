package se.hjulet.hub.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding and removing rows as the buttons do, and what is saved from them. */
class RowsTest {

    static final class Line implements Rows.Row {
        String text;

        Line(String text) {
            this.text = text;
        }

        Line() {
            this(null);
        }

        @Override
        public boolean isEmpty() {
            return text == null || text.isBlank();
        }
    }

    @Test
    void storedEntriesComeWithAnEmptyRowToTypeInto() {
        var rows = new Rows<Line>(Line::new, 1, 5);
        rows.fill(List.of(new Line("a"), new Line("b")));
        assertEquals(3, rows.getList().size());
        assertTrue(rows.getList().get(2).isEmpty());
    }

    @Test
    void addingAndRemovingKeepWhatWasTypedAndTheFocusFollows() {
        var rows = new Rows<Line>(Line::new, 1, 3);
        rows.getList().get(0).text = "först";
        rows.add();
        Line added = rows.getList().get(1);
        assertTrue(rows.isAdded(added), "the new row's first box takes the focus");
        added.text = "sedan";
        rows.add();
        assertFalse(rows.isMayAdd(), "at most three");
        rows.add();
        assertEquals(3, rows.getList().size());

        rows.remove(rows.getList().get(0));
        assertEquals("sedan", rows.getList().get(0).text);
        assertEquals(1, rows.numberOf(added), "the legends count again from one");
        assertTrue(rows.isRemoved(), "the add button takes the focus");
        rows.settle();
        assertFalse(rows.isRemoved());

        rows.remove(rows.getList().get(0));
        rows.remove(rows.getList().get(0));
        assertEquals(1, rows.getList().size(), "there is always a row to type into");
    }

    @Test
    void emptyRowsAreLeftOutAndEachEntryKnowsItsRow() {
        var rows = new Rows<Line>(Line::new, 1, 9);
        rows.fill(List.of(new Line("a"), new Line(" "), new Line("c")));
        Rows.Built<String> built = rows.build(line -> line.text);
        assertEquals(List.of("a", "c"), built.inputs());
        assertArrayEquals(new int[] {0, 2}, built.rows());
    }
}

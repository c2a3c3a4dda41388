package se.hjulet.hub.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a repeating part of a form (contacts, links, participants, financing lines). "Add" and
 * "remove" are buttons that post the form, so they work without JavaScript; what was typed in the other
 * rows stays. There is always at least one row to type into. Empty rows are left out when saving.
 */
public final class Rows<R extends Rows.Row> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row; empty when none of its boxes holds anything. */
    public interface Row extends Serializable {
        boolean isEmpty();
    }

    /** A new empty row; serialisable, since a view-scoped form may be kept in the session. */
    public interface Blank<R> extends Serializable {
        R get();
    }

    /** The inputs of the rows that hold something, and the row each came from. */
    public record Built<I>(List<I> inputs, int[] rows) {
    }

    private final Blank<R> blank;
    private final int max;
    private final List<R> list = new ArrayList<>();
    /** The row just added (its first box takes the focus), or null. */
    private R added;
    private boolean removed;

    public Rows(Blank<R> blank, int initial, int max) {
        this.blank = blank;
        this.max = max;
        for (int i = 0; i < Math.max(1, initial); i++) {
            list.add(blank.get());
        }
    }

    /** The stored entries as rows, and one empty row after them to type a new one. */
    public void fill(List<R> rows) {
        list.clear();
        list.addAll(rows);
        list.add(blank.get());
        added = null;
    }

    public List<R> getList() {
        return list;
    }

    /** The "add" button. */
    public void add() {
        if (list.size() < max) {
            added = blank.get();
            list.add(added);
        }
        removed = false;
    }

    /** A row's "remove" button. */
    public void remove(R row) {
        list.remove(row);
        if (list.isEmpty()) {
            list.add(blank.get());
        }
        added = null;
        removed = true;
    }

    /** Saving: no row was just added or removed, so nothing takes the focus. */
    public void settle() {
        added = null;
        removed = false;
    }

    public boolean isMayAdd() {
        return list.size() < max;
    }

    /** For autofocus on the first box of a row just added. */
    public boolean isAdded(R row) {
        return row != null && row == added;
    }

    /** After a removal the section's add button takes the focus. */
    public boolean isRemoved() {
        return removed;
    }

    /** The 1-based number of a row, for its legend ("Kontaktperson 2"). */
    public int numberOf(R row) {
        return list.indexOf(row) + 1;
    }

    public <I> Built<I> build(Function<R, I> input) {
        var inputs = new ArrayList<I>();
        var rows = new ArrayList<Integer>();
        for (int i = 0; i < list.size(); i++) {
            R row = list.get(i);
            if (!row.isEmpty()) {
                inputs.add(input.apply(row));
                rows.add(i);
            }
        }
        return new Built<>(inputs, rows.stream().mapToInt(Integer::intValue).toArray());
    }
}

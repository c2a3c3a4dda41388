package se.hjulet.hub.collection.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.hjulet.hub.collection.boundary.CollectionInput.ThemeInput;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.ui.TypedInput;

/**
 * A theme in the editor: title, description, reflection questions (one per line) and its ordered items.
 * The items move by buttons (one place up or down, for keyboards and without JavaScript) or by the
 * drag-and-drop script, which writes each row's new place into its hidden position box.
 */
public class ThemeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String questions;
    private final List<ItemRow> items = new ArrayList<>();

    static ThemeRow of(Theme theme) {
        var row = new ThemeRow();
        row.title = theme.title();
        row.description = theme.description();
        row.questions = String.join("\n", theme.questions());
        theme.items().stream().map(ItemRow::of).forEach(row.items::add);
        row.renumber();
        return row;
    }

    /** Nothing typed and nothing added: left out when saving. */
    boolean isEmpty() {
        return TypedInput.text(title) == null && TypedInput.text(description) == null && TypedInput.lines(questions).isEmpty()
                && items.isEmpty();
    }

    ThemeInput toInput() {
        return new ThemeInput(TypedInput.text(title), TypedInput.text(description),
                items.stream().map(ItemRow::toInput).toList(), TypedInput.lines(questions));
    }

    void add(ItemRow item) {
        items.add(item);
        renumber();
    }

    void remove(ItemRow item) {
        items.remove(item);
        renumber();
    }

    /** One place towards the top (by -1) or the bottom (by 1); at the end of the list nothing moves. */
    boolean move(ItemRow item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        items.remove(from);
        items.add(to, item);
        renumber();
        return true;
    }

    /**
     * The order the drag-and-drop script left in the position boxes. Rows whose box holds no number keep
     * their place relative to the others (the sort is stable), so a tampered box cannot lose an item.
     */
    void applyPositions() {
        var current = List.copyOf(items);
        Comparator<ItemRow> byPosition = Comparator.comparingInt(row -> positionOf(row, current.indexOf(row)));
        items.sort(byPosition);
        renumber();
    }

    private static int positionOf(ItemRow row, int fallback) {
        try {
            return row.getPosition() == null ? fallback : Integer.parseInt(row.getPosition().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(String.valueOf(i));
        }
    }

    public boolean isFirst(ItemRow item) {
        return !items.isEmpty() && items.get(0) == item;
    }

    public boolean isLast(ItemRow item) {
        return !items.isEmpty() && items.get(items.size() - 1) == item;
    }

    /** The 1-based place of an item, for the buttons' labels. */
    public int numberOf(ItemRow item) {
        return items.indexOf(item) + 1;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }
}

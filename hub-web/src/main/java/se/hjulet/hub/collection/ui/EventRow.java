package se.hjulet.hub.collection.ui;

import se.hjulet.hub.collection.entity.Event;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.TypedInput;

/** A date of the series as typed: the date (yyyy-mm-dd, as a date input sends it) and what happens then. */
public class EventRow implements Rows.Row {

    private static final long serialVersionUID = 1L;

    private String date;
    private String title;

    static EventRow of(Event event) {
        var row = new EventRow();
        row.date = event.date().toString();
        row.title = event.title();
        return row;
    }

    @Override
    public boolean isEmpty() {
        return TypedInput.text(date) == null && TypedInput.text(title) == null;
    }

    /** A row the boundary would refuse for want of a date or a title: where its complaint belongs. */
    boolean isIncomplete() {
        return !isEmpty() && (TypedInput.text(date) == null || TypedInput.text(title) == null);
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}

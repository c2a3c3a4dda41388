package se.hjulet.hub.initiative.ui;

import java.util.Locale;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.entity.Link;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.TypedInput;

/** A link for further reading: a title and a web address. */
public class LinkRow implements Rows.Row {

    private static final long serialVersionUID = 1L;
    private String title;
    private String url;

    static LinkRow of(Link link) {
        var row = new LinkRow();
        row.title = link.title();
        row.url = link.url();
        return row;
    }

    LinkInput toInput() {
        return new LinkInput(TypedInput.text(title), TypedInput.text(url));
    }

    /** The boundary refuses addresses that are not http(s): this row's is such a one. */
    boolean isSuspect() {
        return url == null || !url.strip().toLowerCase(Locale.ROOT).matches("https?://.+");
    }

    @Override
    public boolean isEmpty() {
        return TypedInput.text(title) == null && TypedInput.text(url) == null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}

package se.hjulet.hub.collection.ui;

import java.io.Serializable;
import se.hjulet.hub.collection.boundary.CollectionInput.ItemInput;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.ui.TypedInput;

/**
 * One entry of a theme in the editor: what it points at (kept from the stored item or the search hit that
 * added it, never typed), the curator's note, and its position as the drag-and-drop script last wrote it.
 */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** initiative, document or link. */
    private String type;
    private Long initiativeId;
    private Long documentId;
    private String url;
    private String title;
    /** Where the title links to: a path inside the hub, or the link's own address. */
    private String href;
    private String note;
    private String question;
    private String position;

    static ItemRow of(CollectionItem item) {
        var row = new ItemRow();
        row.type = item.type();
        row.title = item.title();
        row.note = item.note();
        row.question = item.question();
        if (item.initiative() != null) {
            row.initiativeId = item.initiative().id();
            row.href = item.initiative().pagePath();
        } else if (item.document() != null) {
            row.documentId = item.document().id();
            row.href = "/api/v1/documents/" + item.document().id() + "/content";
        } else {
            row.url = item.url();
            row.href = item.url();
        }
        return row;
    }

    /** A published initiative or document found by search; other kinds of hits cannot be added. */
    static ItemRow of(Found hit) {
        var row = new ItemRow();
        row.title = hit.title();
        if ("document".equals(hit.kind())) {
            row.type = "document";
            row.documentId = hit.id();
            row.href = "/api/v1/documents/" + hit.id() + "/content";
        } else {
            row.type = "initiative";
            row.initiativeId = hit.id();
            row.href = hit.url();
        }
        return row;
    }

    /** An external link the curator typed (the boundary checks that it is http or https when saving). */
    static ItemRow link(String url, String title) {
        var row = new ItemRow();
        row.type = "link";
        row.url = url;
        row.title = title;
        row.href = url;
        return row;
    }

    /** Does this row point at what the hit is? */
    boolean sameAs(Found hit) {
        return "document".equals(hit.kind()) ? Long.valueOf(hit.id()).equals(documentId)
                : Long.valueOf(hit.id()).equals(initiativeId);
    }

    ItemInput toInput() {
        boolean link = "link".equals(type);
        return new ItemInput(initiativeId, documentId, link ? url : null, link ? title : null, TypedInput.text(note),
                TypedInput.text(question));
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getHref() {
        return href;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    Long initiativeId() {
        return initiativeId;
    }

    Long documentId() {
        return documentId;
    }
}

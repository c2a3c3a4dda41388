package se.hjulet.hub.collection.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.net.URI;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.platform.entity.InvalidInput;

/** One entry of a theme: exactly one of an initiative, a document or an external link, with the curator's note. */
@Embeddable
public class CollectionItem {

    @ManyToOne
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private Document document;

    private String url;

    private String title;

    private String note;

    /** A question for the participants about this item in particular (the theme has its own, broader ones). */
    private String question;

    protected CollectionItem() {
    }

    public static CollectionItem of(Initiative initiative, String note) {
        var item = new CollectionItem();
        item.initiative = initiative;
        item.note = CuratedCollection.optional("note", note, 4000);
        return item;
    }

    public static CollectionItem of(Document document, String note) {
        var item = new CollectionItem();
        item.document = document;
        item.note = CuratedCollection.optional("note", note, 4000);
        return item;
    }

    /** An external link: only http and https, so a handout never carries a script link. */
    public static CollectionItem link(String url, String title, String note) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new InvalidInput("url", "A link must be a full http or https address, not '" + url + "'.");
        }
        var item = new CollectionItem();
        item.url = uri.toString();
        item.title = CuratedCollection.required("title", title, 300);
        item.note = CuratedCollection.optional("note", note, 4000);
        return item;
    }

    /** The item's reflection question; blank means none. */
    public CollectionItem asking(String question) {
        this.question = CuratedCollection.optional("themes.items.question", question, 1000);
        return this;
    }

    public Initiative initiative() {
        return initiative;
    }

    public Document document() {
        return document;
    }

    public String url() {
        return url;
    }

    /** What to call the entry: the link's title, the initiative's title or the document's name. */
    public String title() {
        if (initiative != null) {
            return initiative.title();
        }
        if (document != null) {
            return document.name();
        }
        return title;
    }

    public String note() {
        return note;
    }

    public String question() {
        return question;
    }

    public String type() {
        return initiative != null ? "initiative" : document != null ? "document" : "link";
    }
}

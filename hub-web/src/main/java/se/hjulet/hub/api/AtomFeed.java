package se.hjulet.hub.api;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) written with StAX, so every text is escaped: the hub's feeds (a public search, a person's
 * notifications) are written through this one class. Feed first, then its entries, then {@link #xml()}.
 */
public final class AtomFeed {

    public static final String TYPE = "application/atom+xml;charset=utf-8";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    /** The feed's head: its id (its own address), title, subtitle, when it last changed, and the page it mirrors. */
    public AtomFeed(String self, String title, String subtitle, Instant updated, String alternate) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
            element("id", self);
            element("title", title);
            element("subtitle", subtitle);
            element("updated", time(updated));
            link("self", "application/atom+xml", self);
            link("alternate", "text/html", alternate);
            author("Hjulet");
            element("generator", "Hjulet");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    /** One entry: its page (also its id), title, when it changed and was published, who wrote it, its kind and summary. */
    public AtomFeed entry(String page, String title, Instant updated, Instant published, String author, String term,
                          String label, String summary) {
        try {
            xml.writeStartElement("entry");
            element("id", page);
            element("title", title);
            element("updated", time(updated));
            if (published != null) {
                element("published", time(published));
            }
            link("alternate", "text/html", page);
            author(author == null || author.isBlank() ? "Hjulet" : author);
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", term);
            xml.writeAttribute("label", label);
            if (summary != null && !summary.isBlank()) {
                element("summary", summary);
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    /** The whole feed; the writer is closed. */
    public String xml() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private void author(String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element("name", name);
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private void link(String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}

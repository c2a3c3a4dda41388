package se.hjulet.hub.initiative.entity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text that people write: kept to a small set of formatting elements, with links limited to
 * http(s) and mailto, so nothing a user writes can run in another user's browser.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private SafeHtml() {
    }

    /** The allowed part of the given HTML; null and blank become the empty string. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, settings).strip();
    }

    /** The text a reader sees, for search and summaries. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var document = Jsoup.parseBodyFragment(html);
        document.select("p, li, h3, h4, br, blockquote").after(" ");
        return document.text();
    }
}

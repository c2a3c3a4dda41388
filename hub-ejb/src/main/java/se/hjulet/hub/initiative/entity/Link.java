package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Embeddable;
import java.net.URI;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A link for further reading (fördjupning). Only http and https, so no script URLs reach a page. */
@Embeddable
public class Link {

    private String title;
    private String url;

    protected Link() {
    }

    public Link(String title, String url) {
        if (!isWebAddress(url)) {
            throw new InvalidInput("links", "'" + url + "' is not a web address starting with http:// or https://.");
        }
        this.title = title == null || title.isBlank() ? url : title.strip();
        this.url = url.strip();
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}

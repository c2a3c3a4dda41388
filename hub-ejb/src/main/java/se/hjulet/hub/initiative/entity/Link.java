package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Embeddable;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * An http(s) address with a host. Internationalised domain names (https://göteborg.se/väg) are web
     * addresses too: java.net.URI sees no host in them, so the host is checked in its ASCII form.
     */
    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        Matcher parts = ADDRESS.matcher(url.strip());
        if (!parts.matches()) {
            return false;
        }
        try {
            String asciiHost = IDN.toASCII(parts.group(3), IDN.USE_STD3_ASCII_RULES);
            URI uri = new URI(parts.group(1) + "://" + Objects.toString(parts.group(2), "") + asciiHost
                    + Objects.toString(parts.group(4), "") + Objects.toString(parts.group(5), ""));
            return uri.getHost() != null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** scheme :// userinfo@ host :port rest (path, query, fragment). */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?)://([^/?#@]*@)?([^/?#:@]+)(:\\d{1,5})?([/?#].*)?", Pattern.DOTALL);

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}

package se.hjulet.hub.document.api;

import java.time.Instant;
import se.hjulet.hub.document.entity.Document;

/**
 * A document as the API shows it: what it is and how reading its text went ({@code status}: pending, ok,
 * encrypted, failed, truncated; {@code statusMessage} says why when not ok). The text itself is for search.
 */
public record DocumentView(long id, long initiativeId, String name, String mediaType, long size, String sha256,
                           String status, String statusMessage, String title, String author, String language,
                           Integer pageCount, Instant uploadedAt, Instant updatedAt, String download) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id(), d.initiative().id(), d.name(), d.mediaType(), d.size(), d.sha256(),
                d.status().name().toLowerCase(), d.extractionMessage(), d.title(), d.author(), d.language(),
                d.pageCount(), d.uploadedAt(), d.updatedAt(), "/api/v1/documents/" + d.id() + "/content");
    }
}

package se.hjulet.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One found item. {@code title}, {@code lead} and {@code organisationName} are plain text as indexed
 * (escape them when rendering). {@code highlights} are HTML-safe fragments: the source text is escaped
 * and only {@code <mark>}/{@code </mark>} are markup, so they may be inserted as HTML as they are.
 * They come in the order title, lead, conclusions, body. {@code attachments} are the attached documents
 * whose text matched, each with its name (plain text) and HTML-safe fragments like {@code highlights}.
 * {@code publishedAt} and {@code updatedAt} are the item's, as indexed (null when unknown).
 */
public record SearchHit(String id, String kind, long databaseId, String title, String lead, String organisationName,
        String url, List<String> highlights, List<AttachmentMatch> attachments, Instant publishedAt, Instant updatedAt) {

    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public SearchHit(String id, String kind, long databaseId, String title, String lead, String organisationName,
            String url, List<String> highlights, List<AttachmentMatch> attachments) {
        this(id, kind, databaseId, title, lead, organisationName, url, highlights, attachments, null, null);
    }

    public SearchHit(String id, String kind, long databaseId, String title, String lead, String organisationName,
            String url, List<String> highlights) {
        this(id, kind, databaseId, title, lead, organisationName, url, highlights, List.of());
    }

    /** An attached document that matched: its database id, file name and highlighted fragments of its text. */
    public record AttachmentMatch(long databaseId, String name, List<String> highlights) {
        public AttachmentMatch {
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
        }
    }
}

package se.hjulet.search.query;

import java.util.List;

/**
 * One found item. {@code title}, {@code lead} and {@code organisationName} are plain text as indexed
 * (escape them when rendering). {@code highlights} are HTML-safe fragments: the source text is escaped
 * and only {@code <mark>}/{@code </mark>} are markup, so they may be inserted as HTML as they are.
 * They come in the order title, lead, conclusions, body.
 */
public record SearchHit(String id, String kind, long databaseId, String title, String lead, String organisationName,
        String url, List<String> highlights) {

    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
}

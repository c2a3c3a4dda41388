package se.hjulet.search;

import java.time.Instant;
import java.util.List;

import se.hjulet.search.index.IndexEntry;

/** Small, readable documents for tests. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static IndexEntry publicDocument(String kind, long id, String title, String body) {
        return IndexEntry.builder(kind, id)
                .title(title)
                .body(body)
                .visibility(IndexEntry.PUBLIC)
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(id * 3600))
                .url("/" + kind + "/" + id)
                .build();
    }

    public static List<IndexEntry> numbered(int count, String title, String body) {
        return java.util.stream.LongStream.rangeClosed(1, count)
                .mapToObj(id -> publicDocument(IndexEntry.PROJECT, id, title + " " + id, body))
                .toList();
    }
}

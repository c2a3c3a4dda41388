package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * Reuse as a ranking signal: an item other organisations reused comes before an item that matches as well,
 * but never before one that matches clearly better, and a typing-error match never climbs over an exact one
 * however often it was reused.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class ReuseRankingTest {

    private static final String ALIAS = "reuse-ranking-test";
    private static ElasticsearchConnection connection;
    private static SearchIndex index;
    private static Search search;

    @BeforeAll
    static void connect() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        search = new Search(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void ofTwoItemsThatMatchAlikeTheReusedOneComesFirst() {
        write(item(1, "Gemensam e-arkivering i Fyrbodal", "Kommunerna arkiverar tillsammans.", 0),
                item(2, "Gemensam e-arkivering i Fyrbodal", "Kommunerna arkiverar tillsammans.", 0));
        String first = firstHit("e-arkivering Fyrbodal");
        long other = first.equals("learning_example:1") ? 2 : 1;

        write(item(other, "Gemensam e-arkivering i Fyrbodal", "Kommunerna arkiverar tillsammans.", 3));

        assertEquals("learning_example:" + other, firstHit("e-arkivering Fyrbodal"), "the reused twin now leads");
    }

    @Test
    void reuseNeverLiftsAWeakMatchOverAClearlyBetterOne() {
        write(item(11, "Snöröjning med GPS i Kiruna", "Snöröjning styrs med GPS; snöröjning följs upp varje vecka.", 0),
                item(12, "Vinterväghållning", "Plogbilarna har GPS, och i år även snöröjning av cykelbanor.", 50));

        assertEquals("learning_example:11", firstHit("snöröjning GPS"), "fifty reuses do not beat the title match");
    }

    @Test
    void aTypingErrorMatchStaysBelowAnExactOneHoweverOftenItWasReused() {
        write(item(21, "Digitalisering i skolan", "Lärarna delar material.", 0),
                item(22, "Digitalsering i förskolan", "Pedagogerna delar material.", 1000));

        List<SearchHit> hits = search.search(SearchRequest.forText("digitalisering")).hits();
        assertEquals(List.of("learning_example:21", "learning_example:22"), hits.stream().map(SearchHit::id).toList(),
                "the misspelt item is found, below the exact one");
    }

    private static void write(IndexEntry... documents) {
        var result = index.bulk(List.of(documents), List.of());
        assertFalse(result.hasFailures(), result.failures().toString());
        index.refresh();
    }

    private static String firstHit(String text) {
        List<SearchHit> hits = search.search(SearchRequest.forText(text)).hits();
        assertFalse(hits.isEmpty(), "no hits for " + text);
        return hits.get(0).id();
    }

    private static IndexEntry item(long id, String title, String body, int reuseCount) {
        return IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, id)
                .title(title)
                .body(body)
                .visibility(IndexEntry.PUBLIC)
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .url("/exempel.xhtml?id=" + id)
                .reuseCount(reuseCount)
                .build();
    }
}

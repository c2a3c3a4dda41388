package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.RebuildResult;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.evaluation.JudgedCorpus;

/**
 * Latency of the search box's suggestions (titles and organisations as one types), and of whole searches,
 * measured from the client: {@code -Dhjulet.benchmark.items=100000} for the size the hub is meant to handle (the goal is
 * p95 ≤ 50 ms there); CI runs it small so it does not rot. The items are the judged corpus's titles and
 * owners, repeated with numbers.
 */
@Tag("benchmark")
@ExtendWith(ElasticsearchNodeExtension.class)
class SuggestionsBenchmarkTest {

    private static final String ALIAS = "suggestions-benchmark";
    private static final int ITEMS = Integer.getInteger("hjulet.benchmark.items", 2_000);
    private static final int QUERIES = Integer.getInteger("hjulet.benchmark.queries", 300);

    private static ElasticsearchConnection connection;
    private static List<IndexEntry> corpus;

    @BeforeAll
    static void index() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        corpus = JudgedCorpus.load().indexEntries();
        List<IndexEntry> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            IndexEntry model = corpus.get(i % corpus.size());
            items.add(IndexEntry.builder(model.kind(), i + 1L)
                    .title(model.title() + " " + (i / corpus.size() + 1))
                    .lead(model.lead())
                    .organisation(model.organisationCode(), model.organisationName())
                    .organisationNames(model.organisationNames())
                    .visibility(IndexEntry.PUBLIC)
                    .publishedAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i))
                    .url("/item/" + (i + 1))
                    .build());
        }
        RebuildResult result = new SearchIndex(connection, ALIAS).rebuild(items.iterator());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void suggestionsWhileTyping() {
        Search search = new Search(connection, ALIAS);
        Random random = new Random(9);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            IndexEntry item = corpus.get(random.nextInt(corpus.size()));
            // What a person has typed so far: the start of a title's word or of an organisation's name.
            String source = random.nextInt(4) == 0 ? item.organisationName() : item.title();
            String[] words = source.split(" ");
            String word = words[random.nextInt(Math.min(words.length, 3))];
            typed.add(word.substring(0, Math.min(word.length(), 2 + random.nextInt(6))));
        }
        typed.stream().limit(50).forEach(text -> search.suggest(text, 6)); // warm-up
        long[] micros = new long[typed.size()];
        int answered = 0;
        for (int i = 0; i < typed.size(); i++) {
            long start = System.nanoTime();
            Suggestions suggestions = search.suggest(typed.get(i), 6);
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (!suggestions.items().isEmpty() || !suggestions.organisations().isEmpty()) {
                answered++;
            }
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "Suggestions on %,d items, %d prefixes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d answered%n",
                ITEMS, micros.length, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), answered);

        Suggestions library = search.suggest("bibl", 6);
        assertFalse(library.items().isEmpty(), "titles that begin so");
        assertTrue(library.items().stream().allMatch(i -> i.title().toLowerCase(Locale.ROOT).contains("bibl")), library.toString());
        assertTrue(search.suggest("Kirun", 6).organisations().stream().anyMatch(o -> o.name().equals("Kiruna")));
        assertTrue(answered > typed.size() / 2, answered + " of " + typed.size() + " prefixes had suggestions");
    }

    @Test
    void fullSearchesOfTheJudgedQueries() {
        // Not a target of this work (the performance work measures search at size); printed so changes show.
        Search search = new Search(connection, ALIAS);
        List<String> queries = JudgedCorpus.load().queries().stream().map(JudgedCorpus.JudgedQuery::text).toList();
        queries.forEach(text -> search.search(SearchRequest.forText(text).page(0, 10))); // warm-up
        long[] micros = new long[queries.size() * 2];
        long found = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                found += search.search(SearchRequest.forText(queries.get(i)).page(0, 10)).hits().size();
                micros[round * queries.size() + i] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "Searches with facets on %,d items, %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                ITEMS, micros.length, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99));
        assertTrue(found > 0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }
}

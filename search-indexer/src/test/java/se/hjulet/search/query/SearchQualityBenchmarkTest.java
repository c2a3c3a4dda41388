package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.RebuildResult;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.query.TextQuery.Feature;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.evaluation.JudgedCorpus;
import se.hjulet.search.testing.evaluation.JudgedCorpus.JudgedQuery;
import se.hjulet.search.testing.evaluation.RelevanceMetrics;
import se.hjulet.search.testing.evaluation.RelevanceMetrics.Summary;

/**
 * Search quality on the project's judged set: indexes the corpus into a real node and prints nDCG@10,
 * recall@10, MRR, first-hit precision and the number of queries that found nothing, overall and per kind
 * of query, for the hub's query and for a plain {@code multi_match} on the same index, side by side.
 * {@code -Dhjulet.benchmark.verbose=true} also lists each query's first hits.
 * <p>
 * The floors asserted at the end are regression guards a good margin below the figures reached, not targets.
 */
@Tag("benchmark")
@ExtendWith(ElasticsearchNodeExtension.class)
class SearchQualityBenchmarkTest {

    private static final String ALIAS = "quality-benchmark";
    private static final boolean VERBOSE = Boolean.getBoolean("hjulet.benchmark.verbose");
    /** The fields and boosts the hub's query uses too, so the comparison is about the query, not the weights. */
    private static final List<String> PLAIN_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body", "tags.text^1.5",
            "organisationNames");

    private static ElasticsearchConnection connection;
    private static JudgedCorpus corpus;

    @BeforeAll
    static void indexTheCorpus() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        corpus = JudgedCorpus.load();
        SearchIndex index = new SearchIndex(connection, ALIAS);
        RebuildResult result = index.rebuild(corpus.indexEntries().iterator());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void hubQueryVersusPlainMultiMatch() {
        Search search = new Search(connection, ALIAS);
        Map<String, Summary> hub = evaluate("hub", text -> search.search(SearchRequest.forText(text).page(0, RelevanceMetrics.CUTOFF))
                .hits().stream().map(SearchHit::id).toList());
        Map<String, Summary> plain = evaluate("plain", SearchQualityBenchmarkTest::plainMultiMatch);

        System.out.printf(Locale.ROOT, "Search quality on %d initiatives and %d judged queries (@%d)%n",
                corpus.initiatives().size(), corpus.queries().size(), RelevanceMetrics.CUTOFF);
        System.out.printf(Locale.ROOT, "  %-11s %3s | %-38s | %-38s%n", "kind", "n", "hub: nDCG  recall MRR   first  empty",
                "plain multi_match: nDCG recall MRR first empty");
        for (String kind : hub.keySet()) {
            Summary h = hub.get(kind);
            Summary p = plain.get(kind);
            System.out.printf(Locale.ROOT, "  %-11s %3d | %5.3f %6.3f %5.3f %5.2f %5d        | %5.3f %6.3f %5.3f %5.2f %5d%n",
                    kind, h.queries(), h.ndcg(), h.recall(), h.mrr(), h.firstHitPrecision(), h.empty(),
                    p.ndcg(), p.recall(), p.mrr(), p.firstHitPrecision(), p.empty());
        }

        printSteps();

        Summary all = hub.get("all");
        assertEquals(corpus.queries().size(), all.queries());
        // Regression floors, well below what the hub reaches (0.92, 0.96 and 2 when this was written; the
        // architecture notes keep the figures). Not targets: a change that lowers quality should show here.
        assertTrue(all.ndcg() >= 0.75, "nDCG@10 fell to " + all.ndcg());
        assertTrue(all.firstHitPrecision() >= 0.80, "first-hit precision fell to " + all.firstHitPrecision());
        assertTrue(all.empty() <= 6, all.empty() + " queries found nothing");
    }

    /**
     * What each way of matching adds, switched on one after the other (the "all words" row is the query the
     * hub had before: stems and English subfields, up to three words all required).
     */
    private static void printSteps() {
        System.out.printf(Locale.ROOT, "  steps (all queries)              nDCG  recall MRR   first  empty%n");
        EnumSet<Feature> on = EnumSet.noneOf(Feature.class);
        printStep("all words, stems", on);
        for (Feature feature : List.of(Feature.MOST_WORDS, Feature.COMPOUNDS, Feature.FUZZY, Feature.SYNONYMS, Feature.TRANSLATION)) {
            on.add(feature);
            printStep("+ " + feature.name().toLowerCase(Locale.ROOT).replace('_', ' '), on);
        }
    }

    private static void printStep(String name, Set<Feature> features) {
        Search search = new Search(connection, ALIAS, features);
        Summary s = evaluate(name, text -> search.search(SearchRequest.forText(text).page(0, RelevanceMetrics.CUTOFF))
                .hits().stream().map(SearchHit::id).toList(), false).get("all");
        System.out.printf(Locale.ROOT, "  %-32s %5.3f %6.3f %5.3f %5.2f %5d%n", name, s.ndcg(), s.recall(), s.mrr(),
                s.firstHitPrecision(), s.empty());
    }

    /** Summaries per kind of query, and "all" first. */
    private static Map<String, Summary> evaluate(String name, Function<String, List<String>> ranking) {
        return evaluate(name, ranking, VERBOSE);
    }

    private static Map<String, Summary> evaluate(String name, Function<String, List<String>> ranking, boolean verbose) {
        Map<String, List<RelevanceMetrics>> byKind = new LinkedHashMap<>();
        byKind.put("all", new ArrayList<>());
        corpus.queryKinds().forEach(kind -> byKind.put(kind, new ArrayList<>()));
        for (JudgedQuery query : corpus.queries()) {
            List<String> keys = ranking.apply(query.text()).stream().map(corpus::keyOf).toList();
            RelevanceMetrics metrics = RelevanceMetrics.of(keys, query.judgments());
            byKind.get("all").add(metrics);
            byKind.get(query.kind()).add(metrics);
            if (verbose) {
                System.out.printf(Locale.ROOT, "  [%s] %s %-10s %-45s nDCG %.2f  %s%n", name, query.id(), query.kind(),
                        "\"" + query.text() + "\"", metrics.ndcg(), keys.stream().limit(4)
                                .map(k -> k + (query.judgments().containsKey(k) ? "(" + query.judgments().get(k) + ")" : ""))
                                .toList());
            }
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        byKind.forEach((kind, metrics) -> summaries.put(kind, Summary.of(metrics)));
        return summaries;
    }

    private static List<String> plainMultiMatch(String text) {
        Query query = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("visibility").value(IndexEntry.PUBLIC)))
                .must(m -> m.multiMatch(mm -> mm.query(text).fields(PLAIN_FIELDS)))));
        try {
            return connection.client().search(s -> s.index(ALIAS).query(query).size(RelevanceMetrics.CUTOFF)
                    .source(source -> source.fetch(false)), Void.class).hits().hits().stream().map(h -> h.id()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

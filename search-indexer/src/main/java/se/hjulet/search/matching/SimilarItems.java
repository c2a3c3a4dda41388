package se.hjulet.search.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MtermvectorsResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsResult;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.matching.Comparison.Candidate;
import se.hjulet.search.matching.Comparison.Evaluation;

/**
 * Published items that resemble a source: similar initiatives of an item, look-alikes of a draft, and open needs
 * an organisation could join. Only public initiatives are ever returned, never the source itself. Each call is two
 * requests (the source's significant words, then the candidates with the words stored with them at indexing,
 * {@link StoredWords}), whatever the size of the index; a third reads the words of candidates indexed without them.
 * Thread-safe.
 */
public final class SimilarItems {

    public static final int MAX_SIZE = 20;

    private final ElasticsearchConnection connection;
    private final String alias;
    private final GeneralWords general;

    public SimilarItems(ElasticsearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
        this.general = new GeneralWords(connection, alias);
    }

    /**
     * Items like {@code source}, best first.
     *
     * @param indexed whether the source itself is in the index (a published item), not only a draft
     * @param size    1..{@value #MAX_SIZE}
     * @param kind    only items of this kind, or null for every kind of initiative
     */
    public List<SimilarItem> similarTo(IndexEntry source, boolean indexed, int size, String kind) {
        checkSize(size);
        if (kind != null && !Comparison.INITIATIVE_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown kind '" + kind + "'; choose one of " + Comparison.INITIATIVE_KINDS);
        }
        List<Evaluation> found = compare(source, indexed, kind == null ? Comparison.INITIATIVE_KINDS : List.of(kind),
                Math.max(MatchingWeights.CANDIDATES, size), List.of(), e -> true);
        return found.stream().filter(Evaluation::similar).limit(size).map(Evaluation::item).toList();
    }

    /**
     * Published items so like a draft that its author should look at them first: few, and only when the draft shares
     * much of its text with them ({@link MatchingWeights#LOOK_ALIKE_TEXT}, {@link MatchingWeights#LOOK_ALIKE_SCORE}).
     *
     * @param except the index id of the item being edited, if it is published already; else null
     */
    public List<SimilarItem> lookAlikes(IndexEntry draft, String except) {
        SignificantTerms terms = SignificantTerms.of(connection, alias, draft, false, general.stems());
        if (terms != null && terms.all().isEmpty()) {
            throw new NothingToCompare();
        }
        List<Query> excluded = except == null ? List.of() : List.of(Query.of(q -> q.ids(i -> i.values(except))));
        return compare(draft, false, true, terms, Comparison.INITIATIVE_KINDS, MatchingWeights.CANDIDATES, excluded, e -> true).stream()
                .filter(SimilarItems::looksAlike).limit(MatchingWeights.LOOK_ALIKES).map(Evaluation::item).toList();
    }

    /** Whether a compared item is close enough to a draft to warn its author. */
    static boolean looksAlike(Evaluation evaluation) {
        Reason words = evaluation.reason(Reason.Kind.TERMS);
        return evaluation.textShare() >= MatchingWeights.LOOK_ALIKE_TEXT && evaluation.score() >= MatchingWeights.LOOK_ALIKE_SCORE
                && words != null && evaluation.sharedWords() >= MatchingWeights.LOOK_ALIKE_WORDS;
    }

    /**
     * Open needs of other organisations that fit an organisation: its profile is the text, policy areas, tags and
     * CPV codes of its published items, its county, federations and population. Needs others may still join only,
     * best first; with nothing written yet, the organisation's neighbours' needs (same county or federation).
     *
     * @param profile what the organisation is about, owned by it (its code as organisation code)
     */
    public List<SimilarItem> openNeedsFor(IndexEntry profile, int size, LocalDate today) {
        checkSize(size);
        Query notOwn = Query.of(q -> q.term(t -> t.field("organisationCode").value(profile.organisationCode())));
        List<Evaluation> found = compare(profile, false, List.of(IndexEntry.PROCUREMENT_NEED),
                Math.max(MatchingWeights.CANDIDATES, size), List.of(notOwn), e -> e.candidate().takesPartnersOn(today));
        boolean hasText = found.stream().anyMatch(e -> e.textShare() > 0);
        Predicate<Evaluation> fits = hasText ? Evaluation::similar
                : e -> e.reason(Reason.Kind.COUNTY) != null || e.reason(Reason.Kind.FEDERATION) != null;
        return found.stream().filter(fits).limit(size).map(Evaluation::item).toList();
    }

    /** The candidates for a source, compared and in final order; an index that does not exist yet has none. */
    List<Evaluation> compare(IndexEntry source, boolean indexed, List<String> kinds, int candidates,
            List<Query> excluded, Predicate<Evaluation> keep) {
        return compare(source, indexed, false, SignificantTerms.of(connection, alias, source, indexed, general.stems()), kinds,
                candidates, excluded, keep);
    }

    /**
     * @param indexed          whether the source itself is in the index
     * @param uniqueWordsCount whether a candidate's words that no other indexed item has count in its reverse coverage:
     *     only for a draft's look-alikes, whose author may be writing exactly those words again; elsewhere they would
     *     only thin every candidate's coverage
     */
    private List<Evaluation> compare(IndexEntry source, boolean indexed, boolean uniqueWordsCount, SignificantTerms terms, List<String> kinds, int candidates,
            List<Query> excluded, Predicate<Evaluation> keep) {
        if (terms == null) {
            return List.of();
        }
        Comparison comparison = new Comparison(source, terms);
        List<Query> clauses = comparison.clauses();
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<Query> notThese = new ArrayList<>(excluded);
        notThese.add(Query.of(q -> q.ids(i -> i.values(source.id()))));
        Query query = Query.of(q -> q.bool(b -> b.mustNot(notThese).should(clauses).minimumShouldMatch("1")));
        // Public items of these kinds are nearly the whole index: as a filter of the query they led Lucene's iteration,
        // so every item was scored (91,000 of 97,000 at 100,000 items). As a post filter, the clauses lead, and Lucene
        // skips what cannot reach the candidates: the same hits in a third of the time. Only public items still pass.
        Query publicOfKinds = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("visibility").value(IndexEntry.PUBLIC)))
                .filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(kinds.stream().map(FieldValue::of).toList()))))));
        try {
            SearchResponse<Candidate> response = connection.call("comparing items with " + source.id(), client -> client.search(s -> s
                    .index(alias)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(query)
                    .postFilter(publicOfKinds)
                    .size(candidates)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(Comparison.CANDIDATE_FIELDS))), Candidate.class));
            Map<String, Double> reverse = reverseCoverage(comparison, terms, response.hits().hits(), indexed, uniqueWordsCount);
            return response.hits().hits().stream().map(h -> comparison.evaluate(h, reverse.getOrDefault(h.id(), 0.0))).filter(keep)
                    .sorted(Comparator.comparingDouble(Evaluation::score).reversed().thenComparing(e -> e.candidate().id()))
                    .toList();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * For each candidate, the share of its own significant words the source has: from the words stored with it at
     * indexing, or, for candidates indexed without them (while the index was small, or by an older version), from one
     * term-vectors request for all of those.
     */
    private Map<String, Double> reverseCoverage(Comparison comparison, SignificantTerms terms, List<Hit<Candidate>> hits,
            boolean indexed, boolean uniqueWordsCount) {
        if (hits.isEmpty() || !comparison.hasText()) {
            return Map.of();
        }
        Map<String, Double> coverage = new HashMap<>();
        List<String> unstored = new ArrayList<>();
        for (Hit<Candidate> hit : hits) {
            StoredWords stored = hit.source() == null ? null : hit.source().significantWords();
            if (stored != null && stored.usable()) {
                coverage.put(hit.id(), comparison.coverageOf(stored.significant(terms, indexed, uniqueWordsCount)));
            } else {
                unstored.add(hit.id());
            }
        }
        if (unstored.isEmpty()) {
            return coverage;
        }
        Set<String> generalStems = general.stems();
        MtermvectorsResponse vectors = connection.call("reading the words of " + unstored.size() + " similar items", client -> client
                .mtermvectors(m -> m.index(alias).ids(unstored).fields(List.copyOf(SignificantTerms.WORD_FIELDS.keySet()))
                        .positions(false).offsets(false).termStatistics(true).fieldStatistics(true)));
        for (MultiTermVectorsResult result : vectors.docs()) {
            if (result.termVectors() != null && !result.termVectors().isEmpty()) {
                coverage.put(result.id(), comparison.coverageOf(SignificantTerms.wordsOf(result.termVectors(), generalStems, uniqueWordsCount)));
            }
        }
        return coverage;
    }

    /** A draft whose title, lead and text have no word but stop words ("och", "det", "som"): nothing to compare. */
    public static final class NothingToCompare extends IllegalArgumentException {
        NothingToCompare() {
            super("The title, lead and text have no words to compare but common ones (such as och, det, som)");
        }
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The number of similar items must be between 1 and " + MAX_SIZE + ", not " + size);
        }
    }
}

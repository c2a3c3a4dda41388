package se.hjulet.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.InnerHits;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;

/**
 * Searches the index behind an alias. Only documents with visibility "public" are ever returned,
 * whatever the index holds. Connection failures surface as {@link SearchUnavailableException};
 * a missing index gives an empty result. Thread-safe.
 */
public final class Search {

    public static final int MAX_SIMILAR = 20;

    /** Fields shown in highlights, in the order a hit lists its fragments. */
    private static final List<String> HIGHLIGHTED = List.of("title", "lead", "conclusions", "body");
    private static final List<String> SIMILARITY_FIELDS = List.of("title", "lead", "conclusions", "body");
    private static final List<String> HIT_FIELDS = List.of("id", "kind", "databaseId", "title", "lead", "organisationName", "url",
            "publishedAt", "updatedAt");
    private static final String VALUES = "values";
    private static final String ORGANISATIONS = "organisations";
    private static final String MATCHING = "matching";
    static final int SUGGESTED_ORGANISATIONS = 4;
    private static final String NAME = "name";
    private static final String SPELLING = "spelling";
    /** Fewer items than this found by the words as typed is "little": then a corrected spelling is offered. */
    private static final int LITTLE = 3;
    private static final String ATTACHMENTS = "attachments";
    private static final int ATTACHMENTS_SHOWN = 2;
    static final int SEARCHES_PER_REQUEST = 100;

    private final ElasticsearchConnection connection;
    private final String alias;
    private final Vocabulary vocabulary;

    private final Set<TextQuery.Feature> features;

    public Search(ElasticsearchConnection connection, String alias) {
        this(connection, alias, EnumSet.allOf(TextQuery.Feature.class));
    }

    /** With some ways of matching only (for the quality benchmark's comparison of steps). */
    Search(ElasticsearchConnection connection, String alias, Set<TextQuery.Feature> features) {
        this.connection = connection;
        this.alias = alias;
        this.vocabulary = Vocabulary.standard();
        this.features = Set.copyOf(features);
    }

    public SearchResult search(SearchRequest request) {
        SearchResult result = search(request, TextQuery.MOST_WORDS);
        if (result.total() == 0 && Vocabulary.words(request.text()).size() > 1 && features.contains(TextQuery.Feature.MOST_WORDS)) {
            // No item has most of the words: show the ones that have some, and say so.
            return search(request, TextQuery.ANY_WORD).relaxed();
        }
        return result;
    }

    private SearchResult search(SearchRequest request, String minimumShouldMatch) {
        boolean hasText = !request.text().isEmpty();
        TextQuery text = hasText ? new TextQuery(request.text(), minimumShouldMatch, vocabulary, attachmentHits(), features) : null;
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(publicOnly());
            if (hasText) {
                b.must(text.build());
            }
            return b;
        }));
        Map<Facet, Query> chosen = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, values) -> chosen.put(facet, Query.of(q -> q.terms(t -> t.field(facet.field())
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))))));
        try {
            SearchResponse<HitSource> response = connection.call("searching " + alias, client -> client.search(s -> {
                s.index(alias)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(query)
                        .from(request.from())
                        .size(request.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(source -> source.filter(f -> f.includes(HIT_FIELDS)));
                // The filters narrow the hits (post filter); each facet is counted with the other facets' filters only.
                if (!chosen.isEmpty()) {
                    s.postFilter(p -> p.bool(b -> b.filter(List.copyOf(chosen.values()))));
                }
                for (Facet facet : Facet.values()) {
                    List<Query> others = chosen.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
                    s.aggregations(facet.parameter(), a -> a
                            .filter(f -> f.bool(b -> b.filter(others)))
                            .aggregations(VALUES, values -> facetValues(values, facet)));
                }
                if (hasText) {
                    s.highlight(highlight());
                    s.suggest(suggest -> suggest.text(request.text()).suggesters(SPELLING, t -> t.term(term -> term
                            .field(TextQuery.FUZZY_FIELD).suggestMode(SuggestMode.Missing).minWordLength(4).prefixLength(1)
                            .size(1))));
                }
                if (!hasText || request.sort() == SearchRequest.Sort.NEWEST) {
                    s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                }
                return s;
            }, HitSource.class));
            return toResult(response, hasText ? suggestion(request.text(), text, response) : null);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return SearchResult.empty();
            }
            throw e;
        }
    }

    /** Terms of a facet, with the owner's name for organisations; years newest first, the rest most items first. */
    private static co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder.ContainerBuilder facetValues(
            co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder values, Facet facet) {
        var terms = values.terms(t -> {
            t.field(facet.field()).size(facet.shown());
            if (facet == Facet.YEAR) {
                t.order(NamedValue.of("_key", SortOrder.Desc));
            }
            return t;
        });
        if (facet == Facet.ORGANISATION) {
            terms.aggregations(NAME, n -> n.terms(t -> t.field("organisationName.keyword").size(1)));
        }
        return terms;
    }

    /**
     * The typed text with each word the index does not know replaced by its closest known word, when the
     * words as typed (without typing errors allowed) match fewer than {@value #LITTLE} items; else null.
     * Counting those is a second, cheap request, made only when a word has a correction.
     */
    private String suggestion(String text, TextQuery query, SearchResponse<HitSource> response) {
        boolean corrections = response.suggest().getOrDefault(SPELLING, List.of()).stream()
                .anyMatch(entry -> entry.isTerm() && !entry.term().options().isEmpty());
        if (!corrections || vocabulary.looksEnglish(text)) {
            return null;
        }
        long found = connection.call("counting " + alias, client -> client.count(c -> c.index(alias).ignoreUnavailable(true)
                .allowNoIndices(true).query(q -> q.bool(b -> b.filter(publicOnly()).must(query.withoutTypingErrors()))))).count();
        if (found >= LITTLE) {
            return null;
        }
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        var entries = new ArrayList<>(response.suggest().getOrDefault(SPELLING, List.of()));
        // Replace from the end, so earlier offsets stay right.
        entries.sort(Comparator.comparingInt((Suggestion<HitSource> entry) -> entry.term().offset()).reversed());
        for (Suggestion<HitSource> entry : entries) {
            if (!entry.isTerm() || entry.term().options().isEmpty()) {
                continue;
            }
            var term = entry.term();
            corrected.replace(term.offset(), term.offset() + term.length(), term.options().get(0).text());
            changed = true;
        }
        return changed ? corrected.toString() : null;
    }
    /**
     * Titles and organisation names that begin with what a person has typed so far (each word a prefix of a
     * word, in any order), for the search box's suggestions: up to {@code size} items, best first, and up to
     * {@value #SUGGESTED_ORGANISATIONS} organisations that own published items, most items first.
     */
    public Suggestions suggest(String typed, int size) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 || size < 1) {
            return Suggestions.NONE;
        }
        if (text.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The search text is too long (" + text.length() + " characters); at most "
                    + SearchRequest.MAX_TEXT_LENGTH + " are allowed");
        }
        Query titles = Query.of(q -> q.bool(b -> b.filter(publicOnly())
                .must(m -> m.match(mt -> mt.field("title.autocomplete").query(text).operator(Operator.And)))
                .should(s -> s.matchPhrasePrefix(p -> p.field("title").query(text).boost(2f)))));
        Query organisations = Query.of(q -> q.bool(b -> b.filter(publicOnly())
                .filter(f -> f.match(mt -> mt.field("organisationName.autocomplete").query(text).operator(Operator.And)))));
        try {
            SearchResponse<HitSource> response = connection.call("suggesting for " + alias, client -> client.search(s -> s
                    .index(alias)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(titles)
                    .size(size)
                    .source(source -> source.filter(f -> f.includes(HIT_FIELDS)))
                    .aggregations(ORGANISATIONS, a -> a.global(g -> g)
                            .aggregations(MATCHING, m -> m.filter(organisations)
                                    .aggregations(VALUES, v -> v.terms(t -> t.field("organisationCode").size(SUGGESTED_ORGANISATIONS))
                                            .aggregations(NAME, n -> n.terms(t -> t.field("organisationName.keyword").size(1)))))),
                    HitSource.class));
            List<Suggestions.Item> items = response.hits().hits().stream().map(h -> h.source())
                    .map(h -> new Suggestions.Item(h.id(), h.kind(), h.title(), h.organisationName(), h.url())).toList();
            List<Suggestions.Organisation> owners = new ArrayList<>();
            var global = response.aggregations().get(ORGANISATIONS);
            if (global != null && global.isGlobal()) {
                var values = global.global().aggregations().get(MATCHING).filter().aggregations().get(VALUES);
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    var names = bucket.aggregations().get(NAME).sterms().buckets().array();
                    if (!names.isEmpty()) {
                        owners.add(new Suggestions.Organisation(bucket.key().stringValue(), names.get(0).key().stringValue(),
                                bucket.docCount()));
                    }
                }
            }
            return new Suggestions(items, owners);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Suggestions.NONE;
            }
            throw e;
        }
    }

    /**
     * Public items that resemble the item {@code documentId} (for "similar initiatives"), best first;
     * never the item itself. Empty when the item is not indexed.
     *
     * @param size 1..{@value #MAX_SIMILAR}
     */
    public List<SearchHit> moreLikeThis(String documentId, int size) {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("A document id is needed to find similar items");
        }
        if (size < 1 || size > MAX_SIMILAR) {
            throw new IllegalArgumentException("The number of similar items must be between 1 and " + MAX_SIMILAR + ", got " + size);
        }
        Query query = Query.of(q -> q.bool(b -> b
                .filter(publicOnly())
                .mustNot(n -> n.ids(i -> i.values(documentId)))
                .must(m -> m.moreLikeThis(mlt -> mlt
                        .fields(SIMILARITY_FIELDS)
                        .like(like -> like.document(d -> d.index(alias).id(documentId)))
                        .include(false)
                        // Texts here are short: a word once in the source is already a signal. A word no
                        // other item has (min_doc_freq 2 counts the source) cannot connect two items.
                        .minTermFreq(1)
                        .minDocFreq(2)
                        .maxQueryTerms(25)
                        .minimumShouldMatch("30%")))));
        try {
            SearchResponse<HitSource> response = connection.call("finding items like " + documentId, client -> client.search(s -> s
                    .index(alias)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(query)
                    .size(size)
                    .source(source -> source.filter(f -> f.includes(HIT_FIELDS))), HitSource.class));
            return toResult(response, null).hits();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * Which of the items {@code ids} each saved search finds now (as its words and filters find items, without the
     * any-word second try): for alerts on new and changed items, since the cluster may have no percolator. One
     * multi-search request for up to {@value #SEARCHES_PER_REQUEST} searches.
     *
     * @return per search, in order, the ids among {@code ids} it finds
     */
    public List<Set<String>> whichFind(List<SearchRequest> searches, java.util.Collection<String> ids) {
        List<Set<String>> found = new ArrayList<>();
        if (ids.isEmpty()) {
            searches.forEach(s -> found.add(Set.of()));
            return found;
        }
        List<FieldValue> values = ids.stream().distinct().map(FieldValue::of).toList();
        for (int start = 0; start < searches.size(); start += SEARCHES_PER_REQUEST) {
            List<SearchRequest> chunk = searches.subList(start, Math.min(searches.size(), start + SEARCHES_PER_REQUEST));
            List<co.elastic.clients.elasticsearch.core.msearch.RequestItem> items = new ArrayList<>();
            for (SearchRequest request : chunk) {
                Query query = Query.of(q -> q.bool(b -> {
                    b.filter(publicOnly()).filter(f -> f.ids(i -> i.values(ids.stream().distinct().toList())));
                    request.filters().forEach((facet, chosen) -> b.filter(f -> f.terms(t -> t.field(facet.field())
                            .terms(v -> v.value(chosen.stream().map(FieldValue::of).toList())))));
                    if (!request.text().isEmpty()) {
                        b.must(new TextQuery(request.text(), TextQuery.MOST_WORDS, vocabulary, attachmentHits(), features).withoutTypingErrors());
                    }
                    return b;
                }));
                items.add(co.elastic.clients.elasticsearch.core.msearch.RequestItem.of(r -> r
                        .header(h -> h.index(alias).ignoreUnavailable(true).allowNoIndices(true))
                        .body(body -> body.query(query).size(values.size()).source(src -> src.fetch(false)))));
            }
            try {
                var response = connection.call("matching saved searches in " + alias, client -> client.msearch(m -> m.searches(items), Void.class));
                for (var item : response.responses()) {
                    found.add(item.isResult() ? item.result().hits().hits().stream().map(Hit::id).collect(java.util.stream.Collectors.toSet())
                            : Set.of());
                }
            } catch (ElasticsearchException e) {
                if (e.status() != 404) {
                    throw e;
                }
                chunk.forEach(s -> found.add(Set.of()));
            }
        }
        return found;
    }

    /** Defence in depth: callers index public items only, but a draft that slipped in must still not show. */
    private static List<Query> publicOnly() {
        return List.of(Query.of(q -> q.term(t -> t.field("visibility").value(IndexEntry.PUBLIC))));
    }

    /** Which attached documents matched, with their names and a fragment or two of their text. */
    private static InnerHits attachmentHits() {
        return InnerHits.of(i -> i.name(ATTACHMENTS).size(ATTACHMENTS_SHOWN)
                .source(source -> source.filter(f -> f.includes("attachments.databaseId", "attachments.name")))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fragmentSize(160).numberOfFragments(2)
                        .fields("attachments.text", f -> f)
                        .fields("attachments.text.en", f -> f)));
    }

    private static Highlight highlight() {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html)
                    .preTags("<mark>")
                    .postTags("</mark>")
                    .fragmentSize(160)
                    .numberOfFragments(3);
            for (String field : HIGHLIGHTED) {
                // The whole title, not a fragment of it.
                int fragments = field.equals("title") ? 0 : 3;
                h.fields(field, f -> f.numberOfFragments(fragments));
                h.fields(field + ".en", f -> f.numberOfFragments(fragments));
            }
            return h;
        });
    }

    private static SearchResult toResult(SearchResponse<HitSource> response, String suggestion) {
        List<SearchHit> hits = response.hits().hits().stream().map(Search::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            var aggregate = response.aggregations().get(facet.parameter());
            if (aggregate == null || !aggregate.isFilter()) {
                continue;
            }
            var values = aggregate.filter().aggregations().get(VALUES);
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            if (values != null && values.isSterms()) {
                for (StringTermsBucket bucket : values.sterms().buckets().array()) {
                    var name = bucket.aggregations().get(NAME);
                    String label = name != null && name.isSterms() && !name.sterms().buckets().array().isEmpty()
                            ? name.sterms().buckets().array().get(0).key().stringValue() : null;
                    counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), label, bucket.docCount()));
                }
            } else if (values != null && values.isLterms()) {
                for (LongTermsBucket bucket : values.lterms().buckets().array()) {
                    counts.add(new SearchResult.FacetCount(String.valueOf(bucket.key()), null, bucket.docCount()));
                }
            }
            facets.put(facet.parameter(), counts);
        }
        return new SearchResult(total, hits, facets, false, suggestion);
    }

    private static SearchHit toHit(Hit<HitSource> hit) {
        HitSource source = hit.source();
        List<String> highlights = new ArrayList<>();
        Map<String, List<String>> found = hit.highlight();
        for (String field : HIGHLIGHTED) {
            // The Swedish field's fragments, or the English subfield's when only an English form matched.
            List<String> fragments = found.getOrDefault(field, found.getOrDefault(field + ".en", List.of()));
            highlights.addAll(fragments);
        }
        return new SearchHit(hit.id(), source.kind(), source.databaseId(), source.title(), source.lead(),
                source.organisationName(), source.url(), highlights, attachmentMatches(hit), source.publishedAt(), source.updatedAt());
    }

    private static List<SearchHit.AttachmentMatch> attachmentMatches(Hit<HitSource> hit) {
        InnerHitsResult inner = hit.innerHits().get(ATTACHMENTS);
        if (inner == null) {
            return List.of();
        }
        List<SearchHit.AttachmentMatch> matches = new ArrayList<>();
        for (Hit<JsonData> attachment : inner.hits().hits()) {
            AttachmentSource source = attachment.source() == null ? null : attachment.source().to(AttachmentSource.class);
            if (source == null || source.name() == null) {
                continue;
            }
            Map<String, List<String>> found = attachment.highlight();
            List<String> fragments = found.getOrDefault("attachments.text", found.getOrDefault("attachments.text.en", List.of()));
            matches.add(new SearchHit.AttachmentMatch(source.databaseId(), source.name(), fragments));
        }
        return matches;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttachmentSource(long databaseId, String name) {
    }

    /** The stored fields a hit needs; the long texts stay on the server. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HitSource(String id, String kind, long databaseId, String title, String lead, String organisationName, String url,
            java.time.Instant publishedAt, java.time.Instant updatedAt) {
    }
}

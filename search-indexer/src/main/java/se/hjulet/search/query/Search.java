package se.hjulet.search.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.InnerHits;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.SearchDocument;

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
    private static final List<String> HIT_FIELDS = List.of("id", "kind", "databaseId", "title", "lead", "organisationName", "url");
    private static final String KIND_FACET = "kinds";
    private static final String ATTACHMENTS = "attachments";
    private static final int ATTACHMENTS_SHOWN = 2;

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
        List<Query> filters = new ArrayList<>(publicOnly());
        if (request.organisationCode() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("organisationCode").value(request.organisationCode()))));
        }
        boolean hasText = !request.text().isEmpty();
        Query query = Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (hasText) {
                b.must(new TextQuery(request.text(), minimumShouldMatch, vocabulary, attachmentHits(), features).build());
            }
            return b;
        }));
        List<FieldValue> kinds = request.kinds().stream().map(FieldValue::of).toList();
        try {
            SearchResponse<HitSource> response = connection.call("searching " + alias, client -> client.search(s -> {
                s.index(alias)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(query)
                        .from(request.from())
                        .size(request.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(source -> source.filter(f -> f.includes(HIT_FIELDS)))
                        .aggregations(KIND_FACET, a -> a.terms(t -> t.field("kind").size(SearchDocument.KINDS.size())));
                // The kind filter narrows the hits but not the facet counts.
                if (!kinds.isEmpty()) {
                    s.postFilter(p -> p.terms(t -> t.field("kind").terms(v -> v.value(kinds))));
                }
                if (hasText) {
                    s.highlight(highlight());
                } else {
                    s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                }
                return s;
            }, HitSource.class));
            return toResult(response);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return SearchResult.empty();
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
            return toResult(response).hits();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** Defence in depth: callers index public items only, but a draft that slipped in must still not show. */
    private static List<Query> publicOnly() {
        return List.of(Query.of(q -> q.term(t -> t.field("visibility").value(SearchDocument.PUBLIC))));
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

    private static SearchResult toResult(SearchResponse<HitSource> response) {
        List<SearchHit> hits = response.hits().hits().stream().map(Search::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, Long> facets = new LinkedHashMap<>();
        var kindFacet = response.aggregations().get(KIND_FACET);
        if (kindFacet != null && kindFacet.isSterms()) {
            for (StringTermsBucket bucket : kindFacet.sterms().buckets().array()) {
                facets.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return new SearchResult(total, hits, facets);
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
                source.organisationName(), source.url(), highlights, attachmentMatches(hit));
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
    record HitSource(String id, String kind, long databaseId, String title, String lead, String organisationName, String url) {
    }
}

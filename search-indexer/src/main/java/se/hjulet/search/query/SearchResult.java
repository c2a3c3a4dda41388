package se.hjulet.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total       number of matching items (with the kind filter applied)
 * @param hits        this page, best first (newest first for an empty search text)
 * @param kindFacets  kind -> number of matching items, counted without the kind filter so that a
 *                    visitor can see what choosing another kind would give
 * @param partial     no item had most of the words, so these hits have some of them
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Long> kindFacets, boolean partial) {

    public SearchResult {
        hits = List.copyOf(hits);
        kindFacets = Map.copyOf(kindFacets);
    }

    public SearchResult(long total, List<SearchHit> hits, Map<String, Long> kindFacets) {
        this(total, hits, kindFacets, false);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }

    /** The same hits, found with some of the words only because no item had most of them. */
    SearchResult relaxed() {
        return new SearchResult(total, hits, kindFacets, true);
    }
}

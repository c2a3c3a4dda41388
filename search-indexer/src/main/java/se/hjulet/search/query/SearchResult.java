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
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Long> kindFacets) {

    public SearchResult {
        hits = List.copyOf(hits);
        kindFacets = Map.copyOf(kindFacets);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }
}

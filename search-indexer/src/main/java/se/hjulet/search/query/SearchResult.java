package se.hjulet.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total      number of matching items (with all filters applied)
 * @param hits       this page, best first (newest first for an empty search text or when asked)
 * @param facets     per facet ({@link Facet#parameter()}), its values with the number of items each would give,
 *                   counted with every other facet's filter but not the facet's own, so a visitor sees what
 *                   choosing another value would give; most items first, years newest first
 * @param partial    no item had most of the words, so these hits have some of them
 * @param suggestion the text with misspelt words corrected from the index's own words ("Menade du …?"), offered
 *                   when the words as typed found little; null otherwise
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, boolean partial,
        String suggestion) {

    /** One value of a facet and how many items have it; {@code label} is a name when the index knows one. */
    public record FacetCount(String value, String label, long count) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of(), false, null);
    }

    /** Kind → number of matching items, counted without the kind filter. */
    public Map<String, Long> kindFacets() {
        return facets.getOrDefault(Facet.KIND.parameter(), List.of()).stream()
                .collect(java.util.stream.Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    /** The values of one facet (empty when none of the hits has one). */
    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet.parameter(), List.of());
    }

    /** The same hits, found with some of the words only because no item had most of them. */
    SearchResult relaxed() {
        return new SearchResult(total, hits, facets, true, suggestion);
    }
}

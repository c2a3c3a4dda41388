package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.IndexEntry.Facets;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.query.SearchResult.FacetCount;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** Filters, counts that follow the other filters, sorting and "Menade du". */
@ExtendWith(ElasticsearchNodeExtension.class)
class FacetedSearchTest {

    private static final String ALIAS = "faceted-test";
    private static ElasticsearchConnection connection;
    private static Search search;

    @BeforeAll
    static void indexDocuments() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        var result = index.bulk(List.of(
                item(IndexEntry.PROJECT, 1, "Snöröjning med sensorer", "2580", "Luleå", "25", "2023-01-01",
                        new Facets("municipality", "50000-99999", List.of(2023, 2024), List.of(), List.of(), "ongoing", null)),
                item(IndexEntry.PROCUREMENT_NEED, 2, "Upphandling av snöröjning", "2523", "Gällivare", "25", "2024-02-01",
                        new Facets("municipality", "10000-24999", List.of(2026, 2027), List.of("90620000", "90630000"), null, null,
                                "open_for_partners")),
                item(IndexEntry.LEARNING_EXAMPLE, 3, "Snöröjning i realtid på kartan", "2584", "Kiruna", "25", "2022-03-01",
                        new Facets("municipality", "10000-24999", List.of(2022, 2023), List.of(), List.of(), null, null)),
                item(IndexEntry.PROJECT, 4, "Bibliotek med meröppet", "0380", "Uppsala", "03", "2021-05-01",
                        new Facets("municipality", "200000-plus", List.of(2021), List.of(), List.of(), "completed", null))),
                List.of());
        assertFalse(result.hasFailures(), result.failures().toString());
        index.refresh();
        search = new Search(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void aFilterNarrowsTheHitsAndTheOtherFacetsCountWithinIt() {
        SearchResult result = search.search(SearchRequest.forText("snöröjning").with(Facet.SIZE, List.of("10000-24999")));
        assertEquals(Set.of("procurement_need:2", "learning_example:3"), ids(result));
        // Kinds are counted within the chosen size group …
        assertEquals(Map.of("procurement_need", 1L, "learning_example", 1L), counts(result, Facet.KIND));
        // … while the size groups are counted without their own filter, so the other choices show.
        assertEquals(Map.of("10000-24999", 2L, "50000-99999", 1L), counts(result, Facet.SIZE));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        SearchRequest request = SearchRequest.forText("").with(Facet.YEAR, List.of("2021", "2027"));
        assertEquals(Set.of("project:4", "procurement_need:2"), ids(search.search(request)));
        assertEquals(Set.of("project:4"), ids(search.search(request.with(Facet.COUNTY, List.of("03")))));
        assertEquals(Set.of("procurement_need:2"), ids(search.search(SearchRequest.forText("").with(Facet.CPV, List.of("90")))));
        assertEquals(Set.of("project:1"), ids(search.search(SearchRequest.forText("").with(Facet.PHASE, List.of("ongoing")))));
        assertEquals(Set.of("procurement_need:2"),
                ids(search.search(SearchRequest.forText("").with(Facet.STATUS, List.of("open_for_partners")))));
    }

    @Test
    void yearsAreCountedNewestFirstAndOrganisationsCarryTheirNames() {
        SearchResult result = search.search(SearchRequest.forText(""));
        List<String> years = result.facet(Facet.YEAR).stream().map(FacetCount::value).toList();
        assertEquals(List.of("2027", "2026", "2024", "2023", "2022", "2021"), years);
        FacetCount kiruna = result.facet(Facet.ORGANISATION).stream().filter(f -> f.value().equals("2584")).findFirst().orElseThrow();
        assertEquals("Kiruna", kiruna.label());
        assertEquals(1, kiruna.count());
    }

    @Test
    void newestFirstWhenAskedEvenWithText() {
        SearchResult result = search.search(SearchRequest.forText("snöröjning").sorted(SearchRequest.Sort.NEWEST));
        assertEquals(List.of("procurement_need:2", "project:1", "learning_example:3"),
                result.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void savedSearchesSayWhichOfTheItemsJustIndexedTheyFind() {
        List<Set<String>> found = search.whichFind(List.of(
                        SearchRequest.forText("snöröjning"),
                        SearchRequest.forText("snöröjning").with(Facet.COUNTY, List.of("03")),
                        SearchRequest.forText("").with(Facet.PHASE, List.of("ongoing")),
                        SearchRequest.forText("bibliotek")),
                List.of("project:1", "procurement_need:2", "project:4"));
        assertEquals(List.of(Set.of("project:1", "procurement_need:2"), Set.of(), Set.of("project:1"), Set.of("project:4")), found,
                "only among the items asked about (learning_example:3 also has the word), with the saved filters");
        assertEquals(List.of(Set.of()), search.whichFind(List.of(SearchRequest.forText("snöröjning")), List.of()));
    }

    @Test
    void hitsCarryWhenTheItemWasPublished() {
        SearchHit need = search.search(SearchRequest.forText("upphandling")).hits().get(0);
        assertEquals("procurement_need:2", need.id());
        assertEquals(Instant.parse("2024-02-01T00:00:00Z"), need.publishedAt());
    }

    @Test
    void aMisspeltWordThatFindsLittleGetsACorrectionFromTheIndexsOwnWords() {
        SearchResult result = search.search(SearchRequest.forText("snöröjnig"));
        assertEquals("snöröjning", result.suggestion());
        assertTrue(result.total() > 0, "the typing error is forgiven as well");
        assertNull(search.search(SearchRequest.forText("snöröjning")).suggestion(), "nothing to correct");
    }

    @Test
    void badFilterValuesAreRefusedWithTheFacetNamed() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.forText("").with(Facet.YEAR, List.of("förra året")));
        assertTrue(error.getMessage().contains("year"), error.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SearchRequest.Sort.of("oldest"));
    }

    private static IndexEntry item(String kind, long id, String title, String code, String name, String county,
            String published, Facets facets) {
        return IndexEntry.builder(kind, id).title(title).organisation(code, name).organisationNames(List.of(name))
                .countyCode(county).visibility(IndexEntry.PUBLIC).publishedAt(Instant.parse(published + "T00:00:00Z"))
                .url("/" + kind + "/" + id).facets(facets).build();
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        return result.facet(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}

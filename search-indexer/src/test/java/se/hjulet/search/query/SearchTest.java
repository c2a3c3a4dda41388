package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.hjulet.search.index.BulkResult;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

@ExtendWith(ElasticsearchNodeExtension.class)
class SearchTest {

    private static final String ALIAS = "search-test";
    private static final String SAMVERKAN_ELDERLY = "learning_example:1";
    private static final String DIGITAL_REGION = "project:2";
    private static final String PROCUREMENT = "procurement_need:3";
    private static final String DRAFT = "learning_example:4";
    private static final String ENGLISH = "document:5";
    private static final String WATER = "project:6";

    private static ElasticsearchConnection connection;
    private static Search search;

    @BeforeAll
    static void indexDocuments() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        BulkResult result = index.bulk(List.of(
                document(IndexEntry.LEARNING_EXAMPLE, 1, "Kommunerna delar äldreomsorgens erfarenheter",
                        "Fem kommuner i Sjuhärad har byggt upp en samverkan kring äldreomsorg och hemtjänst. "
                                + "Vår gamla webbplats visade <script>alert('x')</script> i rubriken, nu rättat.",
                        "BOR", "Borås stad", "public", "2024-03-01T10:00:00Z"),
                document(IndexEntry.PROJECT, 2, "Digitala tjänster i regionen",
                        "Regionen och kommunen bygger gemensamma e-tjänster i samverkan med civilsamhället.",
                        "RSK", "Region Skåne", "public", "2024-02-01T10:00:00Z"),
                document(IndexEntry.PROCUREMENT_NEED, 3, "Upphandling av e-tjänsteplattform",
                        "Vi behöver en plattform för e-tjänster till invånare och företag.",
                        "BOR", "Borås stad", "public", "2024-01-01T10:00:00Z"),
                // Nearly the same text as item 1, but a draft: it must never be found, not even as similar.
                document(IndexEntry.LEARNING_EXAMPLE, 4, "Hemlig utkast om kommunerna och äldreomsorgens samverkan",
                        "Fem kommuner i Sjuhärad har byggt upp en samverkan kring äldreomsorg och hemtjänst.",
                        "BOR", "Borås stad", "draft", "2024-06-01T10:00:00Z"),
                IndexEntry.builder(IndexEntry.DOCUMENT, 5)
                        .title("Cooperation between municipalities")
                        .lead("Municipalities cooperating on elderly care")
                        .language("en").visibility("public").url("/document/5")
                        .publishedAt(Instant.parse("2023-06-01T10:00:00Z")).build(),
                document(IndexEntry.PROJECT, 6, "Kommunal samverkan om vatten och avlopp",
                        "Tre kommuner i samverkan om vatten, avlopp och äldreomsorg i hela kommunen.",
                        "VAX", "Växjö kommun", "public", "2024-05-01T10:00:00Z")),
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
    void kommunFindsItemsThatSayKommunernaOrKommunen() {
        SearchResult result = search.search(SearchRequest.forText("kommun"));
        Set<String> ids = ids(result);
        assertTrue(ids.contains(SAMVERKAN_ELDERLY), "'Kommunerna' in the title: " + ids);
        assertTrue(ids.contains(DIGITAL_REGION), "'kommunen' in the body: " + ids);
        assertFalse(ids.contains(PROCUREMENT), ids.toString());
    }

    @Test
    void samverkanFindsTheItemsThatMentionIt() {
        assertEquals(Set.of(SAMVERKAN_ELDERLY, DIGITAL_REGION, WATER), ids(search.search(SearchRequest.forText("samverkan"))));
    }

    @Test
    void severalWordsMustAllMatch() {
        assertEquals(Set.of(SAMVERKAN_ELDERLY, WATER), ids(search.search(SearchRequest.forText("samverkan äldreomsorg"))));
    }

    @Test
    void highlightsMarkTheWordAndEscapeTheSourceHtml() {
        SearchHit hit = hit(search.search(SearchRequest.forText("samverkan rubriken")), SAMVERKAN_ELDERLY);
        String fragments = String.join(" … ", hit.highlights());
        assertTrue(fragments.contains("<mark>samverkan</mark>"), fragments);
        assertTrue(fragments.contains("&lt;script&gt;"), fragments);
        assertFalse(fragments.contains("<script"), fragments);
        assertEquals(fragments.length(), fragments.replaceAll("<(?!/?mark>)", "").length(), "only <mark> tags: " + fragments);
        assertEquals("Kommunerna delar äldreomsorgens erfarenheter", hit.title());
        assertEquals("/learning_example/1", hit.url());
        assertEquals("Borås stad", hit.organisationName());
        assertEquals(1, hit.databaseId());
    }

    @Test
    void englishQueryFindsTheEnglishItemFirstAndTheSwedishOnesThroughTranslation() {
        SearchResult result = search.search(SearchRequest.forText("municipality cooperation"));
        List<String> ids = result.hits().stream().map(SearchHit::id).toList();
        assertEquals(ENGLISH, ids.get(0), "the item in the query's language first: " + ids);
        assertTrue(result.hits().get(0).highlights().stream().anyMatch(h -> h.contains("<mark>Cooperation</mark>")),
                result.hits().get(0).highlights().toString());
        // "municipality cooperation" → kommun samverkan: the Swedish items that say so follow.
        assertTrue(ids.contains(WATER), ids.toString());
    }

    @Test
    void kindFilterNarrowsTheHitsButFacetsCountAllKinds() {
        SearchResult result = search.search(SearchRequest.forText("samverkan").withKinds(List.of(IndexEntry.PROJECT)));
        assertEquals(Set.of(DIGITAL_REGION, WATER), ids(result));
        assertEquals(2, result.total());
        assertEquals(Map.of(IndexEntry.PROJECT, 2L, IndexEntry.LEARNING_EXAMPLE, 1L), result.kindFacets());
    }

    @Test
    void organisationFilterKeepsOnlyThatOrganisationsItems() {
        SearchResult result = search.search(SearchRequest.forText("").withOrganisation("BOR"));
        assertEquals(Set.of(SAMVERKAN_ELDERLY, PROCUREMENT), ids(result));
    }

    @Test
    void draftsAreNeverFound() {
        assertFalse(ids(search.search(SearchRequest.forText("hemlig utkast"))).contains(DRAFT));
        assertFalse(ids(search.search(SearchRequest.forText("samverkan äldreomsorg"))).contains(DRAFT));
        assertFalse(ids(search.search(SearchRequest.forText("").page(0, 100))).contains(DRAFT));
    }

    @Test
    void emptyTextListsAllPublicItemsNewestFirst() {
        SearchResult result = search.search(SearchRequest.forText(""));
        assertEquals(List.of(WATER, SAMVERKAN_ELDERLY, DIGITAL_REGION, PROCUREMENT, ENGLISH),
                result.hits().stream().map(SearchHit::id).toList());
        assertEquals(5, result.total());
        assertEquals(Map.of(IndexEntry.PROJECT, 2L, IndexEntry.LEARNING_EXAMPLE, 1L,
                IndexEntry.PROCUREMENT_NEED, 1L, IndexEntry.DOCUMENT, 1L), result.kindFacets());
    }

    @Test
    void pagingReturnsTheRequestedSlice() {
        SearchResult page = search.search(SearchRequest.forText("").page(1, 2));
        assertEquals(List.of(SAMVERKAN_ELDERLY, DIGITAL_REGION), page.hits().stream().map(SearchHit::id).toList());
        assertEquals(5, page.total());
    }

    @Test
    void similarItemsExcludeTheItemItselfAndDrafts() {
        List<SearchHit> similar = search.moreLikeThis(SAMVERKAN_ELDERLY, 5);
        List<String> ids = similar.stream().map(SearchHit::id).toList();
        assertFalse(ids.isEmpty());
        assertEquals(WATER, ids.get(0), "shares kommuner, samverkan and äldreomsorg: " + ids);
        assertFalse(ids.contains(SAMVERKAN_ELDERLY), ids.toString());
        assertFalse(ids.contains(DRAFT), ids.toString());
    }

    @Test
    void similarToAnUnknownItemIsEmpty() {
        assertEquals(List.of(), search.moreLikeThis("project:999", 5));
    }

    @Test
    void searchingAnIndexThatDoesNotExistYetFindsNothing() {
        SearchResult result = new Search(connection, "never-created").search(SearchRequest.forText("samverkan"));
        assertEquals(0, result.total());
        assertEquals(List.of(), new Search(connection, "never-created").moreLikeThis("project:1", 3));
    }

    private static IndexEntry document(String kind, long id, String title, String body, String organisationCode,
            String organisationName, String visibility, String publishedAt) {
        return IndexEntry.builder(kind, id)
                .title(title)
                .body(body)
                .organisation(organisationCode, organisationName)
                .organisationNames(List.of(organisationName))
                .visibility(visibility)
                .publishedAt(Instant.parse(publishedAt))
                .url("/" + kind + "/" + id)
                .build();
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static SearchHit hit(SearchResult result, String id) {
        return result.hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + ids(result)));
    }
}

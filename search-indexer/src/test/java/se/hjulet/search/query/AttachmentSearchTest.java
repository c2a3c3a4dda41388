package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.TestDocuments;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.BulkResult;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.IndexEntry.Attachment;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** A hit can come from the text of a document attached to an item, and then says which document. */
@ExtendWith(ElasticsearchNodeExtension.class)
class AttachmentSearchTest {

    private static final String ALIAS = "attachment-search-test";
    private static ElasticsearchConnection connection;
    private static Search search;

    @BeforeAll
    static void indexItems() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        IndexEntry example = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 1)
                .title("Digitaliseringsrådet i Västernorrland")
                .body("Sju kommuner och regionen samverkar om e-tjänster.")
                .visibility(IndexEntry.PUBLIC).url("/exempel/1")
                .attachments(List.of(
                        new Attachment(11, "ledarskapsrapport.pdf",
                                "Rapporten följer SKR:s kompetenslyft för digitalisering hos kommunala ledare."),
                        new Attachment(12, "budget.xlsx", "Budget 2021 och medfinansiering.")))
                .build();
        IndexEntry other = TestDocuments.publicDocument(IndexEntry.PROJECT, 2, "Vatten och avlopp", "Ledningsnät.");
        IndexEntry attachedDocument = IndexEntry.builder(IndexEntry.DOCUMENT, 11)
                .title("ledarskapsrapport.pdf")
                .body("Rapporten följer SKR:s kompetenslyft för digitalisering hos kommunala ledare.")
                .visibility(IndexEntry.PUBLIC).url("/api/v1/documents/11/content").build();
        BulkResult result = index.bulk(List.of(example, other, attachedDocument), List.of());
        assertFalse(result.hasFailures(), result.failures().toString());
        index.refresh();
        search = new Search(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void aWordOnlyInAnAttachmentFindsTheItemAndNamesTheDocument() {
        SearchResult result = search.search(SearchRequest.forText("kompetenslyft").withKinds(List.of(IndexEntry.LEARNING_EXAMPLE)));

        assertEquals(1, result.total());
        SearchHit hit = result.hits().get(0);
        assertEquals("learning_example:1", hit.id());
        assertEquals(1, hit.attachments().size(), hit.attachments().toString());
        SearchHit.AttachmentMatch match = hit.attachments().get(0);
        assertEquals("ledarskapsrapport.pdf", match.name());
        assertEquals(11, match.databaseId());
        assertTrue(match.highlights().get(0).contains("<mark>kompetenslyft</mark>"), match.highlights().toString());
    }

    @Test
    void theDocumentIsAlsoFoundOnItsOwn() {
        SearchResult result = search.search(SearchRequest.forText("kompetenslyft").withKinds(List.of(IndexEntry.DOCUMENT)));

        assertEquals(1, result.total());
        assertEquals("document:11", result.hits().get(0).id());
        assertEquals(2L, result.kindFacets().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void itemTextStillMatchesWithoutAttachments() {
        SearchResult result = search.search(SearchRequest.forText("e-tjänster Västernorrland"));

        assertEquals("learning_example:1", result.hits().get(0).id());
        assertTrue(result.hits().get(0).attachments().isEmpty());
    }
}

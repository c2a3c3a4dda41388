package se.hjulet.search.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * The "documents" reason of a similar item names the attached documents that have the source's words, and only
 * those (they are looked up for the candidates whose documents matched, after the candidates' search).
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class DocumentReasonTest {

    private static final String ALIAS = "document-reason-test";
    private static ElasticsearchConnection connection;
    private static SimilarItems similar;

    private static final IndexEntry SCHOOL_BUS = item(IndexEntry.LEARNING_EXAMPLE, 1, "Skolskjutsar planeras om med elevernas scheman",
            "Skolskjutsarnas turer följer elevernas scheman, så att väntetiden på hållplatsen blir kort.",
            "Turerna för skolskjutsarna läggs efter schemat, hållplatserna flyttas närmare eleverna.", List.of());
    /** Says little about school buses itself, but its report does. */
    private static final IndexEntry WITH_REPORT = item(IndexEntry.PROJECT, 2, "Resor i glesbygd",
            "Kommunen ser över resorna i glesbygden och turer för skolskjutsar.", "Ett arbete om resor och turer.",
            List.of(new IndexEntry.Attachment(21, "Utredning om skolskjutsar.pdf",
                            "Skolskjutsarnas turer, elevernas scheman, hållplatserna och väntetiden har utretts."),
                    new IndexEntry.Attachment(22, "Budget för färdtjänst.pdf", "Färdtjänstens kostnader per år och resenär.")));
    private static final IndexEntry WITHOUT_REPORT = item(IndexEntry.PROJECT, 3, "Resor med skolskjutsar",
            "Skolskjutsar och turer i kommunen.", "Ett arbete om skolskjutsar.",
            List.of(new IndexEntry.Attachment(31, "Protokoll.pdf", "Mötet beslutade om lokaler och möbler.")));

    @BeforeAll
    static void index() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        assertFalse(index.bulk(List.of(SCHOOL_BUS, WITH_REPORT, WITHOUT_REPORT), List.of()).hasFailures());
        index.refresh();
        similar = new SimilarItems(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void theReasonNamesTheMatchingDocumentsOfTheItemsThatHaveOne() {
        List<SimilarItem> found = similar.similarTo(SCHOOL_BUS, true, 10, null);
        SimilarItem withReport = found.stream().filter(i -> i.id().equals(WITH_REPORT.id())).findFirst().orElseThrow();
        Reason documents = withReport.reasons().stream().filter(r -> r.kind() == Reason.Kind.DOCUMENTS).findFirst().orElseThrow();
        assertEquals(List.of("Utredning om skolskjutsar.pdf"), documents.values());
        assertEquals(MatchingWeights.DOCUMENTS, documents.contribution(), 1e-9);
        found.stream().filter(i -> i.id().equals(WITHOUT_REPORT.id())).findFirst().ifPresent(i ->
                assertNull(i.reasons().stream().filter(r -> r.kind() == Reason.Kind.DOCUMENTS).findFirst().orElse(null),
                        "its document has none of the words: " + i.reasons()));
    }

    private static IndexEntry item(String kind, long id, String title, String lead, String body, List<IndexEntry.Attachment> attachments) {
        return IndexEntry.builder(kind, id).title(title).lead(lead).body(body).organisation("1480", "Göteborg")
                .visibility(IndexEntry.PUBLIC).url("/x/" + id).attachments(attachments).build();
    }
}

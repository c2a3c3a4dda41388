package se.hjulet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.search.TestDocuments.publicDocument;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.query.Search;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** Stops the shared node, so it runs after the other classes (see junit-platform.properties). */
@Order(Integer.MAX_VALUE)
@ExtendWith(ElasticsearchNodeExtension.class)
class SearchUnavailableTest {

    private static final String ALIAS = "unavailable-test";

    @Test
    void aStoppedNodeGivesSearchUnavailableAndARestartedOneWorksAgain() {
        try (ElasticsearchConnection connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl())) {
            SearchIndex index = new SearchIndex(connection, ALIAS);
            Search search = new Search(connection, ALIAS);
            index.upsert(publicDocument(IndexEntry.PROJECT, 1, "Samverkan om räddningstjänst", "Larm och räddning"));
            index.refresh();
            assertTrue(connection.isAvailable());

            ElasticsearchNodeExtension.stopNode();
            try {
                assertFalse(connection.isAvailable());
                assertThrows(SearchUnavailableException.class, () -> search.search(SearchRequest.forText("samverkan")));
                assertThrows(SearchUnavailableException.class, () -> search.moreLikeThis("project:1", 3));
                assertThrows(SearchUnavailableException.class,
                        () -> index.upsert(publicDocument(IndexEntry.PROJECT, 2, "Räddning", "x")));
                assertThrows(SearchUnavailableException.class, () -> index.bulk(List.of(), List.of("project:1")));
                assertThrows(SearchUnavailableException.class, index::ensureExists);
                assertThrows(SearchUnavailableException.class, index::refresh);
                assertThrows(SearchUnavailableException.class,
                        () -> index.rebuild(List.of(publicDocument(IndexEntry.PROJECT, 3, "R", "x")).iterator()));
            } finally {
                ElasticsearchNodeExtension.startNode();
            }

            assertTrue(connection.isAvailable());
            assertEquals(1, search.search(SearchRequest.forText("räddningstjänst")).total(), "data survived the restart");
        }
    }

    @Test
    void aHostWhereNothingListensFailsFastWithSearchUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchConnection connection = new ElasticsearchConnection("http://127.0.0.1:" + closedPort)) {
            long started = System.nanoTime();
            var error = assertThrows(SearchUnavailableException.class,
                    () -> new Search(connection, ALIAS).search(SearchRequest.forText("samverkan")));
            assertTrue(error.getMessage().contains("unreachable"), error.getMessage());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "failed within the connect timeout");
            assertFalse(connection.isAvailable());
        }
    }
}

package se.hjulet.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.search.TestDocuments.numbered;
import static se.hjulet.search.TestDocuments.publicDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.query.Search;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

@ExtendWith(ElasticsearchNodeExtension.class)
class SearchIndexTest {

    private static ElasticsearchConnection connection;

    @BeforeAll
    static void connect() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void ensureExistsCreatesAVersionedIndexBehindTheAliasOnce() {
        SearchIndex index = new SearchIndex(connection, "ensure-test");
        assertTrue(index.ensureExists());
        assertFalse(index.ensureExists());
        List<String> indices = index.concreteIndices();
        assertEquals(1, indices.size());
        assertTrue(indices.get(0).matches("ensure-test-\\d{17}"), indices.get(0));
    }

    @Test
    void anAliasLeftOnTwoIndicesByARacingCreateIsMadeWholeAndWritesGoOn() {
        // What a create that timed out on the client but was carried out leaves: a second index behind the alias,
        // and Elasticsearch refusing every write through it.
        SearchIndex index = new SearchIndex(connection, "two-indices-test");
        assertTrue(index.ensureExists());
        String first = index.concreteIndices().get(0);
        connection.call("a second index behind the alias", client -> client.indices().create(create -> create
                .index("two-indices-test-99991231235959999").aliases("two-indices-test", alias -> alias)));
        assertEquals(2, index.concreteIndices().size());

        BulkResult written = index.bulk(numbered(3, "Tolktjänst", "Tolktjänst på distans"), List.of());

        assertFalse(written.hasFailures(), written.failures().toString());
        assertEquals(3, written.written());
        assertEquals(List.of(first), index.concreteIndices(), "the oldest index stays, the extra one is gone");
        index.refresh();
        assertEquals(3, new Search(connection, "two-indices-test").search(SearchRequest.forText("tolktjänst")).total());
    }

    @Test
    void anIndexMadeByOlderMappingsIsReportedOnceSoItsEntriesAreWrittenAgain() {
        SearchIndex index = new SearchIndex(connection, "older-mappings-test");
        assertTrue(index.ensureExists());
        connection.call("marking the mappings old", client -> client.indices().putMapping(put -> put.index("older-mappings-test")
                .meta("version", co.elastic.clients.json.JsonData.of(1))));
        SearchIndex afterAnUpgrade = new SearchIndex(connection, "older-mappings-test");
        assertTrue(afterAnUpgrade.ensureExists(), "entries of version 1 lack the new fields: write them again");
        assertFalse(afterAnUpgrade.ensureExists(), "the mappings are current now");
        assertEquals(1, afterAnUpgrade.concreteIndices().size(), "the same index, with the new fields added");
    }

    @Test
    void firstUpsertCreatesTheIndexAndDeleteRemovesTheDocument() {
        SearchIndex index = new SearchIndex(connection, "upsert-test");
        Search search = new Search(connection, "upsert-test");
        index.upsert(publicDocument(IndexEntry.PROJECT, 1, "Cykelvägar i Lund", "Säkra cykelvägar"));
        index.refresh();
        assertEquals(1, search.search(SearchRequest.forText("cykelvägar")).total());

        index.upsert(publicDocument(IndexEntry.PROJECT, 1, "Gångvägar i Lund", "Säkra gångvägar"));
        index.refresh();
        assertEquals(0, search.search(SearchRequest.forText("cykelvägar")).total(), "the upsert replaced the document");
        assertEquals(1, search.search(SearchRequest.forText("gångvägar")).total());

        index.delete("project:1");
        index.delete("project:1");
        index.refresh();
        assertEquals(0, search.search(SearchRequest.forText("gångvägar")).total());
    }

    @Test
    void bulkWritesAndDeletesAndReportsTheDocumentsThatFailed() {
        SearchIndex index = new SearchIndex(connection, "bulk-test");
        Search search = new Search(connection, "bulk-test");
        index.ensureExists();
        BulkResult first = index.bulk(numbered(1200, "Skolskjuts", "Skolskjuts på landsbygden"), List.of());
        assertEquals(1200, first.written());
        assertFalse(first.hasFailures());

        IndexEntry unstorable = IndexEntry.builder(IndexEntry.PROJECT, 5000)
                .title("Skolskjuts med ogiltigt datum").visibility("public")
                .publishedAt(Instant.MAX) // far beyond the dates Elasticsearch can store
                .build();
        BulkResult second = index.bulk(List.of(unstorable, publicDocument(IndexEntry.PROJECT, 5001, "Skolskjuts", "x")),
                List.of("project:1", "project:2", "project:99999"));
        assertEquals(Map.of("project:5000", second.failures().get("project:5000")), second.failures());
        assertTrue(second.failures().get("project:5000").startsWith("document_parsing_exception"), second.failures().toString());
        assertEquals(4, second.written(), "one upsert and three deletes, one of them of an id that was never there");

        index.refresh();
        assertEquals(1200 - 2 + 1, search.search(SearchRequest.forText("skolskjuts")).total());
    }

    @Test
    void rebuildMovesTheAliasWhileSearchesKeepFindingEverything() throws Exception {
        String alias = "rebuild-test";
        SearchIndex index = new SearchIndex(connection, alias);
        Search search = new Search(connection, alias);
        List<IndexEntry> documents = numbered(1500, "Samverkan", "Samverkan mellan kommuner om skolskjuts");
        index.ensureExists();
        assertFalse(index.bulk(documents, List.of()).hasFailures());
        index.refresh();
        String before = index.concreteIndices().get(0);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        CountDownLatch searching = new CountDownLatch(1);
        Thread searcher = new Thread(() -> {
            // Bounded: stops when the rebuild is over, or after two minutes whatever happens.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (rebuilding.get() && System.nanoTime() < deadline) {
                try {
                    SearchResult result = search.search(SearchRequest.forText("samverkan").page(0, 1));
                    if (result.total() != documents.size()) {
                        problems.add("saw " + result.total() + " hits");
                    }
                } catch (RuntimeException e) {
                    problems.add(e.toString());
                }
                searches.incrementAndGet();
                searching.countDown();
            }
        }, "searcher");
        searcher.start();
        assertTrue(searching.await(30, TimeUnit.SECONDS), "the searcher got going");

        List<Long> progress = new ArrayList<>();
        int searchesBefore = searches.get();
        RebuildResult first = index.rebuild(documents.iterator(), progress::add);
        // The second one writes on another thread while it reads the next batch, as the hub does.
        List<Long> pipelinedProgress = new ArrayList<>();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        RebuildResult second;
        try {
            second = index.rebuild(documents.iterator(), pipelinedProgress::add, sender);
        } finally {
            sender.shutdown();
        }
        int searchesDuringRebuilds = searches.get() - searchesBefore;
        rebuilding.set(false);
        searcher.join(Duration.ofMinutes(1).toMillis());

        assertEquals(List.of(), List.copyOf(problems), "every search during the rebuilds found all documents");
        assertTrue(searchesDuringRebuilds > 10, "searches ran during the rebuilds: " + searchesDuringRebuilds);
        assertEquals(List.of(500L, 1000L, 1500L), progress);
        assertEquals(List.of(500L, 1000L, 1500L), pipelinedProgress);
        assertEquals(1500, first.indexed());
        assertEquals(1500, second.indexed());
        assertEquals(List.of(before), first.removedIndices());
        assertEquals(List.of(first.newIndex()), second.removedIndices());
        assertEquals(List.of(second.newIndex()), index.concreteIndices());
        assertNotEquals(before, second.newIndex());
        assertFalse(connection.client().indices().exists(e -> e.index(before)).value(), "the old index is deleted");
        // The second rebuild deletes the index it replaced on its sender thread, after the grace period.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (connection.client().indices().exists(e -> e.index(first.newIndex())).value() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(connection.client().indices().exists(e -> e.index(first.newIndex())).value());
    }

    @Test
    void documentWrittenDuringARebuildIsInTheNewIndex() {
        SearchIndex index = new SearchIndex(connection, "rebuild-write-test");
        Search search = new Search(connection, "rebuild-write-test");
        index.ensureExists();
        index.rebuild(numbered(3, "Vägunderhåll", "Vinterväghållning").iterator(), indexed ->
                index.upsert(publicDocument(IndexEntry.PROJECT, 9001, "Bredband på landsbygden", "Nytt under ombyggnaden")));
        index.refresh();
        List<String> found = search.search(SearchRequest.forText("bredband")).hits().stream().map(SearchHit::id).toList();
        assertEquals(List.of("project:9001"), found);
        assertEquals(3, search.search(SearchRequest.forText("vinterväghållning")).total());
    }

    @Test
    void rebuildOfAnAliasThatDoesNotExistYetCreatesIt() {
        SearchIndex index = new SearchIndex(connection, "rebuild-fresh-test");
        RebuildResult result = index.rebuild(numbered(2, "Lekplatser", "Tillgängliga lekplatser").iterator());
        assertEquals(List.of(result.newIndex()), index.concreteIndices());
        assertEquals(List.of(), result.removedIndices());
        assertEquals(2, new Search(connection, "rebuild-fresh-test").search(SearchRequest.forText("lekplatser")).total());
    }

    @Test
    void theRebuiltIndexIsRefreshedAndReplicatedAsAnyOther() throws Exception {
        SearchIndex index = new SearchIndex(connection, "rebuild-settings-test");
        index.ensureExists();
        RebuildResult result = index.rebuild(numbered(3, "Simhallar", "Simhallar i glesbygd").iterator());
        var settings = connection.client().indices().getSettings(get -> get.index(result.newIndex())).result()
                .get(result.newIndex()).settings().index();
        // The rebuild turned refreshing and replicas off while it filled the index; the alias must not move to it so.
        assertEquals("1s", settings.refreshInterval().time(), "refreshed every second, as index-settings.json says");
        assertEquals("0-1", settings.autoExpandReplicas(), "a replica where the cluster has a node for it");
        index.upsert(publicDocument(IndexEntry.PROJECT, 9002, "Simhall i centrum", "Ny efter ombyggnaden"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Search search = new Search(connection, "rebuild-settings-test");
        while (search.search(SearchRequest.forText("simhall")).total() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(4, search.search(SearchRequest.forText("simhall")).total(), "a write after the rebuild becomes searchable by itself");
    }

    @Test
    void aFailedRebuildLeavesTheAliasAndItsDocumentsAsTheyWere() throws Exception {
        SearchIndex index = new SearchIndex(connection, "rebuild-failure-test");
        index.rebuild(numbered(5, "Badplatser", "Badplatser med tillsyn").iterator());
        List<String> before = index.concreteIndices();
        List<String> allBefore = allIndices("rebuild-failure-test-*");

        Iterator<IndexEntry> failing = failingAfter(600);
        var error = assertThrows(IllegalStateException.class, () -> index.rebuild(failing));
        assertEquals("database went away", error.getMessage());
        assertEquals(before, index.concreteIndices());
        assertEquals(allBefore, allIndices("rebuild-failure-test-*"), "the half-filled index was removed");

        // The same with a batch being written on another thread when reading fails: it is not left to create the index again.
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Iterator<IndexEntry> failingWhileWriting = failingAfter(600);
            error = assertThrows(IllegalStateException.class, () -> index.rebuild(failingWhileWriting, indexed -> { }, sender));
        } finally {
            sender.shutdown();
        }
        assertEquals("database went away", error.getMessage());
        assertEquals(before, index.concreteIndices());
        assertEquals(allBefore, allIndices("rebuild-failure-test-*"), "the half-filled index was removed");
        assertEquals(5, new Search(connection, "rebuild-failure-test").search(SearchRequest.forText("badplatser")).total());
    }

    /** Documents until the {@code last}th, then the database goes away. */
    private static Iterator<IndexEntry> failingAfter(int last) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexEntry next() {
                if (++given > last) {
                    throw new IllegalStateException("database went away");
                }
                return publicDocument(IndexEntry.PROJECT, given, "Ny text", "Ny text");
            }
        };
    }

    private static List<String> allIndices(String pattern) throws Exception {
        return connection.client().indices().get(get -> get.index(pattern)).result().keySet().stream().sorted().toList();
    }
}

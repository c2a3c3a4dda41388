package se.hjulet.search.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.matching.ItemWords;
import se.hjulet.search.matching.StoredWords;

/**
 * The search index: an alias (for example {@code hjulet}) over one versioned concrete index
 * ({@code hjulet-20250101120000123}) created from {@code search/index-settings.json} and
 * {@code search/index-mappings.json}. Reads and writes go through the alias, so {@link #rebuild} can
 * fill a fresh index and switch the alias in one atomic step.
 * <p>
 * Connection failures surface as {@link SearchUnavailableException}. Thread-safe.
 */
public final class SearchIndex {

    public static final int BATCH_SIZE = 500;
    /** How long a replaced index stays after the alias moved, so that searches already running on it finish. */
    public static final Duration DEFAULT_OLD_INDEX_GRACE = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    private static final Pattern ALIAS_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final int MAX_ATTEMPTS = 4;
    private static final String INDEX_NOT_FOUND = "index_not_found_exception";
    /** Elasticsearch's words when the alias names several indices and so none to write to. */
    private static final String NO_WRITE_INDEX = "no write index is defined for alias";
    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();
    private static final ObjectNode BASE_SETTINGS = json("search/index-settings.json");
    /** What a rebuild changes in {@link #BASE_SETTINGS} while it fills the new index nobody searches yet. */
    private static final ObjectNode WHILE_BUILDING = json("search/index-settings-while-building.json");
    private static final String REPLICA_WAIT = "30s";
    /** Stands for the batch before the first: there is none to wait for. */
    private static final BulkResult NOTHING_WRITTEN_YET = new BulkResult(0, Map.of());

    static {
        WHILE_BUILDING.fieldNames().forEachRemaining(name -> {
            if (!BASE_SETTINGS.has(name)) {
                throw new IllegalStateException("search/index-settings.json must name " + name
                        + ", which a rebuild changes while it fills the new index and then sets back");
            }
        });
    }
    private static final byte[] MAPPINGS = resource("search/index-mappings.json");
    /** {@code _meta.version} of {@code index-mappings.json}: raised when entries gain fields, so existing indices get refilled. */
    static final int MAPPINGS_VERSION = 3;
    private static Instant lastVersion = Instant.EPOCH;

    private final ElasticsearchConnection connection;
    private final String alias;
    private final Duration oldIndexGrace;
    private final ItemWords itemWords;
    private final ReentrantLock rebuildLock = new ReentrantLock();
    /** The index a running rebuild fills: live writes go there too, so the rebuild does not lose them. */
    private volatile String rebuildTarget;

    public SearchIndex(ElasticsearchConnection connection, String alias) {
        this(connection, alias, DEFAULT_OLD_INDEX_GRACE);
    }

    public SearchIndex(ElasticsearchConnection connection, String alias, Duration oldIndexGrace) {
        if (alias == null || !ALIAS_NAME.matcher(alias).matches()) {
            throw new IllegalArgumentException("Index alias must be lowercase letters, digits, '-' or '_', got '" + alias + "'");
        }
        this.connection = connection;
        this.alias = alias;
        this.oldIndexGrace = oldIndexGrace;
        this.itemWords = new ItemWords(connection, alias);
    }

    public String alias() {
        return alias;
    }

    /**
     * Creates a versioned index with the alias when the alias does not exist yet. Idempotent. An
     * existing index gets fields added to the mappings since it was made (a changed field needs a rebuild).
     *
     * @return true if an index was created, or if the existing one was made by an older version of the mappings
     *         (its {@code _meta.version}): its entries lack the new fields, so the caller should write them all again
     */
    public synchronized boolean ensureExists() {
        if (aliasExists()) {
            keepOneIndexBehindAlias();
            int version = mappingsVersion();
            addNewFields();
            if (version < MAPPINGS_VERSION) {
                LOG.log(System.Logger.Level.INFO, "Search index {0} has entries of mappings version {1}; this version writes {2}",
                        alias, version, MAPPINGS_VERSION);
                return true;
            }
            return false;
        }
        String index;
        try {
            index = createVersionedIndex(true);
        } catch (RuntimeException e) {
            // A create the client gave up on (a busy cluster answers late) may still have been carried out.
            if (!aliasExists()) {
                throw e;
            }
            keepOneIndexBehindAlias();
            return true;
        }
        LOG.log(System.Logger.Level.INFO, "Created search index {0} behind alias {1}", index, alias);
        keepOneIndexBehindAlias();
        return true;
    }

    /**
     * The alias must name exactly one index: with two, Elasticsearch refuses every write ("no write index is
     * defined") and the hub's indexing stops for good. Two creates can both succeed when a first one timed out
     * on the client but was carried out, or when two hub instances start on an empty cluster at once. Every
     * caller keeps the oldest of this alias's versioned indices (their names sort by time), so racing callers
     * agree; writes through the alias never reached the others (they were refused), so nothing is lost.
     */
    private void keepOneIndexBehindAlias() {
        List<String> indices = concreteIndices().stream().sorted().toList();
        List<String> ours = indices.stream().filter(index -> index.startsWith(alias + "-")).toList();
        if (indices.size() <= 1 || ours.isEmpty()) {
            return;
        }
        String keep = ours.get(0);
        List<String> extra = indices.stream().filter(index -> !index.equals(keep)).toList();
        moveAlias(extra, keep);
        extra.stream().filter(ours::contains).forEach(this::deleteQuietly);
        LOG.log(System.Logger.Level.WARNING, "The alias {0} named {1} indices; kept {2}, removed {3}",
                alias, indices.size(), keep, extra);
    }

    /** The {@code _meta.version} the index behind the alias was made or last updated with (0 without one). */
    private int mappingsVersion() {
        try {
            var mappings = connection.call("reading the mappings of " + alias, client -> client.indices().getMapping(get -> get.index(alias)));
            return mappings.result().values().stream()
                    .map(index -> index.mappings().meta().get("version"))
                    .mapToInt(version -> version == null ? 0 : version.to(Integer.class))
                    .min().orElse(0);
        } catch (ElasticsearchException e) {
            return 0;
        }
    }

    private void addNewFields() {
        try {
            connection.call("updating the mappings of " + alias, client -> client.indices().putMapping(
                    put -> put.index(alias).withJson(new ByteArrayInputStream(MAPPINGS))));
        } catch (ElasticsearchException e) {
            LOG.log(System.Logger.Level.WARNING, "The mappings of " + alias + " differ from this version's in a way"
                    + " that needs a full rebuild: " + e.getMessage());
        }
    }

    /** The concrete indices behind the alias (normally exactly one; none before {@link #ensureExists()}). */
    public List<String> concreteIndices() {
        if (!aliasExists()) {
            return List.of();
        }
        return connection.call("reading alias " + alias,
                client -> new ArrayList<>(client.indices().getAlias(get -> get.name(alias)).result().keySet()));
    }

    /** Adds or replaces one document (visible to searches after the next refresh, at most ~1 s). */
    public void upsert(IndexEntry document) {
        Written written = new Written(document, itemWords.of(List.of(document)).get(document.id()));
        whileEnsuringIndex(() -> connection.call("indexing " + document.id() + " into " + alias,
                client -> client.index(request -> request.index(alias).id(document.id()).document(written).requireAlias(true))));
        String target = rebuildTarget;
        if (target != null) {
            connection.call("indexing " + document.id() + " into " + target,
                    client -> client.index(request -> request.index(target).id(document.id()).document(written)));
        }
    }

    /** Removes one document; an id that is not there is fine. */
    public void delete(String id) {
        bulk(List.of(), List.of(id));
    }

    /**
     * Writes upserts and deletes in batches of {@value #BATCH_SIZE}, retrying operations the cluster
     * rejected for overload (HTTP 429, up to 4 attempts with back-off). Other per-document failures are
     * reported, not thrown. Like {@link #upsert}, the first write to a cluster without the alias creates it.
     */
    public BulkResult bulk(List<IndexEntry> upserts, List<String> deletes) {
        if (upserts.isEmpty() && deletes.isEmpty()) {
            return new BulkResult(0, Map.of());
        }
        Map<String, StoredWords> words = itemWords.of(upserts);
        BulkResult result = bulkInto(alias, true, upserts, deletes, words);
        if (result.failures().values().stream().anyMatch(reason -> reason.startsWith(INDEX_NOT_FOUND) || reason.contains(NO_WRITE_INDEX))) {
            // First write to a fresh cluster, or an alias that names two indices: make it right, write again (writes are idempotent).
            ensureExists();
            result = bulkInto(alias, true, upserts, deletes, words);
        }
        String target = rebuildTarget;
        if (target != null) {
            BulkResult copy = bulkInto(target, false, upserts, deletes, words);
            Map<String, String> failures = new LinkedHashMap<>(copy.failures());
            failures.putAll(result.failures());
            Set<String> unavailable = new HashSet<>(copy.unavailable());
            unavailable.addAll(result.unavailable());
            return new BulkResult(result.written(), failures, unavailable);
        }
        return result;
    }

    /** Makes everything written so far visible to searches. */
    public void refresh() {
        refresh(alias);
    }

    /** {@link #rebuild(Iterator, LongConsumer)} without progress reports. */
    public RebuildResult rebuild(Iterator<IndexEntry> documents) {
        return rebuild(documents, indexed -> { });
    }

    /** {@link #rebuild(Iterator, LongConsumer, Executor)} with each batch written before the next is read. */
    public RebuildResult rebuild(Iterator<IndexEntry> documents, LongConsumer progress) {
        return rebuild(documents, progress, Runnable::run);
    }

    /**
     * Fills a new versioned index from {@code documents}, then moves the alias to it in one atomic
     * aliases request and deletes the old index. Searches see the old content until the switch and the
     * full new content after it, never an empty index. Documents written with {@link #upsert},
     * {@link #delete} or {@link #bulk} while the rebuild runs are written to both indices.
     * Documents that cannot be stored are listed in the result and do not stop the switch. If the rebuild
     * itself fails (the iterator throws, the cluster goes away), the alias is left as it was and the
     * half-filled index is removed.
     * <p>
     * While it is filled, the new index is not refreshed and has no replicas
     * ({@code search/index-settings-while-building.json}): nobody searches it yet, and Elasticsearch then
     * writes each document once instead of making a segment every second and copying it to a replica. Those
     * settings go back to {@code search/index-settings.json}'s before the alias moves.
     *
     * @param progress told the number of documents written so far, after every batch
     * @param sender   runs the bulk writes: with another thread, the next batch is read from {@code documents}
     *                 while the previous one is written (at most one batch in flight), and the replaced indices are
     *                 deleted after the grace period while this method returns (the result names them)
     * @throws IllegalStateException if another rebuild of this alias is running in this JVM
     */
    public RebuildResult rebuild(Iterator<IndexEntry> documents, LongConsumer progress, Executor sender) {
        if (!rebuildLock.tryLock()) {
            throw new IllegalStateException("A rebuild of the search index '" + alias + "' is already running");
        }
        try {
            String newIndex = createVersionedIndex(false, WHILE_BUILDING);
            rebuildTarget = newIndex;
            long indexed = 0;
            Map<String, String> failures = new LinkedHashMap<>();
            List<String> oldIndices;
            CompletableFuture<BulkResult> inFlight = CompletableFuture.completedFuture(NOTHING_WRITTEN_YET);
            try {
                List<IndexEntry> batch = new ArrayList<>(BATCH_SIZE);
                while (documents.hasNext()) {
                    batch.add(documents.next());
                    if (batch.size() == BATCH_SIZE || !documents.hasNext()) {
                        indexed = counted(resultOf(inFlight), indexed, failures, progress);
                        List<IndexEntry> toWrite = List.copyOf(batch);
                        batch.clear();
                        // Words stored for the same text are read from the index the alias names until the switch.
                        inFlight = CompletableFuture.supplyAsync(() -> bulkInto(newIndex, false, toWrite, List.of(), itemWords.of(toWrite)),
                                sender);
                    }
                }
                indexed = counted(resultOf(inFlight), indexed, failures, progress);
                putSettings(newIndex, restoredSettings());
                refresh(newIndex);
                awaitReplicas(newIndex);
                oldIndices = concreteIndices();
                moveAlias(oldIndices, newIndex);
            } catch (RuntimeException e) {
                rebuildTarget = null;
                // A bulk still being written would create the index again after the delete.
                inFlight.exceptionally(failure -> null).join();
                deleteQuietly(newIndex);
                throw e;
            }
            rebuildTarget = null;
            List<String> removed = oldIndices.stream().filter(index -> index.startsWith(alias + "-")).toList();
            // On the sender the caller need not wait out the grace period: the new index serves already.
            CompletableFuture.runAsync(() -> removeReplaced(removed), sender).exceptionally(e -> {
                LOG.log(System.Logger.Level.WARNING, "Could not delete the replaced indices " + removed + "; delete them by hand", e);
                return null;
            });
            LOG.log(System.Logger.Level.INFO, "Rebuilt search index {0}: {1} documents in {2}, replacing {3}",
                    alias, indexed, newIndex, removed);
            return new RebuildResult(newIndex, removed, indexed, failures);
        } finally {
            rebuildLock.unlock();
        }
    }

    /** Adds a written batch to the rebuild's count and failures and tells the progress; the total written so far. */
    private static long counted(BulkResult written, long indexedBefore, Map<String, String> failures, LongConsumer progress) {
        if (written == NOTHING_WRITTEN_YET) {
            return indexedBefore;
        }
        failures.putAll(written.failures());
        long indexed = indexedBefore + written.written();
        progress.accept(indexed);
        return indexed;
    }

    /** The outcome of a batch's bulk write, with its failure thrown as it was thrown. */
    private static BulkResult resultOf(CompletableFuture<BulkResult> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The values {@code index-settings.json} gives the settings a rebuild changes while it fills the index; it names
     * each of them (checked when the class loads), so none is left as the rebuild set it.
     */
    private static Map<String, Object> restoredSettings() {
        Map<String, Object> restored = new LinkedHashMap<>();
        WHILE_BUILDING.fieldNames().forEachRemaining(name -> restored.put(name, BASE_SETTINGS.get(name).asText()));
        return restored;
    }

    private void putSettings(String index, Map<String, Object> settings) {
        byte[] json = jsonBytes(settings);
        connection.call("restoring the settings of " + index, client -> client.indices().putSettings(put -> put.index(index)
                .withJson(new ByteArrayInputStream(json))));
    }

    /** Waits a while for the replicas the restored settings ask for, so the alias moves to an index as safe as the old one. */
    private void awaitReplicas(String index) {
        var health = connection.call("waiting for the replicas of " + index, client -> client.cluster().health(h -> h.index(index)
                .waitForStatus(HealthStatus.Green).timeout(t -> t.time(REPLICA_WAIT))));
        if (health.timedOut()) {
            LOG.log(System.Logger.Level.WARNING, "The replicas of the rebuilt index {0} were not all assigned within {1}"
                    + " (cluster status {2}); the alias moves to it anyway, as the old index had the same settings.", index, REPLICA_WAIT, health.status());
        }
    }

    private boolean aliasExists() {
        return connection.call("checking alias " + alias, client -> client.indices().existsAlias(exists -> exists.name(alias)).value());
    }

    private String createVersionedIndex(boolean withAlias) {
        return createVersionedIndex(withAlias, OBJECT_MAPPER.createObjectNode());
    }

    /** @param overrides settings that take the place of {@code index-settings.json}'s */
    private String createVersionedIndex(boolean withAlias, ObjectNode overrides) {
        String index = alias + "-" + VERSION.format(nextVersion());
        byte[] settingsJson = jsonBytes(BASE_SETTINGS.deepCopy().setAll(overrides));
        connection.call("creating index " + index, client -> client.indices().create(create -> {
            create.index(index)
                    .settings(settings -> settings.withJson(new ByteArrayInputStream(settingsJson)))
                    .mappings(mappings -> mappings.withJson(new ByteArrayInputStream(MAPPINGS)));
            if (withAlias) {
                create.aliases(alias, a -> a);
            }
            return create;
        }));
        return index;
    }

    /** A strictly increasing timestamp, so two indices made in the same millisecond still differ. */
    private static synchronized Instant nextVersion() {
        Instant now = Instant.now();
        lastVersion = now.isAfter(lastVersion.plusMillis(1)) ? now : lastVersion.plusMillis(1);
        return lastVersion;
    }

    private void moveAlias(List<String> oldIndices, String newIndex) {
        connection.call("moving alias " + alias + " to " + newIndex, client -> client.indices().updateAliases(update -> {
            for (String old : oldIndices) {
                update.actions(action -> action.remove(remove -> remove.index(old).alias(alias)));
            }
            return update.actions(action -> action.add(add -> add.index(newIndex).alias(alias)));
        }));
    }

    /** Deletes the indices the alias left (only those this class created), after a grace period. */
    private void removeReplaced(List<String> ours) {
        if (ours.isEmpty()) {
            return;
        }
        pause(oldIndexGrace);
        for (String old : ours) {
            connection.call("deleting replaced index " + old, client -> client.indices().delete(delete -> delete.index(old)));
        }
    }

    private void deleteQuietly(String index) {
        try {
            connection.call("deleting unfinished index " + index,
                    client -> client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete unfinished index " + index, e);
        }
    }

    private void refresh(String index) {
        connection.call("refreshing " + index,
                client -> client.indices().refresh(refresh -> refresh.index(index).ignoreUnavailable(true).allowNoIndices(true)));
    }

    /** Runs a write to the alias; if the alias does not exist yet, creates the index and tries once more. */
    private <T> T whileEnsuringIndex(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ElasticsearchException e) {
            boolean missing = e.status() == 404 && e.error() != null && INDEX_NOT_FOUND.equals(e.error().type());
            boolean ambiguous = e.error() != null && e.error().reason() != null && e.error().reason().contains(NO_WRITE_INDEX);
            if (!missing && !ambiguous) {
                throw e;
            }
            ensureExists();
            return write.get();
        }
    }

    private void whileEnsuringIndex(Runnable write) {
        whileEnsuringIndex(() -> {
            write.run();
            return null;
        });
    }

    private BulkResult bulkInto(String index, boolean requireAlias, List<IndexEntry> upserts, List<String> deletes,
            Map<String, StoredWords> words) {
        List<PendingOperation> operations = new ArrayList<>(upserts.size() + deletes.size());
        for (IndexEntry document : upserts) {
            Written written = new Written(document, words.get(document.id()));
            operations.add(new PendingOperation(document.id(),
                    BulkOperation.of(op -> op.index(write -> write.id(document.id()).document(written)))));
        }
        for (String id : deletes) {
            operations.add(new PendingOperation(id, BulkOperation.of(op -> op.delete(delete -> delete.id(id)))));
        }
        int written = 0;
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> unavailable = new HashSet<>();
        for (int start = 0; start < operations.size(); start += BATCH_SIZE) {
            List<PendingOperation> pending = operations.subList(start, Math.min(operations.size(), start + BATCH_SIZE));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                List<PendingOperation> retry = new ArrayList<>();
                List<BulkResponseItem> items = sendBulk(index, requireAlias, pending, attempt);
                if (items == null) {
                    retry.addAll(pending);
                } else {
                    for (int i = 0; i < items.size(); i++) {
                        BulkResponseItem item = items.get(i);
                        if (item.error() == null) {
                            written++;
                        } else if (isOverload(item.status(), item.error()) && attempt < MAX_ATTEMPTS) {
                            retry.add(pending.get(i));
                        } else {
                            failures.put(pending.get(i).id(), describe(item.error()));
                            if (item.status() >= 500) {
                                unavailable.add(pending.get(i).id());
                            }
                        }
                    }
                }
                if (!retry.isEmpty() && attempt >= MAX_ATTEMPTS) {
                    retry.forEach(op -> failures.put(op.id(), "rejected: Elasticsearch is overloaded"));
                    retry.clear();
                }
                if (!retry.isEmpty()) {
                    pause(Duration.ofMillis(100L << attempt));
                }
                pending = retry;
            }
        }
        return new BulkResult(written, failures, unavailable);
    }

    /** The response items, or null when the whole request was rejected for overload. */
    private List<BulkResponseItem> sendBulk(String index, boolean requireAlias, List<PendingOperation> pending, int attempt) {
        try {
            BulkResponse response = connection.call("bulk writing " + pending.size() + " operations into " + index,
                    client -> client.bulk(bulk -> bulk.index(index).requireAlias(requireAlias)
                            .operations(pending.stream().map(PendingOperation::operation).toList())));
            return response.items();
        } catch (ElasticsearchException e) {
            if (e.status() == 429) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isOverload(int status, ErrorCause error) {
        return status == 429 || "es_rejected_execution_exception".equals(error.type());
    }

    private static String describe(ErrorCause error) {
        return error.type() + ": " + error.reason();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static byte[] jsonBytes(Object value) {
        try {
            return OBJECT_MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode json(String name) {
        try {
            return (ObjectNode) OBJECT_MAPPER.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record PendingOperation(String id, BulkOperation operation) {
    }

    /** An entry as written: with the significant words matching reads from it, if it is a public initiative. */
    record Written(@JsonUnwrapped IndexEntry entry, @JsonInclude(JsonInclude.Include.NON_NULL) StoredWords significantWords) {
    }
}

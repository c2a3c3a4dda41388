package se.hjulet.hub.indexing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.document.control.DocumentReader;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.follow.boundary.Alerts;
import se.hjulet.hub.follow.boundary.Mailings;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.indexing.control.IndexEntries;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.index.BulkResult;
import se.hjulet.search.index.IndexEntry;

/**
 * Drains the search outbox into Elasticsearch in batches. Safe with several hub instances (entries
 * are claimed with a conditional update); while Elasticsearch is down it waits and loses nothing.
 * Two lanes, each on its own thread: the indexer sends what is ready, the reader reads the text of new
 * uploads (Tika, seconds per file) and hands them to the indexer. Fifty uploads of a workshop's slides
 * once held a newly published item back for a minute when both were one lane.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    /** Few at a time, so the first uploads of a pile become searchable while the rest are read. */
    private static final int READ_BATCH = 5;

    private final String workerId = "worker-" + UUID.randomUUID();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean readingWanted = new AtomicBoolean();
    private volatile boolean searchWasDown;
    private volatile boolean drainFailing;
    /** When the batch at work began; null between batches. A batch that never ends is a stuck worker. */
    private volatile Instant batchStartedAt;
    /** The same for the reader's lane. */
    private volatile Instant readingStartedAt;

    @Resource
    ManagedThreadFactory threads;

    /** How long an undeploy waits for a drain or a read at work before it interrupts it. */
    private static final long STOP_WAIT_SECONDS = 20;
    private ScheduledExecutorService scheduler;
    private ScheduledExecutorService readerScheduler;

    private ScheduledFuture<?> schedule;
    private ScheduledFuture<?> readerSchedule;

    @Inject
    OutboxStore store;

    @Inject
    SearchBackend search;

    @Inject
    Documents documents;

    @Inject
    DocumentReader reader;

    @Inject
    Alerts alerts;

    @Inject
    Mailings mailings;

    @Inject
    @ConfigProperty(name = "hub.outbox.interval-ms", defaultValue = "1000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "hub.outbox.batch-size", defaultValue = "250")
    int batchSize;

    /**
     * A thread of our own (from the container's managed thread factory) rather than an EJB timer, since
     * Payara delivers timers at most once a second, and rather than the server's shared default
     * scheduled executor (one thread): when the system tests redeployed the hub several times, the
     * drain of a later deployment sometimes never ran there, and search never caught up.
     */
    @PostConstruct
    void schedule() {
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        schedule = scheduler.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        readerScheduler = Executors.newSingleThreadScheduledExecutor(threads);
        readerSchedule = readerScheduler.scheduleWithFixedDelay(this::readTick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        readerSchedule.cancel(false);
        // A drain or a read still at work may finish first: an interrupt that lands in the database's file I/O
        // closes the file under an embedded H2 (it was found corrupted after an undeploy). What does not finish in
        // time is interrupted, so nothing outlives this deployment.
        scheduler.shutdown();
        readerScheduler.shutdown();
        // Both lanes finish side by side within one deadline (not one after the other).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        try {
            if (!scheduler.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                scheduler.shutdownNow();
            }
            if (!readerScheduler.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                readerScheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            readerScheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A drain right after a commit: the indexer's lane on the caller's asynchronous thread, the reader's on its own. */
    @Asynchronous
    public void drainSoon() {
        readerScheduler.execute(this::readTick);
        tick();
    }

    /**
     * Drains until nothing is due. One drain at a time: a call that finds one at work leaves a note,
     * and the drain at work goes round once more, so no commit waits for the next scheduled tick.
     */
    void tick() {
        wanted.set(true);
        while (wanted.get() && draining.compareAndSet(false, true)) {
            wanted.set(false);
            try {
                while (drainBatch() == batchSize) {
                    // a full batch: more may be waiting
                }
                if (drainFailing) {
                    LOG.info("Draining the search outbox works again.");
                    drainFailing = false;
                }
            } catch (RuntimeException e) {
                // Never let one bad drain end the schedule; the entries stay in the outbox. Said once per
                // streak: while the database is away this fails at every tick.
                LOG.log(drainFailing ? Level.FINE : Level.WARNING, "Draining the search outbox failed; trying again at every tick", e);
                drainFailing = true;
            } finally {
                draining.set(false);
            }
        }
    }

    /** The reader's lane: reads new uploads until none waits, one drain at a time like {@link #tick}. */
    void readTick() {
        readingWanted.set(true);
        while (readingWanted.get() && reading.compareAndSet(false, true)) {
            readingWanted.set(false);
            try {
                boolean readSome = false;
                while (readDocuments()) {
                    readSome = true;
                }
                if (readSome) {
                    tick(); // what was read is ready for the index (its item was queued again too)
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Reading uploaded documents failed; trying again at every tick", e);
            } finally {
                reading.set(false);
            }
        }
    }

    /** Processes one batch and says how many entries it took. */
    private int drainBatch() {
        if (!store.anyDue()) {
            return 0;
        }
        if (!search.isAvailable()) {
            if (!searchWasDown) {
                LOG.warning("Elasticsearch is unavailable; search changes wait in the outbox until it returns.");
                searchWasDown = true;
            }
            return 0;
        }
        if (searchWasDown) {
            LOG.info("Elasticsearch is back; catching up from the outbox.");
            searchWasDown = false;
        }
        List<OutboxEntry> entries = store.claim(workerId, batchSize);
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> entryIds = entries.stream().map(OutboxEntry::id).toList();
        batchStartedAt = Instant.now();
        try {
            readNewDocuments(entries);
            send(entries);
            store.completed(entryIds);
            tellFollowers(entries);
        } catch (SearchUnavailableException e) {
            search.forgetIndexState(e);
            if (timedOut(e) && search.isAvailable()) {
                // The cluster answers, yet the batch took too long: one heavy item must not hold the
                // others back for ever, so each is sent alone and only what still fails waits.
                LOG.log(Level.WARNING, "Indexing " + entries.size() + " changes took too long; sending them one by one", e);
                entries.forEach(this::sendAlone);
                return entries.size();
            }
            store.release(entryIds);
            searchWasDown = true;
            LOG.log(Level.WARNING, "Elasticsearch failed while indexing; will retry", e);
            return 0;
        } catch (RuntimeException e) {
            store.failed(entryIds, e.toString());
            LOG.log(Level.WARNING, "Indexing " + entries.size() + " changes failed; will retry with backoff", e);
        } finally {
            batchStartedAt = null;
        }
        return entries.size();
    }

    private void sendAlone(OutboxEntry entry) {
        try {
            send(List.of(entry));
            store.completed(List.of(entry.id()));
        } catch (RuntimeException e) {
            // Timed out again or refused: this item backs off; a cluster that went away meanwhile fails
            // the next batch and is treated as an outage there.
            store.failed(List.of(entry.id()), e.toString());
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** How long the longer running of the two lanes' batches has been at work; empty when both are between batches. */
    public Optional<Duration> busyFor() {
        Instant now = Instant.now();
        return java.util.stream.Stream.of(batchStartedAt, readingStartedAt).filter(java.util.Objects::nonNull)
                .map(started -> Duration.between(started, now)).max(Duration::compareTo);
    }

    /**
     * Reads a few new uploads and releases their entries for the indexer; says whether there were any.
     * Needs no search engine: uploads get their status even while Elasticsearch is away.
     */
    private boolean readDocuments() {
        if (!store.anyUnreadDocumentDue()) {
            return false;
        }
        List<OutboxEntry> unread = store.claimUnreadDocuments(workerId, READ_BATCH);
        if (unread.isEmpty()) {
            return false;
        }
        readingStartedAt = Instant.now();
        try {
            readNewDocuments(unread);
        } finally {
            readingStartedAt = null;
            store.release(unread.stream().map(OutboxEntry::id).toList());
        }
        return true;
    }

    /**
     * Uploaded documents are read here, off the request thread, before they are indexed. Each result is
     * stored on its own; a file that cannot be read gets a status, never an exception.
     */
    private void readNewDocuments(List<OutboxEntry> entries) {
        entries.stream().filter(e -> Document.KIND.equals(e.itemKind())).map(OutboxEntry::itemId).distinct()
                .forEach(id -> documents.pendingContent(id)
                        .ifPresent(pending -> documents.extracted(id, pending.sha256(), reader.read(pending.bytes()))));
    }

    private void send(List<OutboxEntry> entries) {
        // Several entries for one item collapse into one index operation on its current state.
        Map<String, OutboxEntry> byItem = entries.stream().collect(Collectors.toMap(
                e -> IndexEntries.idOf(e.itemKind(), e.itemId()), Function.identity(), (a, b) -> a));
        // Read in one transaction, a kind's items together: one by one, each item cost about ten queries (and a
        // transaction), which held the drain to about 240 entries a second at 100,000 items.
        Map<IndexContribution.Item, IndexEntry> current = store.entriesFor(byItem.values().stream()
                .map(e -> new IndexContribution.Item(e.itemKind(), e.itemId())).toList());
        List<IndexEntry> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        byItem.forEach((documentId, entry) -> {
            IndexEntry indexed = current.get(new IndexContribution.Item(entry.itemKind(), entry.itemId()));
            if (indexed == null) {
                deletes.add(documentId);
            } else {
                upserts.add(indexed);
            }
        });
        BulkResult result = search.index().bulk(upserts, deletes);
        // People expect what they just published to be findable at once; writes are human-paced, so a
        // refresh per drained batch costs little.
        search.index().refresh();
        if (result.failedOnlyForTheCluster()) {
            // No master, a shard without a copy: the changes wait, untouched, until the cluster is whole.
            throw new SearchUnavailableException("Elasticsearch could not take " + result.failures().size()
                    + " changes now: " + result.failures().values().iterator().next(), null);
        }
        if (result.hasFailures()) {
            throw new IllegalStateException("Elasticsearch refused " + result.failures().size() + " documents: "
                    + result.failures());
        }
    }

    /**
     * What a batch just indexed is news for those who follow it. Runs after the batch is completed, in a transaction
     * of its own; mail goes out on another thread (never SMTP here), and a failure is only logged: news never stop
     * or repeat indexing.
     */
    private void tellFollowers(List<OutboxEntry> indexed) {
        try {
            if (alerts.newsOf(indexed.stream().map(e -> IndexEntries.idOf(e.itemKind(), e.itemId())).distinct().toList()) > 0) {
                mailings.sendSoon();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give notifications for " + indexed.size() + " indexed changes", e);
        }
    }
}

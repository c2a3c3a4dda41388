package se.hjulet.hub.indexing.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.RebuildResult;
import se.hjulet.search.index.IndexEntry;

/**
 * Rebuilds the search index from the database while the hub keeps serving: a new index is filled
 * with the index entry of every public item, read in pages, then the alias moves to it in one step.
 * Changes indexed meanwhile by this instance go to both indices; afterwards every item changed since
 * the start is queued in the outbox once more, which covers changes other instances indexed only into
 * the old index. Platform admins start it and follow its progress.
 */
@Singleton
@Startup // made at deployment: a singleton first made during an undeploy breaks Payara's shutdown of singletons
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int PAGE = 200;
    /** Enough reasons to act on; the rest are in the log. */
    private static final int FAILURES_SHOWN = 20;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxStore store;

    @Inject
    SearchBackend search;

    @Inject
    People people;

    private final AtomicReference<Progress> latest = new AtomicReference<>(Progress.NEVER);

    /** Where a rebuild stands: {@code never}, {@code running}, {@code done} or {@code failed}. */
    @Schema(name = "SearchIndexRebuildProgress")
    public record Progress(@Schema(enumeration = {"never", "running", "done", "failed"}) String state, Instant startedAt, Instant finishedAt, long total, long indexed,
                           String newIndex, List<String> removedIndices, long notIndexed, Map<String, String> notIndexedExamples,
                           long queuedAgain, String error) {

        static final Progress NEVER = new Progress("never", null, null, 0, 0, null, List.of(), 0, Map.of(), 0, null);

        public boolean running() {
            return "running".equals(state);
        }

        Progress indexed(long count) {
            return new Progress(state, startedAt, finishedAt, total, count, newIndex, removedIndices, notIndexed, notIndexedExamples, queuedAgain, error);
        }
    }

    /** Starts a rebuild in the background and answers at once; one at a time per hub instance. */
    public Progress start() {
        requirePlatformAdmin();
        Progress started;
        synchronized (this) {
            if (latest.get().running()) {
                throw new Conflict("A rebuild of the search index is running already (started " + latest.get().startedAt()
                        + "); follow its progress until it is done.");
            }
            started = new Progress("running", Instant.now(), null, store.publicEntryCount(), 0, null, List.of(), 0, Map.of(), 0, null);
            latest.set(started);
        }
        executor.execute(() -> rebuild(started));
        return started;
    }

    public Progress progress() {
        requirePlatformAdmin();
        return latest.get();
    }

    private void requirePlatformAdmin() {
        if (!people.callerIsPlatformAdmin()) {
            throw new AccessDenied("Only platform admins rebuild the search index.");
        }
    }

    private void rebuild(Progress started) {
        try {
            // Elasticsearch writes one batch while the next is read from the database. A thread of the rebuild's own:
            // from the shared executor, the writes could wait behind this very task.
            ExecutorService sender = Executors.newSingleThreadExecutor(threads);
            RebuildResult result;
            try {
                result = search.index().rebuild(new PublicEntries(), count -> latest.updateAndGet(p -> p.indexed(count)), sender);
            } finally {
                sender.shutdown(); // it still deletes the replaced index after its grace period
            }
            // The rebuild read each item once; whatever changed since may be older in the new index than in the database.
            int queuedAgain = store.queueChangedSince(started.startedAt());
            Map<String, String> examples = new LinkedHashMap<>();
            result.failures().entrySet().stream().limit(FAILURES_SHOWN).forEach(f -> examples.put(f.getKey(), f.getValue()));
            latest.set(new Progress("done", started.startedAt(), Instant.now(), started.total(), result.indexed(), result.newIndex(),
                    result.removedIndices(), result.failures().size(), examples, queuedAgain, null));
            if (!result.failures().isEmpty()) {
                LOG.warning(() -> "The search index rebuild could not index " + result.failures().size() + " entries: " + result.failures());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search index rebuild failed; the alias still points to the old index.", e);
            Progress now = latest.get();
            latest.set(new Progress("failed", started.startedAt(), Instant.now(), started.total(), now.indexed(), null, List.of(),
                    0, Map.of(), 0, e.getMessage()));
        }
    }

    /** Every public item's index entry, section by section, fetched a page at a time, each page in its own transaction. */
    private final class PublicEntries implements Iterator<IndexEntry> {
        private final int sections = store.sections();
        private int section;
        private long lastId;
        private Iterator<IndexEntry> page = List.<IndexEntry>of().iterator();

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && section < sections) {
                List<IndexEntry> next = store.publicEntriesAfter(section, lastId, PAGE);
                if (next.size() < PAGE) {
                    section++;
                    lastId = 0;
                } else {
                    lastId = next.get(next.size() - 1).databaseId();
                }
                page = next.iterator();
            }
            return page.hasNext();
        }

        @Override
        public IndexEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}

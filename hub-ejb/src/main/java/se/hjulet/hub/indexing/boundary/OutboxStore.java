package se.hjulet.hub.indexing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.IndexEntry;

/**
 * The database side of draining the outbox. Each step commits on its own, so a claim is visible to
 * other hub instances at once and no call to Elasticsearch runs inside a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claim holds before another worker may take the entry over (a crashed instance). */
    private static final long CLAIM_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Every feature's index entries, in a fixed order (the order a rebuild fills the index in). */
    List<IndexContribution> contributions;

    @Inject
    void contributions(@Any Instance<IndexContribution> all) {
        contributions = all.stream()
                .sorted(Comparator.comparing(c -> c.kinds().stream().sorted().findFirst().orElse(""))).toList();
    }

    public boolean anyDue() {
        return !em.createNamedQuery(OutboxEntry.DUE, OutboxEntry.class).setParameter("now", Instant.now())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public long pending() {
        return em.createNamedQuery(OutboxEntry.PENDING, Long.class).getSingleResult();
    }

    /** How far search is behind the database: the waiting entries and the oldest one that is due. */
    public Backlog backlog() {
        Instant now = Instant.now();
        Optional<OutboxEntry> oldest = em.createNamedQuery(OutboxEntry.OLDEST_DUE, OutboxEntry.class)
                .setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
        return new Backlog(pending(), now, oldest.map(OutboxEntry::createdAt).orElse(null),
                oldest.map(OutboxEntry::describe).orElse(null), oldest.map(OutboxEntry::lastError).orElse(null));
    }

    /** The outbox as health checks and metrics report it. */
    public record Backlog(long waiting, Instant at, Instant oldestDueSince, String oldestDueItem, String oldestDueError) {

        /** How long the oldest due change has waited; zero when nothing is due. */
        public Duration oldestDueAge() {
            return oldestDueSince == null ? Duration.ZERO : Duration.between(oldestDueSince, at);
        }
    }

    /** Claims up to {@code max} due entries for this worker with a conditional update per entry. */
    public List<OutboxEntry> claim(String worker, int max) {
        Instant now = Instant.now();
        List<OutboxEntry> due = em.createNamedQuery(OutboxEntry.DUE, OutboxEntry.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
        return claimed(worker, now, due);
    }

    private List<OutboxEntry> claimed(String worker, Instant now, List<OutboxEntry> due) {
        List<OutboxEntry> claimed = new ArrayList<>();
        for (OutboxEntry entry : due) {
            int updated = em.createNamedQuery(OutboxEntry.CLAIM)
                    .setParameter("worker", worker)
                    .setParameter("until", now.plusSeconds(CLAIM_SECONDS))
                    .setParameter("id", entry.id())
                    .setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                if (entry.wasAbandonedBy(now)) {
                    LOG.warning(() -> "Search outbox entry " + entry.id() + " (" + entry.describe() + ") was claimed by "
                            + entry.claimedBy() + ", which never finished it (stopped or stuck); " + worker + " takes it over.");
                }
                claimed.add(entry);
            }
        }
        return claimed;
    }

    /**
     * Claims outbox entries of documents whose text has not been read yet, for the reader's lane (which
     * needs no Elasticsearch); the caller {@linkplain #release releases} them for indexing once read.
     */
    public List<OutboxEntry> claimUnreadDocuments(String worker, int max) {
        Instant now = Instant.now();
        List<OutboxEntry> due = em.createQuery("select e from OutboxEntry e, Document d where e.itemKind = :kind"
                        + " and d.id = e.itemId and d.status = se.hjulet.hub.document.entity.DocumentStatus.PENDING"
                        + " and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now) order by e.id", OutboxEntry.class)
                .setParameter("kind", Document.KIND).setParameter("now", now).setMaxResults(max).getResultList();
        return claimed(worker, now, due);
    }

    public boolean anyUnreadDocumentDue() {
        Instant now = Instant.now();
        return !em.createQuery("select e.id from OutboxEntry e, Document d where e.itemKind = :kind"
                        + " and d.id = e.itemId and d.status = se.hjulet.hub.document.entity.DocumentStatus.PENDING"
                        + " and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)", Long.class)
                .setParameter("kind", Document.KIND).setParameter("now", now).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The current search form of several items, read together (a drained batch); an item missing from the answer must
     * leave the index.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Map<IndexContribution.Item, IndexEntry> entriesFor(Collection<IndexContribution.Item> items) {
        // Only reads: no flush before each query (see publicEntriesAfter).
        em.setFlushMode(FlushModeType.COMMIT);
        Map<IndexContribution.Item, IndexEntry> entries = new HashMap<>();
        items.stream().collect(Collectors.groupingBy(IndexContribution.Item::kind, Collectors.mapping(IndexContribution.Item::id,
                Collectors.toCollection(LinkedHashSet::new)))).forEach((kind, ids) -> contributions.stream()
                .filter(c -> c.kinds().contains(kind)).findFirst()
                .ifPresent(contribution -> contribution.entriesOf(em, kind, ids)
                        .forEach((id, entry) -> entries.put(new IndexContribution.Item(kind, id), entry))));
        return entries;
    }

    public void completed(Collection<Long> entryIds) {
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(em::remove));
    }

    /** The entries go back with a wait that grows with each failure; each is logged with its reason once. */
    public void failed(Collection<Long> entryIds, String error) {
        Instant now = Instant.now();
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(entry -> {
            entry.failed(error, now);
            if (entry.failedForTheFirstTime()) {
                LOG.warning(() -> "Search outbox entry " + entry.id() + " (" + entry.describe() + ") could not be indexed"
                        + " and will be retried with a growing wait: " + error);
            }
        }));
    }

    /** Elasticsearch was not there: give the entries back untouched, they are not at fault. */
    public void release(Collection<Long> entryIds) {
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(OutboxEntry::release));
    }

    /**
     * An empty index was created while the database has content, or the index holds entries of older mappings: queue
     * every public item for indexing.
     */
    public void reindexEverything(@Observes SearchBackend.IndexCreated created) {
        int queued = queue(contributions.stream().flatMap(c -> c.allPublic(em).stream()).toList());
        LOG.info(() -> "Search index " + created.alias() + " was created empty or holds entries of older mappings; queued "
                + queued + " items for indexing.");
    }

    /** How many parts a full rebuild fills, one after the other: one per contribution, each read in pages by id. */
    public int sections() {
        return contributions.size();
    }

    /** How many index entries a full rebuild will write, as the database holds them now. */
    public long publicEntryCount() {
        return contributions.stream().mapToLong(c -> c.publicCount(em)).sum();
    }

    /**
     * One page of a full rebuild: the index entries of the public items of a section whose id follows
     * {@code afterId}, in id order. Paging by id (not by offset) keeps every page as cheap as the first and
     * skips nothing when items are published or withdrawn while the rebuild reads.
     */
    public List<IndexEntry> publicEntriesAfter(int section, long afterId, int max) {
        // The page only reads. Left at AUTO, every query of it first compared each entity read so far with its state
        // when read, to flush changes there are none of: most of the rebuild's time in the database (JFR).
        em.setFlushMode(FlushModeType.COMMIT);
        return contributions.get(section).publicEntriesAfter(em, afterId, max);
    }

    /**
     * After a rebuild swapped the alias: queues every item changed since the rebuild began, so a change
     * another hub instance wrote only to the old index, or one read by the rebuild just before it was made,
     * reaches the new index through the outbox like any other change.
     */
    public int queueChangedSince(Instant since) {
        return queue(contributions.stream().flatMap(c -> c.changedSince(em, since).stream()).toList());
    }

    private int queue(List<IndexContribution.Item> items) {
        items.forEach(item -> em.persist(new OutboxEntry(item.kind(), item.id())));
        return items.size();
    }
}

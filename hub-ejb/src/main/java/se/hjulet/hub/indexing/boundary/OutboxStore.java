package se.hjulet.hub.indexing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.SearchDocuments;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.SearchDocument;

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

    public boolean anyDue() {
        return !em.createNamedQuery(OutboxEntry.DUE, Long.class).setParameter("now", Instant.now())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public long pending() {
        return em.createNamedQuery(OutboxEntry.PENDING, Long.class).getSingleResult();
    }

    /** Claims up to {@code max} due entries for this worker with a conditional update per entry. */
    public List<OutboxEntry> claim(String worker, int max) {
        Instant now = Instant.now();
        List<Long> due = em.createNamedQuery(OutboxEntry.DUE, Long.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
        return claimed(worker, now, due);
    }

    private List<OutboxEntry> claimed(String worker, Instant now, List<Long> due) {
        List<Long> claimed = new ArrayList<>();
        for (Long id : due) {
            int updated = em.createNamedQuery(OutboxEntry.CLAIM)
                    .setParameter("worker", worker)
                    .setParameter("until", now.plusSeconds(CLAIM_SECONDS))
                    .setParameter("id", id)
                    .setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed.stream().map(id -> em.find(OutboxEntry.class, id)).toList();
    }

    /**
     * Claims outbox entries of documents whose text has not been read yet, so they can be read while
     * Elasticsearch is away; the caller {@linkplain #release releases} them for indexing later.
     */
    public List<OutboxEntry> claimUnreadDocuments(String worker, int max) {
        Instant now = Instant.now();
        List<Long> due = em.createQuery("select e.id from OutboxEntry e, Document d where e.itemKind = :kind"
                        + " and d.id = e.itemId and d.status = se.hjulet.hub.document.entity.DocumentStatus.PENDING"
                        + " and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now) order by e.id", Long.class)
                .setParameter("kind", Document.KIND).setParameter("now", now).setMaxResults(max).getResultList();
        return claimed(worker, now, due);
    }

    /** The current search form of an item; empty when it must not be in the index (gone, draft, archived). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SearchDocument> documentFor(String kind, long id) {
        if (CuratedCollection.KIND.equals(kind)) {
            return Optional.ofNullable(em.find(CuratedCollection.class, id)).filter(CuratedCollection::isPublic).map(SearchDocuments::of);
        }
        if (Document.KIND.equals(kind)) {
            return Optional.ofNullable(em.find(Document.class, id)).filter(d -> d.initiative().isPublic())
                    .map(SearchDocuments::of);
        }
        // Every initiative kind is a subclass of Initiative: one lookup serves them all.
        Initiative item = em.find(Initiative.class, id);
        if (item == null || !item.kind().equals(kind) || !item.isPublic()) {
            return Optional.empty();
        }
        return Optional.of(SearchDocuments.of(item, documentsOf(item)));
    }

    private List<Document> documentsOf(Initiative item) {
        return em.createNamedQuery(Document.OF_INITIATIVE, Document.class).setParameter("initiative", item).getResultList();
    }

    public void completed(Collection<Long> entryIds) {
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(em::remove));
    }

    public void failed(Collection<Long> entryIds, String error) {
        Instant now = Instant.now();
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(e -> e.failed(error, now)));
    }

    /** Elasticsearch was not there: give the entries back untouched, they are not at fault. */
    public void release(Collection<Long> entryIds) {
        entryIds.forEach(id -> Optional.ofNullable(em.find(OutboxEntry.class, id)).ifPresent(OutboxEntry::release));
    }

    /** An empty index was created while the database has content: queue every public item for indexing. */
    public void reindexEverything(@Observes SearchBackend.IndexCreated created) {
        var items = em.createNamedQuery(Initiative.ALL_PUBLISHED, Initiative.class).getResultList();
        items.forEach(item -> em.persist(new OutboxEntry(item.kind(), item.id())));
        em.createNamedQuery(Document.OF_PUBLIC_INITIATIVES, Document.class).getResultStream()
                .forEach(document -> em.persist(new OutboxEntry(Document.KIND, document.id())));
        em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).getResultStream()
                .forEach(collection -> em.persist(new OutboxEntry(CuratedCollection.KIND, collection.id())));
        LOG.info(() -> "Search index " + created.alias() + " was created empty; queued " + items.size() + " items for indexing.");
    }

    /** For a full rebuild: every item that belongs in the index, as search documents. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<SearchDocument> allPublicDocuments() {
        List<SearchDocument> all = new ArrayList<>();
        em.createNamedQuery(Initiative.ALL_PUBLISHED, Initiative.class).getResultStream()
                .map(item -> SearchDocuments.of(item, documentsOf(item))).forEach(all::add);
        em.createNamedQuery(Document.OF_PUBLIC_INITIATIVES, Document.class).getResultStream()
                .map(SearchDocuments::of).forEach(all::add);
        em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).getResultStream()
                .map(SearchDocuments::of).forEach(all::add);
        return all;
    }
}

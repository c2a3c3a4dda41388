package se.hjulet.hub.indexing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.IndexEntries;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.entity.ModerationDecision;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseMark;
import se.hjulet.hub.organisation.entity.Organisation;
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

    /** The current search form of an item; empty when it must not be in the index (gone, draft, archived). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<IndexEntry> documentFor(String kind, long id) {
        if (CuratedCollection.KIND.equals(kind)) {
            return Optional.ofNullable(em.find(CuratedCollection.class, id)).filter(CuratedCollection::isPublic).map(IndexEntries::of);
        }
        if (Document.KIND.equals(kind)) {
            return Optional.ofNullable(em.find(Document.class, id)).filter(d -> d.initiative().isPublic())
                    .map(IndexEntries::of);
        }
        if (Question.KIND.equals(kind)) {
            return Optional.ofNullable(em.find(Question.class, id)).filter(Question::isPublic).map(IndexEntries::of);
        }
        // Every initiative kind is a subclass of Initiative: one lookup serves them all.
        Initiative item = em.find(Initiative.class, id);
        if (item == null || !item.kind().equals(kind) || !item.isPublic()) {
            return Optional.empty();
        }
        return Optional.of(entryOf(item));
    }

    /** An initiative's index entry: with its documents, its owner's federations, and how many organisations reused it. */
    private IndexEntry entryOf(Initiative item) {
        return IndexEntries.of(item, documentsOf(item), federationsOf(item.owner()), reuseCountOf(item));
    }

    private List<Organisation> federationsOf(Organisation organisation) {
        return em.createNamedQuery(Organisation.FEDERATIONS_OF, Organisation.class).setParameter("member", organisation).getResultList();
    }

    private int reuseCountOf(Initiative item) {
        return em.createNamedQuery(ReuseMark.COUNT_OF_ITEM, Long.class).setParameter("item", item).getSingleResult().intValue();
    }

    private List<Document> documentsOf(Initiative item) {
        return em.createNamedQuery(Document.OF_INITIATIVE, Document.class).setParameter("initiative", item).getResultList();
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
        var items = em.createNamedQuery(Initiative.ALL_PUBLISHED, Initiative.class).getResultList();
        items.forEach(item -> em.persist(new OutboxEntry(item.kind(), item.id())));
        em.createNamedQuery(Document.OF_PUBLIC_INITIATIVES, Document.class).getResultStream()
                .forEach(document -> em.persist(new OutboxEntry(Document.KIND, document.id())));
        em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).getResultStream()
                .forEach(collection -> em.persist(new OutboxEntry(CuratedCollection.KIND, collection.id())));
        em.createNamedQuery(Question.LISTED, Question.class).getResultStream()
                .forEach(question -> em.persist(new OutboxEntry(Question.KIND, question.id())));
        LOG.info(() -> "Search index " + created.alias() + " was created empty or holds entries of older mappings; queued "
                + items.size() + " items for indexing.");
    }

    /** The parts of the index a full rebuild fills, one after the other, each read in pages by id. */
    public enum Section { INITIATIVES, DOCUMENTS, COLLECTIONS, QUESTIONS }

    /** How many index entries a full rebuild will write, as the database holds them now. */
    public long publicEntryCount() {
        return em.createQuery("select count(i) from Initiative i where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED", Long.class).getSingleResult()
                + em.createQuery("select count(d) from Document d where d.initiative.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED", Long.class).getSingleResult()
                + em.createQuery("select count(c) from CuratedCollection c where c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC", Long.class).getSingleResult()
                + em.createQuery("select count(q) from Question q where q.deletedAt is null and q.hiddenAt is null", Long.class).getSingleResult();
    }

    /**
     * One page of a full rebuild: the index entries of the public items of a section whose id follows
     * {@code afterId}, in id order. Paging by id (not by offset) keeps every page as cheap as the first and
     * skips nothing when items are published or withdrawn while the rebuild reads.
     */
    public List<IndexEntry> publicEntriesAfter(Section section, long afterId, int max) {
        return switch (section) {
            case INITIATIVES -> em.createQuery("select i from Initiative i where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED"
                            + " and i.id > :after order by i.id", Initiative.class)
                    .setParameter("after", afterId).setMaxResults(max).getResultStream()
                    .map(this::entryOf).toList();
            case DOCUMENTS -> em.createQuery("select d from Document d where d.initiative.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED"
                            + " and d.id > :after order by d.id", Document.class)
                    .setParameter("after", afterId).setMaxResults(max).getResultStream().map(IndexEntries::of).toList();
            case COLLECTIONS -> em.createQuery("select c from CuratedCollection c where c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC"
                            + " and c.id > :after order by c.id", CuratedCollection.class)
                    .setParameter("after", afterId).setMaxResults(max).getResultStream().map(IndexEntries::of).toList();
            case QUESTIONS -> em.createQuery("select q from Question q where q.deletedAt is null and q.hiddenAt is null"
                            + " and q.id > :after order by q.id", Question.class)
                    .setParameter("after", afterId).setMaxResults(max).getResultStream().map(IndexEntries::of).toList();
        };
    }

    /**
     * After a rebuild swapped the alias: queues every item changed since the rebuild began, so a change
     * another hub instance wrote only to the old index, or one read by the rebuild just before it was made,
     * reaches the new index through the outbox like any other change.
     */
    public int queueChangedSince(Instant since) {
        List<OutboxEntry> entries = new ArrayList<>();
        em.createQuery("select i from Initiative i where i.updatedAt >= :since", Initiative.class).setParameter("since", since)
                .getResultStream().forEach(item -> entries.add(new OutboxEntry(item.kind(), item.id())));
        em.createQuery("select d.id from Document d where d.updatedAt >= :since or d.extractedAt >= :since", Long.class).setParameter("since", since)
                .getResultStream().forEach(id -> entries.add(new OutboxEntry(Document.KIND, id)));
        em.createQuery("select c.id from CuratedCollection c where c.updatedAt >= :since", Long.class).setParameter("since", since)
                .getResultStream().forEach(id -> entries.add(new OutboxEntry(CuratedCollection.KIND, id)));
        // A question changes with its answers, which do not touch the question's row; hidden and restored
        // questions and answers are in the moderation trail.
        var questions = new java.util.TreeSet<Long>();
        questions.addAll(em.createQuery("select q.id from Question q where q.updatedAt >= :since or q.hiddenAt >= :since", Long.class)
                .setParameter("since", since).getResultList());
        questions.addAll(em.createNamedQuery(Answer.QUESTIONS_CHANGED_SINCE, Long.class).setParameter("since", since).getResultList());
        em.createQuery("select d from ModerationDecision d where d.decidedAt >= :since", ModerationDecision.class)
                .setParameter("since", since).getResultStream().forEach(d -> questionOf(d).ifPresent(questions::add));
        questions.forEach(id -> entries.add(new OutboxEntry(Question.KIND, id)));
        // A reuse mark changes the reused item's entry (its reuse count); its item's updatedAt stays.
        em.createQuery("select distinct r.item.id from ReuseMark r where r.createdAt >= :since", Long.class).setParameter("since", since)
                .getResultStream().forEach(id -> entries.add(new OutboxEntry(em.find(Initiative.class, id).kind(), id)));
        entries.forEach(em::persist);
        return entries.size();
    }

    /** The question whose entry a decision on a question or an answer changed. */
    private Optional<Long> questionOf(ModerationDecision decision) {
        return switch (decision.postKind()) {
            case QUESTION -> Optional.of(decision.postId());
            case ANSWER -> Optional.ofNullable(em.find(Answer.class, decision.postId())).map(a -> a.question().id());
            case COMMENT -> Optional.empty();
        };
    }
}

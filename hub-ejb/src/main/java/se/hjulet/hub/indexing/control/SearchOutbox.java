package se.hjulet.hub.indexing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.question.entity.Question;

/** Records, inside the caller's transaction, that an item's search entry must be brought up to date. */
@Dependent
public class SearchOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    /** The item, and its documents: they are visible in search exactly when the item is. */
    public void changed(Initiative initiative) {
        written.fire(new OutboxWritten());
        em.persist(new OutboxEntry(initiative.kind(), initiative.id()));
        // Stored documents only: one added in this transaction brings its own entries (changed(Document)). Asking
        // without writing the transaction's changes first spares a flush per change (a profile of bulk loading
        // found this query's flush in 14 % of all samples).
        em.createNamedQuery(Document.OF_INITIATIVE, Document.class).setParameter("initiative", initiative)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().forEach(document -> em.persist(new OutboxEntry(Document.KIND, document.id())));
    }

    /** A new or replaced document: its text is read by the worker, then it and its item are indexed. */
    public void changed(Document document) {
        written.fire(new OutboxWritten());
        em.persist(new OutboxEntry(Document.KIND, document.id()));
        em.persist(new OutboxEntry(document.initiative().kind(), document.initiative().id()));
    }

    /** Only public collections are indexed; the worker removes any other from the index. */
    public void changed(CuratedCollection collection) {
        written.fire(new OutboxWritten());
        em.persist(new OutboxEntry(CuratedCollection.KIND, collection.id()));
    }

    /** A question, its answers or its state changed: its one index entry (kind {@code question}) is written again. */
    public void changed(Question question) {
        written.fire(new OutboxWritten());
        em.persist(new OutboxEntry(Question.KIND, question.id()));
    }

    public void removed(Document document) {
        changed(document);
    }
}

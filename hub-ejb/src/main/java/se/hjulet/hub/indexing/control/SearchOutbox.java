package se.hjulet.hub.indexing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.initiative.entity.Initiative;

/** Records, inside the caller's transaction, that an item's search entry must be brought up to date. */
@Dependent
public class SearchOutbox {

    @PersistenceContext
    EntityManager em;

    public void changed(Initiative initiative) {
        em.persist(new OutboxEntry(initiative.kind(), initiative.id()));
    }
}

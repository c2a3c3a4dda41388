package se.hjulet.hub.initiative.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;

/** What an author's input names by code and the database holds: organisations, reference data. */
@Dependent
public class References {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    /** The organisation by code or exact name; unknown ones are refused on {@code field}. */
    public Organisation organisation(String field, String reference) {
        return organisations.existing(field, reference);
    }

    /** An entity of reference data by its key, such as a CPV code. */
    public <E> Optional<E> find(Class<E> type, Object key) {
        return Optional.ofNullable(em.find(type, key));
    }
}

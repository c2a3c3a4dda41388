package se.hjulet.hub.initiative.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;

/**
 * What an organisation owns, of every kind: its members (and platform admins) see drafts and archived
 * items too, everyone else only what is published.
 */
@Stateless
public class Portfolios {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    public List<Initiative> of(Organisation owner) {
        boolean member = people.mayActFor(em.find(Organisation.class, owner.id()));
        return em.createQuery("select i from Initiative i where i.owner = :owner order by i.updatedAt desc", Initiative.class)
                .setParameter("owner", owner)
                .getResultStream()
                .filter(i -> member || i.isPublic())
                .toList();
    }
}

package se.hjulet.hub.participation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.participation.entity.ParticipationStatus;
import se.hjulet.hub.participation.entity.ParticipationTotals;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.ProcurementNeed;

/**
 * Organisations taking part in each other's projects and procurement needs. A member acts for their
 * own organisation (interest, pledge); a member of the item's owner decides (accept, decline).
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Participations {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    Authoring authoring;

    public Participation declareInterest(Class<? extends Initiative> kind, long itemId, InterestInput input) {
        var person = people.current();
        Initiative item = authoring.readable(kind, itemId);
        Organisation organisation = organisations.existing("organisation", input.organisation());
        if (!people.mayActFor(organisation)) {
            throw new AccessDenied("You are not a member of " + organisation.name() + " and cannot speak for it.");
        }
        if (!em.createNamedQuery(Participation.OF_ITEM_AND_ORGANISATION, Participation.class)
                .setParameter("item", item).setParameter("organisation", organisation).getResultList().isEmpty()) {
            throw new Conflict(organisation.name() + " takes part in '" + item.title() + "' already; pledge or change that participation instead.");
        }
        var participation = new Participation(item, organisation, person, input.message(),
                input.contactName() == null ? person.displayName() : input.contactName(),
                input.contactEmail() == null ? person.email() : input.contactEmail());
        em.persist(participation);
        return participation;
    }

    public Participation pledge(Class<? extends Initiative> kind, long itemId, long participationId, PledgeInput input) {
        people.current();
        Participation participation = find(kind, itemId, participationId);
        if (!people.mayActFor(participation.organisation())) {
            throw new AccessDenied("Only members of " + participation.organisation().name() + " may pledge for it.");
        }
        boolean takesCoProcurers = participation.initiative() instanceof ProcurementNeed need && need.takesPartnersOn(LocalDate.now());
        participation.pledge(input.amountSek(), input.personDays(), Boolean.TRUE.equals(input.joinsProcurement()), takesCoProcurers);
        return participation;
    }

    public Participation accept(Class<? extends Initiative> kind, long itemId, long participationId) {
        Participation participation = decidable(kind, itemId, participationId);
        participation.accept();
        return participation;
    }

    public Participation decline(Class<? extends Initiative> kind, long itemId, long participationId) {
        Participation participation = decidable(kind, itemId, participationId);
        participation.decline();
        return participation;
    }

    /** Everyone who takes part in an item the caller may read. */
    public List<Participation> of(Class<? extends Initiative> kind, long itemId) {
        return of(authoring.readable(kind, itemId));
    }

    public List<Participation> of(Initiative item) {
        return em.createNamedQuery(Participation.OF_ITEM, Participation.class).setParameter("item", item).getResultList();
    }

    public ParticipationTotals totalsOf(Initiative item) {
        return ParticipationTotals.of(of(item));
    }

    /**
     * What waits for the organisation's decision: interest and pledges in its projects and needs. For
     * its members only.
     */
    public List<Participation> awaitingDecisionBy(Organisation owner) {
        Organisation managed = em.find(Organisation.class, owner.id());
        if (!people.mayActFor(managed)) {
            throw new AccessDenied("Only members of " + managed.name() + " decide who takes part in its items.");
        }
        return em.createQuery("select p from Participation p where p.initiative.owner = :owner and p.status in :open"
                        + " order by p.createdAt, p.id", Participation.class)
                .setParameter("owner", managed)
                .setParameter("open", List.of(ParticipationStatus.INTERESTED, ParticipationStatus.PLEDGED))
                .getResultList();
    }

    /** Contact details are for the two organisations involved, not for every reader. */
    public boolean maySeeContact(Participation participation) {
        // Entities compare by identity: look the participation up again in this transaction's context.
        return Optional.ofNullable(em.find(Participation.class, participation.id()))
                .map(p -> people.mayActFor(p.organisation()) || people.mayActFor(p.initiative().owner()))
                .orElse(false);
    }

    private Participation decidable(Class<? extends Initiative> kind, long itemId, long participationId) {
        people.current();
        Participation participation = find(kind, itemId, participationId);
        Organisation owner = participation.initiative().owner();
        if (!people.mayActFor(owner)) {
            throw new AccessDenied("Only members of " + owner.name() + " decide who takes part in '"
                    + participation.initiative().title() + "'.");
        }
        return participation;
    }

    private Participation find(Class<? extends Initiative> kind, long itemId, long participationId) {
        Initiative item = authoring.readable(kind, itemId);
        return Optional.ofNullable(em.find(Participation.class, participationId))
                .filter(p -> p.initiative().equals(item))
                .orElseThrow(() -> new NotFound("'" + item.title() + "' has no participation with id " + participationId + "."));
    }
}

package se.hjulet.hub.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.EmailDomain;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;

/**
 * Turns a login into the person the hub knows. A request only reads the person; the record is written
 * when a login brings news (first sight, another name, other organisations), in a transaction of its
 * own, so one person's parallel requests never fight over the row and a failed write never takes the
 * request's own work with it.
 */
@Stateless
public class Enrolment {

    @PersistenceContext
    EntityManager em;

    /** In the caller's transaction: the stored person, if the login says nothing new about them. */
    public Optional<Person> knownAsIs(HubCaller caller) {
        return stored(caller).filter(person -> person.knowsAlready(caller, claimedOrganisations(caller), organisationByDomain(caller)));
    }

    /** In the caller's transaction: the stored person, however current. */
    public Optional<Person> stored(HubCaller caller) {
        return em.createNamedQuery(Person.BY_IDENTITY, Person.class)
                .setParameter("issuer", caller.issuer())
                .setParameter("subject", caller.subject())
                .getResultStream().findFirst();
    }

    /**
     * Creates or updates the person from the login, committed before the request goes on. A parallel
     * request of the same person may do the same at the same moment: one of the two then fails here
     * (unique identity or stale version) and the caller simply tries again, finding the other's work.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void takeOver(HubCaller caller) {
        List<Organisation> claimed = claimedOrganisations(caller);
        Organisation byDomain = organisationByDomain(caller);
        Optional<Person> stored = stored(caller);
        if (stored.isPresent() && stored.get().knowsAlready(caller, claimed, byDomain)) {
            return; // a parallel request of the same login did it a moment ago: writing again would only conflict with it
        }
        Person person = stored.orElseGet(() -> {
            var created = new Person(caller.issuer(), caller.subject());
            em.persist(created);
            return created;
        });
        person.refreshFrom(caller, claimed);
        person.followEmailDomain(byDomain);
        em.flush();
    }

    private List<Organisation> claimedOrganisations(HubCaller caller) {
        return caller.organisationCodes().stream()
                .map(code -> em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                        .setParameter("code", code).getResultStream().findFirst().orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    private Organisation organisationByDomain(HubCaller caller) {
        return caller.verifiedEmailDomain().map(domain -> em.find(EmailDomain.class, domain))
                .map(EmailDomain::organisation).orElse(null);
    }
}

package se.hjulet.hub.person.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;

/** The people behind logins: who is calling, and which organisations they act for. */
@Stateless
public class People {

    private static final String CURRENT_PERSON = People.class.getName() + ".person:";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Enrolment enrolment;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<HubCaller> caller() {
        return securityContext.getPrincipalsByType(HubCaller.class).stream().findFirst();
    }

    public boolean callerIsPlatformAdmin() {
        return caller().map(HubCaller::isPlatformAdmin).orElse(false);
    }

    /** The calling person, created on first sight and refreshed from the login's claims. */
    public Person current() {
        return currentIfAny().orElseThrow(NotAuthenticated::new);
    }

    public Optional<Person> currentIfAny() {
        return caller().map(this::personOfThisTransaction);
    }

    /**
     * A request asks who is calling many times (every authorisation check does): who it is, is looked up
     * once per transaction and kept by id, so the person and their organisations are read once per request;
     * a bulk load that empties its persistence context between items simply finds the person again.
     */
    private Person personOfThisTransaction(HubCaller caller) {
        if (transactions.getTransactionKey() == null) {
            return personFor(caller);
        }
        String key = CURRENT_PERSON + caller.issuer() + " " + caller.subject();
        Long known = (Long) transactions.getResource(key);
        Person person = known == null ? null : em.find(Person.class, known);
        if (person == null) {
            person = personFor(caller);
            transactions.putResource(key, person.id());
        }
        return person;
    }

    private Person personFor(HubCaller caller) {
        return enrolment.knownAsIs(caller).orElseGet(() -> {
            enrolOrJoinTwin(caller);
            Person person = enrolment.stored(caller).orElseThrow(
                    () -> new IllegalStateException("The person of " + caller.subject() + " was enrolled but cannot be read"));
            em.refresh(person); // this transaction may hold the row as it was before the enrolment
            return person;
        });
    }

    /** A parallel first request of the same person may enrol them at the same moment: then theirs stands. */
    private void enrolOrJoinTwin(HubCaller caller) {
        for (int attempt = 1; ; attempt++) {
            try {
                enrolment.takeOver(caller);
                return;
            } catch (EJBException raceWithATwin) {
                // Eight parallel first requests: each attempt finds what the winners wrote, so a few suffice.
                if (attempt == 5) {
                    throw raceWithATwin;
                }
            }
        }
    }

    /** May the caller act for (create, edit, publish on behalf of) this organisation? */
    public boolean mayActFor(Organisation organisation) {
        return currentIfAny().map(p -> p.isMemberOf(organisation)).orElse(false) || callerIsPlatformAdmin();
    }

    /** Platform admins and the organisation's own admins grant memberships. */
    @Interceptors(FlushBeforeReturning.class)
    public Person grantMembership(long personId, Organisation organisation, MembershipRole role) {
        Person actor = current();
        // The organisation may come from another transaction; entities compare by identity in this one.
        organisation = em.find(Organisation.class, organisation.id());
        if (!callerIsPlatformAdmin() && !actor.isAdminOf(organisation)) {
            throw new AccessDenied("Only platform admins and admins of " + organisation.name() + " grant memberships.");
        }
        if (role == null) {
            throw new InvalidInput("role", "Choose MEMBER or ORGANISATION_ADMIN.");
        }
        Person person = Optional.ofNullable(em.find(Person.class, personId))
                .orElseThrow(() -> new NotFound("No person with id " + personId + "."));
        person.grantMembership(organisation, role);
        return person;
    }
}

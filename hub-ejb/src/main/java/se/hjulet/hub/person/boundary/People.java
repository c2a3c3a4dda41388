package se.hjulet.hub.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Objects;
import java.util.Optional;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.EmailDomain;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;

/** The people behind logins: who is calling, and which organisations they act for. */
@Stateless
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

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
        return caller().map(this::personFor);
    }

    private Person personFor(HubCaller caller) {
        Person person = em.createNamedQuery(Person.BY_IDENTITY, Person.class)
                .setParameter("issuer", caller.issuer())
                .setParameter("subject", caller.subject())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    var created = new Person(caller.issuer(), caller.subject());
                    em.persist(created);
                    return created;
                });
        var claimed = caller.organisationCodes().stream()
                .map(code -> em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                        .setParameter("code", code).getResultStream().findFirst().orElse(null))
                .filter(Objects::nonNull)
                .toList();
        person.refreshFrom(caller, claimed);
        person.followEmailDomain(caller.verifiedEmailDomain()
                .map(domain -> em.find(EmailDomain.class, domain)).map(EmailDomain::organisation).orElse(null));
        return person;
    }

    /** May the caller act for (create, edit, publish on behalf of) this organisation? */
    public boolean mayActFor(Organisation organisation) {
        return currentIfAny().map(p -> p.isMemberOf(organisation)).orElse(false) || callerIsPlatformAdmin();
    }

    /** Platform admins and the organisation's own admins grant memberships. */
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

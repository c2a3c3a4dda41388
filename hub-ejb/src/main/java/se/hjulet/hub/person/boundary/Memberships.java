package se.hjulet.hub.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.EmailDomain;
import se.hjulet.hub.person.entity.MembershipRequest;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * The two ways into an organisation besides the login's claims: a verified e-mail domain that platform
 * admins map to it, and a request that one of its admins approves.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    public List<EmailDomain> domainsOf(Organisation organisation) {
        organisation = managed(organisation);
        return em.createNamedQuery(EmailDomain.OF_ORGANISATION, EmailDomain.class)
                .setParameter("organisation", organisation).getResultList();
    }

    /** Platform admins map a domain; from the next login on, people with a verified address there are members. */
    public EmailDomain mapDomain(Organisation organisation, String domain) {
        organisation = managed(organisation);
        requirePlatformAdmin();
        String normalised = EmailDomain.normalise(domain);
        var existing = em.find(EmailDomain.class, normalised);
        if (existing != null) {
            if (existing.organisation().equals(organisation)) {
                return existing;
            }
            throw new Conflict(normalised + " is mapped to " + existing.organisation().name() + " already; unmap it there first.");
        }
        var mapped = new EmailDomain(normalised, organisation);
        em.persist(mapped);
        return mapped;
    }

    public void unmapDomain(Organisation given, String domain) {
        Organisation organisation = managed(given);
        requirePlatformAdmin();
        var existing = Optional.ofNullable(em.find(EmailDomain.class, EmailDomain.normalise(domain)))
                .filter(d -> d.organisation().equals(organisation))
                .orElseThrow(() -> new NotFound(domain + " is not mapped to " + organisation.name() + "."));
        em.remove(existing);
    }

    public MembershipRequest request(Organisation organisation, String message) {
        organisation = managed(organisation);
        Person person = people.current();
        if (!em.createNamedQuery(MembershipRequest.PENDING_OF, MembershipRequest.class)
                .setParameter("organisation", organisation).setParameter("person", person).getResultList().isEmpty()) {
            throw new Conflict("You have asked to join " + organisation.name() + " already; its admins will answer.");
        }
        var request = new MembershipRequest(person, organisation, message);
        em.persist(request);
        return request;
    }

    public List<MembershipRequest> pending(Organisation organisation) {
        organisation = managed(organisation);
        requireAdminOf(organisation);
        return em.createNamedQuery(MembershipRequest.PENDING_FOR, MembershipRequest.class)
                .setParameter("organisation", organisation).getResultList();
    }

    public MembershipRequest approve(Organisation organisation, long requestId) {
        organisation = managed(organisation);
        Person admin = requireAdminOf(organisation);
        var request = requestOf(organisation, requestId);
        request.approve(admin);
        return request;
    }

    public MembershipRequest reject(Organisation organisation, long requestId) {
        organisation = managed(organisation);
        Person admin = requireAdminOf(organisation);
        var request = requestOf(organisation, requestId);
        request.reject(admin);
        return request;
    }

    /** Callers resolve the organisation in their own transaction; entities compare by identity in this one. */
    private Organisation managed(Organisation organisation) {
        return em.find(Organisation.class, organisation.id());
    }

    private MembershipRequest requestOf(Organisation organisation, long requestId) {
        return Optional.ofNullable(em.find(MembershipRequest.class, requestId))
                .filter(r -> r.organisation().equals(organisation))
                .orElseThrow(() -> new NotFound(organisation.name() + " has no membership request with id " + requestId + "."));
    }

    private Person requireAdminOf(Organisation organisation) {
        Person person = people.current();
        if (!people.callerIsPlatformAdmin() && !person.isAdminOf(organisation)) {
            throw new AccessDenied("Only admins of " + organisation.name() + " answer requests to join it.");
        }
        return person;
    }

    private void requirePlatformAdmin() {
        people.current();
        if (!people.callerIsPlatformAdmin()) {
            throw new AccessDenied("Only platform admins map e-mail domains to organisations.");
        }
    }
}

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
import se.hjulet.hub.person.entity.Membership;
import se.hjulet.hub.person.entity.MembershipRole;
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

    /** Someone in the organisation: the person and the role they have there. */
    public record Member(long personId, String name, String email, MembershipRole role) {
    }

    /**
     * Who belongs to the organisation, by name. Its members and admins (and platform admins) see who;
     * everyone else only how many, so nobody outside can gather names and addresses.
     */
    public List<Member> membersOf(Organisation organisation) {
        Organisation managed = managed(organisation);
        if (!people.mayActFor(managed)) {
            throw new AccessDenied("Only members of " + managed.name() + " see who its members are.");
        }
        return em.createQuery("select p from Person p join p.memberships m where m.organisation = :organisation"
                        + " order by p.displayName, p.id", Person.class)
                .setParameter("organisation", managed).getResultStream().distinct()
                .map(p -> new Member(p.id(), p.displayName(), p.email(), p.memberships().stream()
                        .filter(m -> m.organisation().equals(managed)).map(Membership::role).findFirst().orElse(MembershipRole.MEMBER)))
                .toList();
    }

    /** How many people belong to the organisation (for everyone). */
    public long memberCount(Organisation organisation) {
        return em.createQuery("select count(distinct p) from Person p join p.memberships m where m.organisation = :organisation", Long.class)
                .setParameter("organisation", managed(organisation)).getSingleResult();
    }

    /** Whether the caller has asked to join and waits for an answer. */
    public boolean hasAsked(Organisation organisation) {
        return people.currentIfAny().map(person -> !em.createNamedQuery(MembershipRequest.PENDING_OF, MembershipRequest.class)
                .setParameter("organisation", managed(organisation)).setParameter("person", person).getResultList().isEmpty())
                .orElse(false);
    }

    /** Whether the caller may answer the organisation's requests and grant its memberships. */
    public boolean mayAdminister(Organisation organisation) {
        Organisation managed = managed(organisation);
        return people.callerIsPlatformAdmin() || people.currentIfAny().map(p -> p.isAdminOf(managed)).orElse(false);
    }

    /**
     * People to grant a membership to, by name or e-mail address (at least three characters), for
     * platform admins and the organisation's admins.
     */
    public List<Member> findPeople(Organisation organisation, String text) {
        Organisation managed = managed(organisation);
        requireAdminOf(managed);
        if (text == null || text.strip().length() < 3) {
            return List.of();
        }
        String pattern = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("select p from Person p where lower(p.displayName) like :text or lower(p.email) like :text"
                        + " order by p.displayName, p.id", Person.class)
                .setParameter("text", pattern).setMaxResults(20).getResultStream()
                .map(p -> new Member(p.id(), p.displayName(), p.email(), p.isAdminOf(managed) ? MembershipRole.ORGANISATION_ADMIN
                        : p.isMemberOf(managed) ? MembershipRole.MEMBER : null))
                .toList();
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

package se.hjulet.hub.person.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.NotFound;

/** Someone who logged in through OpenID Connect, known by issuer and subject, acting for organisations. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_IDENTITY,
        query = "select p from Person p where p.issuer = :issuer and p.subject = :subject")
@NamedQuery(name = Person.BY_FEED_TOKEN, query = "select p from Person p where p.feedToken = :token")
public class Person {

    public static final String BY_IDENTITY = "Person.byIdentity";
    public static final String BY_FEED_TOKEN = "Person.byFeedToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "person_id"))
    private List<Membership> memberships = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** The secret in the address of the person's notification feed; a feed reader cannot log in. */
    @Column(name = "feed_token", unique = true)
    private String feedToken;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String issuer, String subject) {
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.createdAt = Instant.now();
        this.lastSeenAt = createdAt;
    }

    /**
     * Whether the person already stands as this login says: name, e-mail, the organisations its claims
     * name and the one its verified e-mail domain maps to. Only then may a request read the person
     * without writing it, so one person's parallel requests never compete for the row.
     */
    public boolean knowsAlready(HubCaller caller, Collection<Organisation> claimedOrganisations, Organisation byDomain) {
        return Objects.equals(displayName, truncate(caller.displayName(), 200))
                && Objects.equals(email, truncate(caller.email(), 320))
                && memberships.stream().noneMatch(m -> m.source() == MembershipSource.CLAIM && !claimedOrganisations.contains(m.organisation()))
                && claimedOrganisations.stream().allMatch(this::isMemberOf)
                && memberships.stream().noneMatch(m -> m.source() == MembershipSource.DOMAIN && !m.organisation().equals(byDomain))
                && (byDomain == null || isMemberOf(byDomain));
    }

    /**
     * Takes over name, e-mail and claim memberships from a login that brought news (see
     * {@link #knowsAlready}). Memberships an admin granted stay; claim memberships the provider no
     * longer asserts go. {@code lastSeenAt} is when a login last changed what the hub knows.
     */
    public void refreshFrom(HubCaller caller, Collection<Organisation> claimedOrganisations) {
        displayName = truncate(caller.displayName(), 200);
        email = truncate(caller.email(), 320);
        lastSeenAt = Instant.now();
        memberships.removeIf(m -> m.source() == MembershipSource.CLAIM && !claimedOrganisations.contains(m.organisation()));
        for (Organisation organisation : claimedOrganisations) {
            if (!isMemberOf(organisation)) {
                memberships.add(new Membership(organisation, MembershipRole.MEMBER, MembershipSource.CLAIM));
            }
        }
    }

    /**
     * The organisation the person's verified e-mail domain is mapped to, if any, makes them a member;
     * a domain membership goes when the address or the mapping no longer says so.
     */
    public void followEmailDomain(Organisation byDomain) {
        memberships.removeIf(m -> m.source() == MembershipSource.DOMAIN && !m.organisation().equals(byDomain));
        if (byDomain != null && !isMemberOf(byDomain)) {
            memberships.add(new Membership(byDomain, MembershipRole.MEMBER, MembershipSource.DOMAIN));
        }
    }

    public void grantMembership(Organisation organisation, MembershipRole role) {
        memberships.removeIf(m -> m.organisation().equals(organisation));
        memberships.add(new Membership(organisation, role, MembershipSource.ADMIN));
    }

    /**
     * An admin takes the person out of the organisation. Only a membership an admin made can go: one from
     * the login's claims or a verified e-mail domain would come back with the person's next request, so
     * it is refused with what to change instead.
     */
    public void revokeMembership(Organisation organisation) {
        Membership membership = memberships.stream().filter(m -> m.organisation().equals(organisation)).findFirst()
                .orElseThrow(() -> new NotFound(displayNameOrSubject() + " is not a member of " + organisation.name() + "."));
        switch (membership.source()) {
            case CLAIM -> throw new Conflict(displayNameOrSubject() + " is a member of " + organisation.name()
                    + " through the login's claims; the identity provider has to stop asserting it.");
            case DOMAIN -> throw new Conflict(displayNameOrSubject() + " is a member of " + organisation.name()
                    + " through a verified e-mail domain; unmap the domain instead.");
            case ADMIN -> memberships.remove(membership);
        }
    }

    private String displayNameOrSubject() {
        return displayName != null && !displayName.isBlank() ? displayName : subject;
    }

    public boolean isMemberOf(Organisation organisation) {
        return memberships.stream().anyMatch(m -> m.organisation().equals(organisation));
    }

    public boolean isAdminOf(Organisation organisation) {
        return memberships.stream().anyMatch(m -> m.organisation().equals(organisation)
                && m.role() == MembershipRole.ORGANISATION_ADMIN);
    }

    /** The secret of the person's notification feed, made the first time it is asked for. */
    public String feedToken() {
        if (feedToken == null) {
            renewFeedToken();
        }
        return feedToken;
    }

    /** A new secret: the old feed address stops working (it was shared by mistake, say). */
    public void renewFeedToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        feedToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean hasFeed() {
        return feedToken != null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public Set<Organisation> organisations() {
        var result = new java.util.LinkedHashSet<Organisation>();
        memberships.forEach(m -> result.add(m.organisation()));
        return result;
    }

    /** The same row is the same person, as for {@link se.hjulet.hub.organisation.entity.Organisation#equals}. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Person that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }
}

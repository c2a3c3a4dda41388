package se.hjulet.hub.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.platform.entity.Conflict;

/** A person asks to become a member of an organisation; one of its admins approves or rejects. */
@Entity
@Table(name = "membership_request")
@NamedQuery(name = MembershipRequest.PENDING_FOR,
        query = "select r from MembershipRequest r where r.organisation = :organisation and r.status = se.hjulet.hub.person.entity.MembershipRequest.Status.PENDING order by r.createdAt")
@NamedQuery(name = MembershipRequest.PENDING_OF,
        query = "select r from MembershipRequest r where r.organisation = :organisation and r.person = :person and r.status = se.hjulet.hub.person.entity.MembershipRequest.Status.PENDING")
@NamedQuery(name = MembershipRequest.ALL_PENDING,
        query = "select r from MembershipRequest r where r.status = se.hjulet.hub.person.entity.MembershipRequest.Status.PENDING order by r.createdAt, r.id")
public class MembershipRequest {

    public static final String ALL_PENDING = "MembershipRequest.allPending";
    public static final String PENDING_FOR = "MembershipRequest.pendingFor";
    public static final String PENDING_OF = "MembershipRequest.pendingOf";

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    protected MembershipRequest() {
    }

    public MembershipRequest(Person person, Organisation organisation, String message) {
        if (person.isMemberOf(organisation)) {
            throw new Conflict("You are a member of " + organisation.name() + " already.");
        }
        this.person = person;
        this.organisation = organisation;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.createdAt = Instant.now();
    }

    /** The person becomes a member (an admin's decision, so it stays whatever the login says later). */
    public void approve(Person admin) {
        decide(Status.APPROVED, admin);
        person.grantMembership(organisation, MembershipRole.MEMBER);
    }

    public void reject(Person admin) {
        decide(Status.REJECTED, admin);
    }

    private void decide(Status decision, Person admin) {
        if (status != Status.PENDING) {
            throw new Conflict("This request was " + status.name().toLowerCase() + " already.");
        }
        status = decision;
        decidedBy = admin;
        decidedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Status status() {
        return status;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

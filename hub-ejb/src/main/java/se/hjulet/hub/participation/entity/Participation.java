package se.hjulet.hub.participation.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/** One organisation's part in another organisation's project or procurement need. */
@Entity
@Table(name = "participation")
@NamedQuery(name = Participation.OF_ITEM,
        query = "select p from Participation p where p.initiative = :item order by p.createdAt, p.id")
@NamedQuery(name = Participation.OF_ITEM_AND_ORGANISATION,
        query = "select p from Participation p where p.initiative = :item and p.organisation = :organisation")
public class Participation {

    public static final String OF_ITEM = "Participation.ofItem";
    public static final String OF_ITEM_AND_ORGANISATION = "Participation.ofItemAndOrganisation";

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipationStatus status = ParticipationStatus.INTERESTED;

    private String message;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "pledged_sek")
    private Long pledgedSek;

    @Column(name = "person_days")
    private Integer personDays;

    @Column(name = "joins_procurement", nullable = false)
    private boolean joinsProcurement;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Participation() {
    }

    /** An organisation says it is interested; the owner cannot be interested in its own item. */
    public Participation(Initiative initiative, Organisation organisation, Person createdBy,
                         String message, String contactName, String contactEmail) {
        if (organisation.equals(initiative.owner())) {
            throw new InvalidInput("organisation", organisation.name() + " owns '" + initiative.title()
                    + "' and cannot take part in it as a partner.");
        }
        if (!initiative.isPublic()) {
            throw new Conflict("'" + initiative.title() + "' is not published; only published items take partners.");
        }
        this.initiative = initiative;
        this.organisation = organisation;
        this.createdBy = createdBy;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.contactName = contactName == null || contactName.isBlank() ? null : contactName.strip();
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * What the organisation commits: money, people's time, joining the procurement. Pledging again
     * before the owner decides replaces the earlier pledge.
     */
    public void pledge(Long amountSek, Integer days, boolean joins, boolean itemTakesCoProcurers) {
        if (status == ParticipationStatus.ACCEPTED || status == ParticipationStatus.DECLINED) {
            throw new Conflict("The owner has already " + status.name().toLowerCase() + " this participation; it can no longer change.");
        }
        if (amountSek != null && amountSek < 0) {
            throw new InvalidInput("amountSek", "A pledge cannot be a negative amount (" + amountSek + " SEK).");
        }
        if (days != null && days < 0) {
            throw new InvalidInput("personDays", "A pledge cannot be a negative number of person-days (" + days + ").");
        }
        if (joins && !itemTakesCoProcurers) {
            throw new InvalidInput("joinsProcurement", "'" + initiative.title() + "' is not a procurement that is open for others to join.");
        }
        boolean nothing = (amountSek == null || amountSek == 0) && (days == null || days == 0) && !joins;
        if (nothing) {
            throw new InvalidInput("amountSek", "A pledge needs money, person-days or joining the procurement.");
        }
        this.pledgedSek = amountSek;
        this.personDays = days;
        this.joinsProcurement = joins;
        this.status = ParticipationStatus.PLEDGED;
        this.updatedAt = Instant.now();
    }

    /** The owner takes the pledge: from now on it counts in the item's totals. */
    public void accept() {
        if (status != ParticipationStatus.PLEDGED) {
            throw new Conflict("Only a pledge can be accepted; " + organisation.name() + "'s participation is "
                    + status.name().toLowerCase() + ".");
        }
        decide(ParticipationStatus.ACCEPTED);
    }

    public void decline() {
        if (status == ParticipationStatus.ACCEPTED || status == ParticipationStatus.DECLINED) {
            throw new Conflict(organisation.name() + "'s participation is " + status.name().toLowerCase() + " already.");
        }
        decide(ParticipationStatus.DECLINED);
    }

    private void decide(ParticipationStatus decision) {
        status = decision;
        decidedAt = Instant.now();
        updatedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public Initiative initiative() {
        return initiative;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ParticipationStatus status() {
        return status;
    }

    public String message() {
        return message;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public long pledgedSek() {
        return pledgedSek == null ? 0 : pledgedSek;
    }

    public int personDays() {
        return personDays == null ? 0 : personDays;
    }

    public boolean joinsProcurement() {
        return joinsProcurement;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}

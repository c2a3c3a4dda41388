package se.hjulet.hub.reuse.entity;

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
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * "Vi har återanvänt detta": an organisation reused, or was inspired by, another's published item, and may
 * name its own project or learning example that came of it: a lifecycle link of its own kind, shown on
 * both items. Once per organisation and item.
 */
@Entity
@Table(name = "reuse_mark")
@NamedQuery(name = ReuseMark.OF_ITEM, query = "select r from ReuseMark r where r.item = :item order by r.createdAt, r.id")
@NamedQuery(name = ReuseMark.COUNT_OF_ITEM, query = "select count(r) from ReuseMark r where r.item = :item")
@NamedQuery(name = ReuseMark.BY_ORGANISATION, query = "select r from ReuseMark r where r.organisation = :organisation"
        + " order by r.createdAt desc, r.id desc")
@NamedQuery(name = ReuseMark.OF_WORK_OF, query = "select r from ReuseMark r where r.item.owner = :organisation"
        + " order by r.createdAt desc, r.id desc")
@NamedQuery(name = ReuseMark.LEADING_TO, query = "select r from ReuseMark r where r.ownItem = :item order by r.createdAt, r.id")
@NamedQuery(name = ReuseMark.SAME, query = "select r from ReuseMark r where r.item = :item and r.organisation = :organisation")
@NamedQuery(name = ReuseMark.BY_PERSON, query = "select r from ReuseMark r where r.markedBy = :person")
public class ReuseMark {

    public static final String OF_ITEM = "ReuseMark.ofItem";
    public static final String COUNT_OF_ITEM = "ReuseMark.countOfItem";
    public static final String BY_ORGANISATION = "ReuseMark.byOrganisation";
    public static final String OF_WORK_OF = "ReuseMark.ofWorkOf";
    public static final String LEADING_TO = "ReuseMark.leadingTo";
    public static final String SAME = "ReuseMark.same";
    public static final String BY_PERSON = "ReuseMark.byPerson";
    public static final int MAX_NOTE = 2000;

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative item;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReuseKind how;

    @ManyToOne
    @JoinColumn(name = "own_initiative_id")
    private Initiative ownItem;

    private String note;

    @ManyToOne
    @JoinColumn(name = "marked_by")
    private Person markedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReuseMark() {
    }

    /**
     * @param ownItem the organisation's own item that came of it, or null; it must be the organisation's and
     *                not the reused item itself
     */
    public ReuseMark(Initiative item, Organisation organisation, ReuseKind how, Initiative ownItem, String note, Person markedBy) {
        if (!item.isPublic()) {
            throw new InvalidInput("itemId", "Only published items can be marked as reused.");
        }
        if (item.owner().equals(organisation)) {
            throw new InvalidInput("organisation", organisation.name() + " owns '" + item.title()
                    + "'; mark what your organisation reused from others.");
        }
        if (ownItem != null && !ownItem.owner().equals(organisation)) {
            throw new InvalidInput("ownItemId", "'" + ownItem.title() + "' is not " + organisation.name()
                    + "'s; name an item of the organisation that reused.");
        }
        if (ownItem != null && ownItem.equals(item)) {
            throw new InvalidInput("ownItemId", "The item that came of the reuse cannot be the reused item itself.");
        }
        this.item = item;
        this.organisation = organisation;
        this.how = how == null ? ReuseKind.REUSED : how;
        this.ownItem = ownItem;
        this.note = noteOf(note);
        this.markedBy = markedBy;
        this.createdAt = Instant.now();
    }

    private static String noteOf(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        if (trimmed.length() > MAX_NOTE) {
            throw new InvalidInput("note", "The note is " + trimmed.length() + " characters; at most " + MAX_NOTE + " are allowed.");
        }
        return trimmed;
    }

    /** The person who marked it erased what they wrote: the organisation's mark stays, without them. */
    public void forgetPerson() {
        markedBy = null;
    }

    public Long id() {
        return id;
    }

    public Initiative item() {
        return item;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ReuseKind how() {
        return how;
    }

    public Initiative ownItem() {
        return ownItem;
    }

    public String note() {
        return note;
    }

    public Person markedBy() {
        return markedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

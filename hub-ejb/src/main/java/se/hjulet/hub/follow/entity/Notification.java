package se.hjulet.hub.follow.entity;

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
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.person.entity.Person;

/** News for a person: an initiative or collection they follow (or that a follow of theirs found) was published or changed. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_PERSON, query = "select n from Notification n left join n.initiative i left join n.collection c"
        + " where n.person = :person and " + Notification.STILL_PUBLIC + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD, query = "select count(n) from Notification n left join n.initiative i left join n.collection c"
        + " where n.person = :person and n.readAt is null and " + Notification.STILL_PUBLIC)
@NamedQuery(name = Notification.ALREADY_OF_ITEM, query = "select count(n) from Notification n where n.person = :person"
        + " and n.initiative = :initiative and n.itemChangedAt = :changedAt")
@NamedQuery(name = Notification.TOLD_SINCE, query = "select count(n) from Notification n where n.person = :person"
        + " and n.initiative = :initiative and n.itemChangedAt >= :since")
@NamedQuery(name = Notification.ALREADY_OF_COLLECTION, query = "select count(n) from Notification n where n.person = :person"
        + " and n.collection = :collection and n.itemChangedAt = :changedAt")
@NamedQuery(name = Notification.MAIL_DUE, query = "select n from Notification n where n.mailDue = true and n.mailedAt is null"
        + " order by n.person.id, n.createdAt, n.id")
public class Notification {

    public static final String OF_PERSON = "Notification.ofPerson";
    public static final String UNREAD = "Notification.unread";
    public static final String ALREADY_OF_ITEM = "Notification.alreadyOfItem";
    public static final String TOLD_SINCE = "Notification.toldSince";
    public static final String ALREADY_OF_COLLECTION = "Notification.alreadyOfCollection";
    public static final String MAIL_DUE = "Notification.mailDue";
    /** An item that was unpublished or made private since leaves the person's list (its page would not open). */
    static final String STILL_PUBLIC = "(i is null or i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED)"
            + " and (c is null or c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC)";

    /** What happened to the item. */
    public enum Change {
        PUBLISHED, CHANGED
    }

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "follow_id")
    private Follow follow;

    @ManyToOne
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne
    @JoinColumn(name = "collection_id")
    private CuratedCollection collection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change change;

    @Column(name = "item_changed_at", nullable = false)
    private Instant itemChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mail_due", nullable = false)
    private boolean mailDue;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Version
    private long version;

    protected Notification() {
    }

    private Notification(Follow follow, Change change, Instant itemChangedAt) {
        this.person = follow.person();
        this.follow = follow;
        this.change = change;
        this.itemChangedAt = itemChangedAt;
        this.createdAt = Instant.now();
        String email = follow.person().email();
        this.mailDue = follow.delivery().mails() && email != null && !email.isBlank();
    }

    /**
     * News of an item's change: "published" when it was published after the follow began and the person has not heard
     * of it since, else "changed" (the time between publishing and a change says nothing: news of both can come in
     * one batch, and an item followed after its publishing is only ever changed for its follower).
     *
     * @param toldSincePublished whether the person already has news of the item from its publishing on
     */
    public static Notification of(Follow follow, Initiative initiative, boolean toldSincePublished) {
        Instant published = initiative.publishedAt();
        boolean newToTheFollower = published != null && !published.isBefore(follow.createdAt()) && !toldSincePublished;
        var notification = new Notification(follow, newToTheFollower ? Change.PUBLISHED : Change.CHANGED, initiative.updatedAt());
        notification.initiative = initiative;
        return notification;
    }

    public static Notification of(Follow follow, CuratedCollection collection) {
        var notification = new Notification(follow, Change.CHANGED, collection.updatedAt());
        notification.collection = collection;
        return notification;
    }

    /** Whether the item is still there for everyone (published, or a public collection). */
    public boolean itemIsPublic() {
        return initiative != null ? initiative.isPublic() : collection != null && collection.isPublic();
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void mailed(Instant at) {
        mailedAt = at;
    }

    /** The item's title. */
    public String title() {
        return initiative != null ? initiative.title() : collection.title();
    }

    /** The item's page, relative to the hub's root. */
    public String pagePath() {
        return initiative != null ? initiative.pagePath() : collection.pagePath();
    }

    /** {@code learning_example}, {@code project}, {@code procurement_need} or {@code collection}. */
    public String itemKind() {
        return initiative != null ? initiative.kind() : CuratedCollection.KIND;
    }

    public long itemId() {
        return initiative != null ? initiative.id() : collection.id();
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Follow follow() {
        return follow;
    }

    public Initiative initiative() {
        return initiative;
    }

    public CuratedCollection collection() {
        return collection;
    }

    public Change change() {
        return change;
    }

    public Instant itemChangedAt() {
        return itemChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean mailDue() {
        return mailDue;
    }

    public Instant mailedAt() {
        return mailedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Notification that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Notification.class.hashCode();
    }
}

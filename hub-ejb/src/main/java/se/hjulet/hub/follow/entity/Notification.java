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
import java.util.Optional;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * News for a person: an initiative or collection they follow (or that a follow of theirs found) was published or changed;
 * or, through their network follow, an answer to their question, a comment on their organisation's item (a reply to their
 * comment) or a reuse mark on their organisation's item.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_PERSON, query = "select n from Notification n left join n.initiative i left join n.collection c"
        + Notification.POSTS + " where n.person = :person and " + Notification.STILL_PUBLIC + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD, query = "select count(n) from Notification n left join n.initiative i left join n.collection c"
        + Notification.POSTS + " where n.person = :person and n.readAt is null and " + Notification.STILL_PUBLIC)
@NamedQuery(name = Notification.ALREADY_OF_ITEM, query = "select count(n) from Notification n where n.person = :person"
        + " and n.initiative = :initiative and n.itemChangedAt = :changedAt and " + Notification.OF_ITEM_CHANGES)
@NamedQuery(name = Notification.TOLD_SINCE, query = "select count(n) from Notification n where n.person = :person"
        + " and n.initiative = :initiative and n.itemChangedAt >= :since and " + Notification.OF_ITEM_CHANGES)
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
            + " and (c is null or c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC)"
            // A post hidden by a moderator or deleted since takes its news with it.
            + " and (q is null or (q.deletedAt is null and q.hiddenAt is null)) and (a is null or a.hiddenAt is null)"
            + " and (cm is null or (cm.deletedAt is null and cm.hiddenAt is null))";
    static final String POSTS = " left join n.question q left join n.answer a left join n.comment cm";
    /** News of an item's own changes (not of the comments and reuse marks it got). */
    static final String OF_ITEM_CHANGES = "n.change in (se.hjulet.hub.follow.entity.Notification.Change.PUBLISHED,"
            + " se.hjulet.hub.follow.entity.Notification.Change.CHANGED)";

    /** What happened to the item. */
    public enum Change {
        PUBLISHED, CHANGED,
        /** Someone answered the person's question. */
        ANSWERED,
        /** Someone commented on an item of the person's organisation (or curated by them). */
        COMMENTED,
        /** Someone replied to the person's comment. */
        REPLIED,
        /** An organisation marked an item of the person's organisation as reused. */
        REUSED
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

    @ManyToOne
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @ManyToOne
    @JoinColumn(name = "comment_id")
    private Comment comment;

    @ManyToOne
    @JoinColumn(name = "reuse_mark_id")
    private ReuseMark reuseMark;

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

    /**
     * News for the asker of an answer to their question, through their network follow; none when the asker wrote the
     * answer themselves, or when question or answer is out of view (a person hears of nobody's hidden posts).
     */
    public static Optional<Notification> ofAnswer(Follow network, Answer answer) {
        Question question = answer.question();
        if (!question.isWrittenBy(network.person()) || answer.isWrittenBy(network.person()) || answer.isHidden()
                || !question.isPublic()) {
            return Optional.empty();
        }
        var notification = new Notification(network, Change.ANSWERED, answer.createdAt());
        notification.question = question;
        notification.answer = answer;
        return Optional.of(notification);
    }

    /**
     * News of a comment for a person it concerns (the boundary names them: members of the item's owner, the collection's
     * curator, the author of the comment replied to): "replied" when it answers their own comment, else "commented".
     * None for the comment's author, nor for a comment or item out of view.
     */
    public static Optional<Notification> ofComment(Follow network, Comment comment) {
        if (comment.isWrittenBy(network.person()) || comment.isHidden() || comment.isDeleted()
                || comment.initiative() != null && !comment.initiative().isPublic()
                || comment.collection() != null && !comment.collection().isPublic()) {
            return Optional.empty();
        }
        boolean replyToThem = comment.isReply() && comment.replyTo().isWrittenBy(network.person());
        var notification = new Notification(network, replyToThem ? Change.REPLIED : Change.COMMENTED, comment.createdAt());
        notification.comment = comment;
        notification.initiative = comment.initiative();
        notification.collection = comment.collection();
        return Optional.of(notification);
    }

    /** News of a reuse mark for a member of the item's owner; none for the person who marked it, nor for a draft. */
    public static Optional<Notification> ofReuse(Follow network, ReuseMark mark) {
        if (network.person().equals(mark.markedBy()) || !mark.item().isPublic()) {
            return Optional.empty();
        }
        var notification = new Notification(network, Change.REUSED, mark.createdAt());
        notification.reuseMark = mark;
        notification.initiative = mark.item();
        return Optional.of(notification);
    }

    /** Whether what it is about is still there for everyone (published, a public collection, a post in view). */
    public boolean itemIsPublic() {
        if (question != null && !question.isPublic() || answer != null && answer.isHidden()
                || comment != null && (comment.isHidden() || comment.isDeleted())) {
            return false;
        }
        if (question != null) {
            return true;
        }
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

    /** The item's title (the question's, for an answer). */
    public String title() {
        if (question != null) {
            return question.title();
        }
        return initiative != null ? initiative.title() : collection.title();
    }

    /** The item's page, relative to the hub's root. */
    public String pagePath() {
        if (answer != null) {
            return answer.pagePath();
        }
        if (comment != null) {
            return comment.pagePath();
        }
        return initiative != null ? initiative.pagePath() : collection.pagePath();
    }

    /** {@code learning_example}, {@code project}, {@code procurement_need}, {@code collection} or {@code question}. */
    public String itemKind() {
        if (question != null) {
            return Question.KIND;
        }
        return initiative != null ? initiative.kind() : CuratedCollection.KIND;
    }

    public long itemId() {
        if (question != null) {
            return question.id();
        }
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

    public Question question() {
        return question;
    }

    public Answer answer() {
        return answer;
    }

    public Comment comment() {
        return comment;
    }

    public ReuseMark reuseMark() {
        return reuseMark;
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

package se.hjulet.hub.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * A comment on a published initiative or a public collection, or a reply to one (one level: a reply is
 * never replied to). Its author edits or deletes it; members of the item's owner pin one comment per item.
 */
@Entity
@Table(name = "item_comment")
@NamedQuery(name = Comment.ON_INITIATIVE, query = "select c from Comment c where c.initiative = :item order by c.createdAt, c.id")
@NamedQuery(name = Comment.ON_COLLECTION, query = "select c from Comment c where c.collection = :item order by c.createdAt, c.id")
@NamedQuery(name = Comment.PINNED_ON_INITIATIVE, query = "select c from Comment c where c.initiative = :item and c.pinned = true")
@NamedQuery(name = Comment.PINNED_ON_COLLECTION, query = "select c from Comment c where c.collection = :item and c.pinned = true")
@NamedQuery(name = Comment.REPLIES, query = "select count(c) from Comment c where c.replyTo = :comment")
@NamedQuery(name = Comment.BY_AUTHOR, query = "select c from Comment c where c.author = :author order by c.createdAt, c.id")
@NamedQuery(name = Comment.SINCE_BY_AUTHOR, query = "select c.createdAt from Comment c where c.author = :author and c.createdAt > :since")
public class Comment extends Post {

    public static final String ON_INITIATIVE = "Comment.onInitiative";
    public static final String ON_COLLECTION = "Comment.onCollection";
    public static final String PINNED_ON_INITIATIVE = "Comment.pinnedOnInitiative";
    public static final String PINNED_ON_COLLECTION = "Comment.pinnedOnCollection";
    public static final String REPLIES = "Comment.replies";
    public static final String BY_AUTHOR = "Comment.byAuthor";
    public static final String SINCE_BY_AUTHOR = "Comment.sinceByAuthor";
    public static final int MAX_TEXT = 4_000;

    @ManyToOne
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne
    @JoinColumn(name = "collection_id")
    private CuratedCollection collection;

    @ManyToOne
    @JoinColumn(name = "reply_to_id")
    private Comment replyTo;

    private boolean pinned;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Comment() {
    }

    private Comment(Initiative initiative, CuratedCollection collection, Comment replyTo, Person author,
                    Organisation organisation, String text) {
        super(author, organisation, text, MAX_TEXT);
        this.initiative = initiative;
        this.collection = collection;
        this.replyTo = replyTo;
    }

    /** A new thread on a published initiative. */
    public static Comment on(Initiative item, Person author, Organisation organisation, String text) {
        if (!item.isPublic()) {
            throw new Conflict("Only published items take comments; '" + item.title() + "' is " + item.status().name().toLowerCase() + ".");
        }
        return new Comment(item, null, null, author, organisation, text);
    }

    /** A new thread on a public collection. */
    public static Comment on(CuratedCollection collection, Person author, Organisation organisation, String text) {
        if (!collection.isPublic()) {
            throw new Conflict("Only public collections take comments; '" + collection.title() + "' is shared with a few only.");
        }
        return new Comment(null, collection, null, author, organisation, text);
    }

    /** A reply to this comment, on the same item. */
    public Comment reply(Person author, Organisation organisation, String text) {
        if (replyTo != null) {
            throw new InvalidInput("replyTo", "Replies go one level deep: reply to the comment that starts the thread ("
                    + replyTo.id() + ").");
        }
        if (isDeleted() || isHidden()) {
            throw new Conflict("That comment was " + (isDeleted() ? "deleted" : "hidden by a moderator") + " and takes no replies.");
        }
        if (initiative != null && !initiative.isPublic() || collection != null && !collection.isPublic()) {
            throw new Conflict("The item of that comment is no longer public and takes no comments.");
        }
        return new Comment(initiative, collection, this, author, organisation, text);
    }

    @Override
    public void edit(Person editor, String newText) {
        if (isDeleted()) {
            throw new Conflict("This comment was deleted and cannot be changed.");
        }
        super.edit(editor, newText);
    }

    /** Pinned first on the item's page; the boundary unpins the one pinned before. */
    public void pin() {
        if (replyTo != null) {
            throw new Conflict("Only a comment that starts a thread can be pinned, not a reply.");
        }
        if (isDeleted() || isHidden()) {
            throw new Conflict("A deleted or hidden comment cannot be pinned.");
        }
        pinned = true;
    }

    public void unpin() {
        pinned = false;
    }

    /**
     * The author deletes the comment. With replies beneath it, its place stays (without text or author) so
     * the replies keep their sense; answers whether the row can go altogether.
     */
    public boolean delete(Person author, boolean hasReplies) {
        requireAuthor(author, "delete");
        if (isDeleted()) {
            throw new Conflict("This comment was deleted already.");
        }
        if (hasReplies) {
            markDeleted();
            return false;
        }
        return true;
    }

    /** Kept as a place in the thread, without text, author or pin. */
    public void markDeleted() {
        deletedAt = Instant.now();
        pinned = false;
        blankText();
        forgetAuthor();
    }

    @Override
    public String pagePath() {
        return (initiative != null ? initiative.pagePath() : collection.pagePath()) + "#kommentar-" + id();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isReply() {
        return replyTo != null;
    }

    public Initiative initiative() {
        return initiative;
    }

    public CuratedCollection collection() {
        return collection;
    }

    public Comment replyTo() {
        return replyTo;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    @Override
    public PostKind postKind() {
        return PostKind.COMMENT;
    }

    @Override
    protected int maxLength() {
        return MAX_TEXT;
    }
}

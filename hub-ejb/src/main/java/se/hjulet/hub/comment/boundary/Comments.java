package se.hjulet.hub.comment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.collection.boundary.Collections;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.control.Bylines;
import se.hjulet.hub.moderation.control.PostingLimit;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * Comments on items. Whoever may read the item reads its comments; a logged-in person comments on a
 * published initiative or a public collection, and edits or deletes their own comments; members of the
 * initiative's owner (the collection's curator) pin one. Drafts, archived items and collections shared
 * with a few take no comments; whoever may not read them is told they do not exist.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Comments {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Authoring authoring;

    @Inject
    Collections collections;

    @Inject
    PostingLimit postingLimit;

    @Inject
    Bylines bylines;

    /** The comments on an initiative the caller may read, threads in the order they were started. */
    public List<Comment> onInitiative(long initiativeId) {
        return em.createNamedQuery(Comment.ON_INITIATIVE, Comment.class)
                .setParameter("item", authoring.readable(Initiative.class, initiativeId)).getResultList();
    }

    /** The comments on a collection the caller may read ({@code token}: a link-only collection's). */
    public List<Comment> onCollection(long collectionId, String token) {
        return em.createNamedQuery(Comment.ON_COLLECTION, Comment.class)
                .setParameter("item", collections.read(collectionId, token)).getResultList();
    }

    public Comment commentOnInitiative(long initiativeId, CommentInput input) {
        Person author = people.current();
        Initiative item = authoring.readable(Initiative.class, initiativeId);
        return write(input, author, replyTo -> replyTo.initiative() != null && replyTo.initiative().equals(item),
                organisation -> Comment.on(item, author, organisation, input.text()));
    }

    public Comment commentOnCollection(long collectionId, CommentInput input) {
        Person author = people.current();
        CuratedCollection collection = collections.read(collectionId, null);
        return write(input, author, replyTo -> replyTo.collection() != null && replyTo.collection().id().equals(collection.id()),
                organisation -> Comment.on(collection, author, organisation, input.text()));
    }

    private Comment write(CommentInput input, Person author, java.util.function.Predicate<Comment> onThisItem,
                          java.util.function.Function<Organisation, Comment> newThread) {
        Organisation organisation = bylines.writingFor(input.organisation());
        postingLimit.allowAnother(author);
        Comment comment;
        if (input.replyTo() == null) {
            comment = newThread.apply(organisation);
        } else {
            Comment first = Optional.ofNullable(em.find(Comment.class, input.replyTo())).filter(onThisItem)
                    .orElseThrow(() -> new InvalidInput("replyTo", "There is no comment with id " + input.replyTo() + " on this item."));
            comment = first.reply(author, organisation, input.text());
        }
        em.persist(comment);
        return comment;
    }

    public Comment edit(long commentId, CommentInput input) {
        Person author = people.current();
        Comment comment = readable(commentId);
        comment.edit(author, input.text());
        return comment;
    }

    /** The author deletes a comment: gone, or (with replies beneath it) left as an empty place in the thread. */
    public void delete(long commentId) {
        Person author = people.current();
        Comment comment = readable(commentId);
        boolean hasReplies = em.createNamedQuery(Comment.REPLIES, Long.class).setParameter("comment", comment).getSingleResult() > 0;
        if (comment.delete(author, hasReplies)) {
            em.remove(comment);
        }
    }

    /** A member of the owner (a collection's curator) pins the comment; the one pinned before is unpinned. */
    public Comment pin(long commentId) {
        Comment comment = pinnable(commentId);
        pinnedBeside(comment).forEach(Comment::unpin);
        comment.pin();
        return comment;
    }

    public Comment unpin(long commentId) {
        Comment comment = pinnable(commentId);
        comment.unpin();
        return comment;
    }

    /** Whether the caller may pin comments on this comment's item (drives what pages offer). */
    public boolean mayPin(Comment comment) {
        if (comment.initiative() != null) {
            return people.mayActFor(comment.initiative().owner());
        }
        return collections.mayEdit(comment.collection());
    }

    /** Whether the caller may pin comments on the initiative (pages ask before they have a comment). */
    public boolean mayPinOn(Initiative item) {
        return people.mayActFor(item.owner());
    }

    public Optional<Person> caller() {
        return people.currentIfAny();
    }

    public boolean callerModerates() {
        return people.callerIsPlatformAdmin();
    }

    private List<Comment> pinnedBeside(Comment comment) {
        return comment.initiative() != null
                ? em.createNamedQuery(Comment.PINNED_ON_INITIATIVE, Comment.class).setParameter("item", comment.initiative()).getResultList()
                : em.createNamedQuery(Comment.PINNED_ON_COLLECTION, Comment.class).setParameter("item", comment.collection()).getResultList();
    }

    private Comment pinnable(long commentId) {
        people.current();
        Comment comment = readable(commentId);
        if (!mayPin(comment)) {
            throw new AccessDenied(comment.initiative() != null
                    ? "Only members of " + comment.initiative().owner().name() + " pin comments on '" + comment.initiative().title() + "'."
                    : "Only the curator of '" + comment.collection().title() + "' pins comments on it.");
        }
        return comment;
    }

    /** A comment on an item the caller may read; others do not exist for them. */
    private Comment readable(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw notFound(commentId);
        }
        try {
            if (comment.initiative() != null) {
                authoring.readable(Initiative.class, comment.initiative().id());
            } else {
                collections.read(comment.collection().id(), null);
            }
        } catch (NotFound itemNotReadable) {
            throw notFound(commentId);
        }
        return comment;
    }

    private static NotFound notFound(long commentId) {
        return new NotFound("There is no comment with id " + commentId + ".");
    }
}

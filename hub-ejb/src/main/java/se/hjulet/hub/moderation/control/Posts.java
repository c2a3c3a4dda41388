package se.hjulet.hub.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/** Finds a post of any kind by its kind and id: what reports and moderation decisions name. */
@Dependent
public class Posts {

    @PersistenceContext
    EntityManager em;

    public Optional<Post> find(PostKind kind, long id) {
        return Optional.ofNullable(em.find(classOf(kind), id));
    }

    static Class<? extends Post> classOf(PostKind kind) {
        return switch (kind) {
            case QUESTION -> Question.class;
            case ANSWER -> Answer.class;
            case COMMENT -> Comment.class;
        };
    }

    /**
     * Whether the post is in view of everyone: not hidden, not deleted, on a question or item that is. A
     * report or any other news of a post that is not stays with its author and the admins.
     */
    public static boolean isPublic(Post post) {
        if (post.isHidden()) {
            return false;
        }
        if (post instanceof Question question) {
            return question.isPublic();
        }
        if (post instanceof Answer answer) {
            return answer.question().isPublic();
        }
        Comment comment = (Comment) post;
        return !comment.isDeleted() && (comment.initiative() != null ? comment.initiative().isPublic() : comment.collection().isPublic());
    }
}

package se.hjulet.hub.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.moderation.entity.PostingLimitReached;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/**
 * At most {@code hub.posts.max-per-hour} questions, answers and comments per person in any hour. Counted
 * in the database, so every hub instance sees the same posts; two posts sent at the very same moment may
 * both pass the last free place (the limit is against floods, not a quota to the post).
 */
@Dependent
public class PostingLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hub.posts.max-per-hour", defaultValue = "20")
    int maxPerHour;

    /** Refuses another post from this person when they wrote the most an hour takes. */
    public void allowAnother(Person author) {
        Instant now = Instant.now();
        List<Instant> recent = new ArrayList<>();
        for (String query : List.of(Question.SINCE_BY_AUTHOR, Answer.SINCE_BY_AUTHOR, Comment.SINCE_BY_AUTHOR)) {
            recent.addAll(em.createNamedQuery(query, Instant.class).setParameter("author", author)
                    .setParameter("since", now.minus(WINDOW)).getResultList());
        }
        if (recent.size() >= maxPerHour) {
            // The next post is taken when enough of those posts are an hour old.
            recent.sort(Comparator.naturalOrder());
            Instant freesUp = recent.get(recent.size() - maxPerHour).plus(WINDOW);
            throw new PostingLimitReached(maxPerHour, Duration.between(now, freesUp).toSeconds());
        }
    }
}

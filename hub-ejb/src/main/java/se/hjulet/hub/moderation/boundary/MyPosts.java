package se.hjulet.hub.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.moderation.entity.Report;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * A person's own posts: everything they wrote, to take with them, and their erasure. Erasing removes
 * what others do not build on (a question nobody answered, a comment nobody replied to) and takes the
 * person's name off the rest: answers, answered questions and replied-to comments stay, by "borttagen
 * användare", so the threads keep their sense. Reports and reuse marks lose the person, not the record.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class MyPosts {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    SearchOutbox outbox;

    /** Everything the caller wrote, hidden posts included, oldest first. */
    public record Export(Person person, List<Question> questions, List<Answer> answers, List<Comment> comments,
                         List<Report> reports, List<ReuseMark> reuseMarks) {
    }

    /** What an erasure did. */
    public record Erasure(int questionsRemoved, int questionsKept, int answersKept, int commentsRemoved, int commentsKept,
                          int reports, int reuseMarks) {
    }

    public Export export() {
        Person me = people.current();
        return new Export(me, writtenBy(Question.BY_AUTHOR, Question.class, me), writtenBy(Answer.BY_AUTHOR, Answer.class, me),
                writtenBy(Comment.BY_AUTHOR, Comment.class, me),
                em.createNamedQuery(Report.BY_REPORTER, Report.class).setParameter("reporter", me).getResultList(),
                em.createNamedQuery(ReuseMark.BY_PERSON, ReuseMark.class).setParameter("person", me).getResultList());
    }

    public Erasure erase() {
        Person me = people.current();
        int questionsRemoved = 0;
        int questionsKept = 0;
        int commentsRemoved = 0;
        int commentsKept = 0;
        List<Answer> answers = writtenBy(Answer.BY_AUTHOR, Answer.class, me);
        answers.forEach(Answer::forgetAuthor);
        for (Question question : writtenBy(Question.BY_AUTHOR, Question.class, me)) {
            if (question.answers().isEmpty()) {
                em.remove(question);
                questionsRemoved++;
            } else {
                question.forgetAuthor();
                questionsKept++;
            }
            outbox.changed(question);
        }
        // Replies first: a thread whose every reply was the person's own has nothing left beneath it.
        List<Comment> comments = writtenBy(Comment.BY_AUTHOR, Comment.class, me);
        for (Comment reply : comments.stream().filter(Comment::isReply).toList()) {
            em.remove(reply);
            commentsRemoved++;
        }
        em.flush();
        for (Comment first : comments.stream().filter(c -> !c.isReply()).toList()) {
            if (em.createNamedQuery(Comment.REPLIES, Long.class).setParameter("comment", first).getSingleResult() == 0) {
                em.remove(first);
                commentsRemoved++;
            } else {
                first.forgetAuthor();
                commentsKept++;
            }
        }
        List<Report> reports = em.createNamedQuery(Report.BY_REPORTER, Report.class).setParameter("reporter", me).getResultList();
        reports.forEach(Report::forgetReporter);
        List<ReuseMark> marks = em.createNamedQuery(ReuseMark.BY_PERSON, ReuseMark.class).setParameter("person", me).getResultList();
        marks.forEach(ReuseMark::forgetPerson);
        return new Erasure(questionsRemoved, questionsKept, answers.size(), commentsRemoved, commentsKept, reports.size(), marks.size());
    }

    private <T> List<T> writtenBy(String query, Class<T> type, Person author) {
        return em.createNamedQuery(query, type).setParameter("author", author).getResultList();
    }
}

package se.hjulet.hub.question.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;

/** What someone answered to a question, for themselves or for an organisation. Made by {@link Question#answer}. */
@Entity
@Table(name = "answer")
@NamedQuery(name = Answer.BY_AUTHOR, query = "select a from Answer a where a.author = :author order by a.createdAt, a.id")
@NamedQuery(name = Answer.SINCE_BY_AUTHOR, query = "select a.createdAt from Answer a where a.author = :author and a.createdAt > :since")
@NamedQuery(name = Answer.QUESTIONS_CHANGED_SINCE, query = "select distinct a.question.id from Answer a"
        + " where a.createdAt >= :since or a.editedAt >= :since or a.hiddenAt >= :since")
public class Answer extends Post {

    public static final String BY_AUTHOR = "Answer.byAuthor";
    public static final String SINCE_BY_AUTHOR = "Answer.sinceByAuthor";
    public static final String QUESTIONS_CHANGED_SINCE = "Answer.questionsChangedSince";
    public static final int MAX_TEXT = 10_000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    protected Answer() {
    }

    Answer(Question question, Person author, Organisation organisation, String text) {
        super(author, organisation, text, MAX_TEXT);
        this.question = question;
    }

    @Override
    public PostKind postKind() {
        return PostKind.ANSWER;
    }

    @Override
    protected int maxLength() {
        return MAX_TEXT;
    }

    @Override
    public String pagePath() {
        return question.pagePath() + "#svar-" + id();
    }

    public boolean isHelpful() {
        return equals(question.helpfulAnswer());
    }

    public Question question() {
        return question;
    }
}

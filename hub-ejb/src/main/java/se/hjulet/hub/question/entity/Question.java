package se.hjulet.hub.question.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * A question to the network: what someone wants to know, about which policy areas and (optionally)
 * which published items, asked for themselves or for an organisation. Others answer; the asker marks the
 * answer that helped, and the question counts as answered. Deleted by its asker or hidden by an admin,
 * it is out of view and takes no answers.
 */
@Entity
@Table(name = "question")
@NamedQuery(name = Question.LISTED, query = "select q from Question q where q.deletedAt is null and q.hiddenAt is null"
        + " order by q.createdAt desc, q.id desc")
@NamedQuery(name = Question.LISTED_ANSWERED, query = "select q from Question q where q.deletedAt is null and q.hiddenAt is null"
        + " and q.helpfulAnswer is not null order by q.createdAt desc, q.id desc")
@NamedQuery(name = Question.LISTED_OPEN, query = "select q from Question q where q.deletedAt is null and q.hiddenAt is null"
        + " and q.helpfulAnswer is null order by q.createdAt desc, q.id desc")
@NamedQuery(name = Question.ABOUT, query = "select q from Question q join q.concerns i where i = :item"
        + " and q.deletedAt is null and q.hiddenAt is null order by q.createdAt desc, q.id desc")
@NamedQuery(name = Question.BY_AUTHOR, query = "select q from Question q where q.author = :author order by q.createdAt, q.id")
@NamedQuery(name = Question.SINCE_BY_AUTHOR, query = "select q.createdAt from Question q where q.author = :author and q.createdAt > :since")
public class Question extends Post {

    public static final String KIND = "question";
    public static final String LISTED = "Question.listed";
    public static final String LISTED_ANSWERED = "Question.listedAnswered";
    public static final String LISTED_OPEN = "Question.listedOpen";
    public static final String ABOUT = "Question.about";
    public static final String BY_AUTHOR = "Question.byAuthor";
    public static final String SINCE_BY_AUTHOR = "Question.sinceByAuthor";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ITEMS = 10;

    @Column(nullable = false)
    private String title;

    @ElementCollection
    @CollectionTable(name = "question_policy_area", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "policy_area")
    private Set<String> policyAreas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "question_item", joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> concerns = new LinkedHashSet<>();

    @OneToMany(mappedBy = "question")
    @OrderBy("createdAt, id")
    private List<Answer> answers = new ArrayList<>();

    @OneToOne
    @JoinColumn(name = "helpful_answer_id")
    private Answer helpfulAnswer;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Question() {
    }

    public Question(Person asker, Organisation organisation, String title, String text, Collection<String> policyAreas,
                    Collection<Initiative> concerns) {
        super(asker, organisation, text, MAX_TEXT);
        describe(title, policyAreas, concerns);
    }

    @Override
    public PostKind postKind() {
        return PostKind.QUESTION;
    }

    @Override
    protected int maxLength() {
        return MAX_TEXT;
    }

    /** The asker rewrites the question; the text goes through {@link #edit}. */
    public void describe(String title, Collection<String> policyAreas, Collection<Initiative> concerns) {
        this.title = titleOf(title);
        this.policyAreas.clear();
        this.policyAreas.addAll(policyAreasOf(policyAreas));
        if (concerns != null && concerns.size() > MAX_ITEMS) {
            throw new InvalidInput("concerns", "A question may concern at most " + MAX_ITEMS + " items.");
        }
        this.concerns.clear();
        if (concerns != null) {
            this.concerns.addAll(concerns);
        }
        touch();
    }

    @Override
    public void edit(Person editor, String newText) {
        super.edit(editor, newText);
        touch();
    }

    /** Another person's (or the asker's own) answer; a question out of view takes none. */
    public Answer answer(Person author, Organisation organisation, String text) {
        if (deletedAt != null) {
            throw new Conflict("This question was deleted by the person who asked it and takes no answers.");
        }
        if (isHidden()) {
            throw new Conflict("This question was hidden by a moderator and takes no answers.");
        }
        Answer answer = new Answer(this, author, organisation, text);
        answers.add(answer);
        return answer;
    }

    /** Only the asker says which answer helped; another mark replaces the first. */
    public void markHelpful(Person asker, Answer answer) {
        if (!isWrittenBy(asker)) {
            throw new AccessDenied("Only the person who asked '" + title + "' marks the answer that helped.");
        }
        if (!answer.question().equals(this)) {
            throw new InvalidInput("answerId", "That answer belongs to another question.");
        }
        if (answer.isHidden()) {
            throw new Conflict("That answer was hidden by a moderator and cannot be marked as helpful.");
        }
        helpfulAnswer = answer;
        touch();
    }

    /** The helpful answer was deleted or hidden: the question is open again. */
    public void forgetHelpful(Answer answer) {
        if (answer.equals(helpfulAnswer)) {
            helpfulAnswer = null;
            touch();
        }
    }

    /** Its author deleted the answer: the question loses it (and is open again if that answer had helped). */
    public void remove(Answer answer) {
        forgetHelpful(answer);
        answers.remove(answer);
    }

    public void delete(Person asker) {
        requireAuthor(asker, "delete");
        deletedAt = Instant.now();
        touch();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** In view of everyone: neither deleted nor hidden. Only such questions are searchable. */
    public boolean isPublic() {
        return deletedAt == null && !isHidden();
    }

    public boolean isAnswered() {
        return helpfulAnswer != null;
    }

    /** The answers readers see: hidden ones are left out. */
    public List<Answer> visibleAnswers() {
        return answers.stream().filter(a -> !a.isHidden()).toList();
    }

    /** The published items it is about; drafts and archived items of the list are not shown. */
    public List<Initiative> publicConcerns() {
        return concerns.stream().filter(Initiative::isPublic).toList();
    }

    @Override
    public String pagePath() {
        return "/fraga.xhtml?id=" + id();
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    private static String titleOf(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title", "The question needs a title: what do you want to know?");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_TITLE) {
            throw new InvalidInput("title", "The title is " + trimmed.length() + " characters; at most " + MAX_TITLE + " are allowed.");
        }
        return trimmed;
    }

    private static Set<String> policyAreasOf(Collection<String> areas) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (areas != null) {
            areas.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(cleaned::add);
        }
        if (cleaned.size() > 30) {
            throw new InvalidInput("policyAreas", "At most 30 policy areas are allowed.");
        }
        cleaned.stream().filter(a -> a.length() > 100).findFirst().ifPresent(a -> {
            throw new InvalidInput("policyAreas", "Each policy area may have at most 100 characters.");
        });
        return cleaned;
    }

    public String title() {
        return title;
    }

    public Set<String> policyAreas() {
        return java.util.Collections.unmodifiableSet(policyAreas);
    }

    public Set<Initiative> concerns() {
        return java.util.Collections.unmodifiableSet(concerns);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public Answer helpfulAnswer() {
        return helpfulAnswer;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}

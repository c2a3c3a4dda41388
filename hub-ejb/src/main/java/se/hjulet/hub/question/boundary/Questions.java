package se.hjulet.hub.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.control.Bylines;
import se.hjulet.hub.moderation.control.PostingLimit;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/**
 * Asking the network and answering. Everyone reads questions in view; a logged-in person asks and
 * answers, for themselves or an organisation they belong to; the asker marks the answer that helped.
 * A deleted question is gone for everyone; a hidden one stays visible to its asker and the platform
 * admins only. Every change of a question or its answers goes to the search index through the outbox.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Questions {

    private static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    PostingLimit postingLimit;

    @Inject
    Bylines bylines;

    @Inject
    SearchOutbox outbox;

    public Question ask(QuestionInput input) {
        Person asker = people.current();
        Organisation organisation = bylines.writingFor(input.organisation());
        postingLimit.allowAnother(asker);
        Question question = new Question(asker, organisation, input.title(), input.text(), input.policyAreas(), concerned(input.concerns()));
        em.persist(question);
        outbox.changed(question);
        return question;
    }

    /** The asker rewrites title, text, policy areas and items; the organisation it was asked for stays. */
    public Question edit(long id, QuestionInput input) {
        Person asker = people.current();
        Question question = readable(id);
        question.requireAuthor(asker, "change");
        if (input.version() != null && input.version() != question.version()) {
            throw new Conflict("The question was changed meanwhile (version " + question.version() + ", you edited version "
                    + input.version() + "). Reload and apply your change again.");
        }
        question.edit(asker, input.text());
        question.describe(input.title(), input.policyAreas(), concerned(input.concerns()));
        outbox.changed(question);
        return question;
    }

    /** The asker takes the question back: it and its answers leave every view and search. */
    public void delete(long id) {
        Person asker = people.current();
        Question question = readable(id);
        question.delete(asker);
        outbox.changed(question);
    }

    /** A question in view, or a hidden one to its asker and the platform admins; others are "not found". */
    public Question read(long id) {
        return readable(id);
    }

    /** Questions in view, newest first; {@code answered} narrows to answered (true) or open (false) ones. */
    public List<Question> listed(Boolean answered, int first, int max) {
        String query = answered == null ? Question.LISTED : answered ? Question.LISTED_ANSWERED : Question.LISTED_OPEN;
        return em.createNamedQuery(query, Question.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    /** Questions in view that are about this item, newest first (for the item's page). */
    public List<Question> about(Initiative item) {
        return em.createNamedQuery(Question.ABOUT, Question.class).setParameter("item", item).setMaxResults(MAX_PAGE).getResultList();
    }

    public Answer answer(long questionId, AnswerInput input) {
        Person author = people.current();
        Question question = readable(questionId);
        Organisation organisation = bylines.writingFor(input.organisation());
        postingLimit.allowAnother(author);
        Answer answer = question.answer(author, organisation, input.text());
        em.persist(answer);
        outbox.changed(question);
        return answer;
    }

    public Answer editAnswer(long questionId, long answerId, AnswerInput input) {
        Person author = people.current();
        Answer answer = answerOf(readable(questionId), answerId);
        answer.edit(author, input.text());
        outbox.changed(answer.question());
        return answer;
    }

    /** The author takes an answer back; if it was the one that helped, the question is open again. */
    public void deleteAnswer(long questionId, long answerId) {
        Person author = people.current();
        Question question = readable(questionId);
        Answer answer = answerOf(question, answerId);
        answer.requireAuthor(author, "delete");
        question.remove(answer);
        em.remove(answer);
        outbox.changed(question);
    }

    /** The asker says which answer helped: the question shows as answered. */
    public Question markHelpful(long questionId, long answerId) {
        Person asker = people.current();
        Question question = readable(questionId);
        question.markHelpful(asker, answerOf(question, answerId));
        outbox.changed(question);
        return question;
    }

    /** Whether the caller sees hidden posts with their reasons: platform admins do. */
    public boolean callerModerates() {
        return people.callerIsPlatformAdmin();
    }

    /** The calling person, if any: views say which posts are theirs. */
    public Optional<Person> caller() {
        return people.currentIfAny();
    }

    private Question readable(long id) {
        Question question = em.find(Question.class, id);
        if (question == null || question.isDeleted()
                || question.isHidden() && !people.callerIsPlatformAdmin() && !question.isWrittenBy(people.currentIfAny().orElse(null))) {
            throw new NotFound("There is no question with id " + id + ".");
        }
        return question;
    }

    private static Answer answerOf(Question question, long answerId) {
        return question.answers().stream().filter(a -> a.id() == answerId).findFirst()
                .orElseThrow(() -> new NotFound("The question '" + question.title() + "' has no answer with id " + answerId + "."));
    }

    /** The items a question is about: published ones only (a draft's id is "not found" like any unknown id). */
    private Set<Initiative> concerned(List<Long> ids) {
        Set<Initiative> items = new LinkedHashSet<>();
        for (Long id : Optional.ofNullable(ids).orElse(new ArrayList<>())) {
            Initiative item = id == null ? null : em.find(Initiative.class, id);
            if (item == null || !item.isPublic()) {
                throw new InvalidInput("concerns", "There is no published item with id " + id + ".");
            }
            items.add(item);
        }
        return items;
    }
}

package se.hjulet.hub.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.moderation.entity.ModerationDecision;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.search.index.IndexEntry;

/**
 * A question with its answers (kind {@code question}): the question's text is its lead, the answers its body,
 * and the answer the asker marked as helpful weighs like a learning example's conclusions.
 */
@ApplicationScoped
public class QuestionIndexEntries implements IndexContribution {

    private static final String LISTED = "q.deletedAt is null and q.hiddenAt is null";

    @Override
    public Set<String> kinds() {
        return Set.of(Question.KIND);
    }

    @Override
    public Optional<IndexEntry> entryOf(EntityManager em, String kind, long id) {
        return Optional.ofNullable(em.find(Question.class, id)).filter(Question::isPublic).map(QuestionIndexEntries::of);
    }

    @Override
    public long publicCount(EntityManager em) {
        return em.createQuery("select count(q) from Question q where " + LISTED, Long.class).getSingleResult();
    }

    @Override
    public List<IndexEntry> publicEntriesAfter(EntityManager em, long afterId, int max) {
        return em.createQuery("select q from Question q where " + LISTED + " and q.id > :after order by q.id", Question.class)
                .setParameter("after", afterId).setMaxResults(max).getResultStream().map(QuestionIndexEntries::of).toList();
    }

    @Override
    public List<Item> allPublic(EntityManager em) {
        return em.createNamedQuery(Question.LISTED, Question.class).getResultStream()
                .map(question -> new Item(Question.KIND, question.id())).toList();
    }

    /**
     * A question changes with its answers, which do not touch the question's row; hidden and restored questions and
     * answers are in the moderation trail.
     */
    @Override
    public List<Item> changedSince(EntityManager em, Instant since) {
        var questions = new TreeSet<Long>();
        questions.addAll(em.createQuery("select q.id from Question q where q.updatedAt >= :since or q.hiddenAt >= :since", Long.class)
                .setParameter("since", since).getResultList());
        questions.addAll(em.createNamedQuery(Answer.QUESTIONS_CHANGED_SINCE, Long.class).setParameter("since", since).getResultList());
        em.createQuery("select d from ModerationDecision d where d.decidedAt >= :since", ModerationDecision.class)
                .setParameter("since", since).getResultStream().forEach(d -> questionOf(em, d).ifPresent(questions::add));
        return questions.stream().map(id -> new Item(Question.KIND, id)).toList();
    }

    /** The question whose entry a decision on a question or an answer changed. */
    private static Optional<Long> questionOf(EntityManager em, ModerationDecision decision) {
        return switch (decision.postKind()) {
            case QUESTION -> Optional.of(decision.postId());
            case ANSWER -> Optional.ofNullable(em.find(Answer.class, decision.postId())).map(a -> a.question().id());
            case COMMENT -> Optional.empty();
        };
    }

    /** Hidden answers are left out; the organisations are the one it was asked for and those that answered. */
    static IndexEntry of(Question question) {
        List<Answer> answers = question.visibleAnswers();
        Organisation asking = question.organisation();
        Answer helpful = question.helpfulAnswer();
        Instant updated = answers.stream().map(a -> a.editedAt() != null ? a.editedAt() : a.createdAt())
                .reduce(question.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        var entry = IndexEntry.builder(Question.KIND, question.id())
                .title(question.title())
                .lead(question.plainText())
                .body(answers.stream().map(Answer::plainText).collect(Collectors.joining("\n")))
                .conclusions(helpful != null && !helpful.isHidden() ? List.of(helpful.plainText()) : List.of())
                .organisationNames(Stream.concat(Stream.of(asking), answers.stream().map(Answer::organisation))
                        .filter(Objects::nonNull).map(Organisation::name).distinct().toList())
                .policyAreas(List.copyOf(question.policyAreas()))
                .language("sv")
                .visibility(question.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(question.createdAt())
                .updatedAt(updated)
                .url(question.pagePath())
                .facets(new IndexEntry.Facets(asking == null ? null : asking.kind().name().toLowerCase(Locale.ROOT),
                        asking == null ? null : asking.sizeGroup(),
                        List.of(question.createdAt().atZone(ZoneOffset.UTC).getYear()), List.of(), List.of(), null, null));
        if (asking != null) {
            entry.organisation(asking.reference(), asking.name()).countyCode(asking.countyCode());
        }
        return entry.build();
    }
}

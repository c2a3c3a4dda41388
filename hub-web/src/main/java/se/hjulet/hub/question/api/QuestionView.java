package se.hjulet.hub.question.api;

import java.time.Instant;
import java.util.List;
import se.hjulet.hub.initiative.api.RelationView.ItemRef;
import se.hjulet.hub.moderation.api.PostViews.AuthorView;
import se.hjulet.hub.moderation.api.PostViews.HiddenView;
import se.hjulet.hub.moderation.api.PostViews.Reader;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/**
 * A question with its answers as the API shows it. Hidden answers are shown only to their authors and
 * the platform admins (with the reason); items the question concerns only while they are published.
 */
public record QuestionView(long id, String title, String text, AuthorView author, List<String> policyAreas,
                           List<ItemRef> concerns, boolean answered, Long helpfulAnswerId, int answerCount,
                           List<AnswerView> answers, Instant createdAt, Instant editedAt, Instant updatedAt,
                           HiddenView hidden, boolean mine, String url, long version) {

    public static QuestionView of(Question q, Reader reader) {
        List<AnswerView> answers = q.answers().stream().filter(a -> !a.isHidden() || reader.seesHidden(a))
                .map(a -> AnswerView.of(a, reader)).toList();
        return new QuestionView(q.id(), q.title(), q.text(), AuthorView.of(q), List.copyOf(q.policyAreas()),
                q.publicConcerns().stream().map(ItemRef::of).toList(), q.isAnswered(),
                q.helpfulAnswer() == null ? null : q.helpfulAnswer().id(), q.visibleAnswers().size(), answers,
                q.createdAt(), q.editedAt(), q.updatedAt(), HiddenView.of(q, reader), reader.wrote(q), q.pagePath(), q.version());
    }

    public record AnswerView(long id, long questionId, String text, AuthorView author, boolean helpful, Instant createdAt,
                             Instant editedAt, HiddenView hidden, boolean mine) {
        public static AnswerView of(Answer a, Reader reader) {
            return new AnswerView(a.id(), a.question().id(), a.text(), AuthorView.of(a), a.isHelpful(), a.createdAt(),
                    a.editedAt(), HiddenView.of(a, reader), reader.wrote(a));
        }
    }

    /** A question in a list: no answers, their number. */
    public record Summary(long id, String title, AuthorView author, List<String> policyAreas, boolean answered,
                          int answerCount, Instant createdAt, String url) {
        public static Summary of(Question q) {
            return new Summary(q.id(), q.title(), AuthorView.of(q), List.copyOf(q.policyAreas()), q.isAnswered(),
                    q.visibleAnswers().size(), q.createdAt(), q.pagePath());
        }
    }
}

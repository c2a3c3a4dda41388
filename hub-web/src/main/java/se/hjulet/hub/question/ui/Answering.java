package se.hjulet.hub.question.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.hjulet.hub.moderation.boundary.Moderation;
import se.hjulet.hub.moderation.boundary.ReportInput;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.question.boundary.AnswerInput;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * What a logged-in reader does on {@code fraga.xhtml}: answer (for themselves or an organisation), mark the
 * answer that helped (the asker), and report a post that breaks the rules (anyone but its author). Request
 * scoped like the page: the forms name the question again in their hidden {@code id}.
 *
 * <p>Ids: answerText, answerOrganisation; each report form's reason is {@code …:reportReason}.
 */
@Named("answering")
@RequestScoped
public class Answering extends FormBean {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionPage page;

    @Inject
    Questions questions;

    @Inject
    Moderation moderation;

    @Inject
    People people;

    private String answerText;
    private String answerOrganisation = "";
    private String reason;
    private List<AskForm.Option> organisationOptions;
    private Person reader;
    private boolean readerRead;

    /** "Svara": the answer, or the answer box's message. */
    public String answer() {
        Question question = page.getQuestion();
        if (question == null) {
            return null;
        }
        return NetworkActions.run(() -> {
            if (TypedInput.text(answerText) == null) {
                report(FacesContext.getCurrentInstance(), List.of(new FieldError("answerText", Texts.get("error.required.answerText"))));
                throw new NetworkActions.Refused();
            }
            questions.answer(question.id(), new AnswerInput(answerText, TypedInput.text(answerOrganisation)));
            return "answer.done";
        }, question.pagePath(), this::onAnswerBox, "network.conflict");
    }

    /** "Det här svaret hjälpte mig" (the asker). */
    public String markHelpful(long answerId) {
        Question question = page.getQuestion();
        if (question == null) {
            return null;
        }
        return NetworkActions.run(() -> {
            questions.markHelpful(question.id(), answerId);
            return "answer.done.helpful";
        }, question.pagePath(), e -> false, "answer.conflict.helpful");
    }

    /** "Anmäl": the question or one of its answers breaks the rules; a platform admin looks at it. */
    public String reportPost(String kind, long postId) {
        Question question = page.getQuestion();
        if (question == null) {
            return null;
        }
        return NetworkActions.run(() -> {
            moderation.report(new ReportInput(kind, postId, reason));
            return "report.done";
        }, question.pagePath(), e -> false, "report.conflict");
    }

    private boolean onAnswerBox(InvalidInput e) {
        if (!"text".equals(e.field())) {
            return false;
        }
        report(FacesContext.getCurrentInstance(), List.of(new FieldError("answerText", Texts.get("network.invalid.text"))));
        return true;
    }

    @Override
    protected FormErrors errors() {
        return new FormErrors(List.of("answerText", "answerOrganisation"), List.of(), Texts.words());
    }

    // --- what the page offers whom ---

    /** The page's title: "Fel: …" first when the answer has errors, as screen readers read it first. */
    public String pageTitle(String title) {
        return isHasErrors() ? Texts.get("form.errorTitle", title) : title;
    }

    private Person reader() {
        if (!readerRead) {
            readerRead = true;
            reader = questions.caller().orElse(null);
        }
        return reader;
    }

    public boolean isLoggedIn() {
        return reader() != null;
    }

    /** The asker sees "this helped" on every answer but the one marked already. */
    public boolean mayMarkHelpful(Answer answer) {
        Question question = page.getQuestion();
        return question != null && question.isWrittenBy(reader()) && !answer.isHelpful();
    }

    /** A logged-in reader reports posts in view that they did not write. */
    public boolean mayReport(Post post) {
        return reader() != null && !post.isWrittenBy(reader()) && !post.isHidden();
    }

    /** For oneself, or one of one's organisations. */
    public List<AskForm.Option> getOrganisationOptions() {
        if (organisationOptions == null) {
            organisationOptions = AskForm.writingFor(reader());
        }
        return organisationOptions;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getAnswerOrganisation() {
        return answerOrganisation;
    }

    public void setAnswerOrganisation(String answerOrganisation) {
        this.answerOrganisation = answerOrganisation;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

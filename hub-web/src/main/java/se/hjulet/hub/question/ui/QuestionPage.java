package se.hjulet.hub.question.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.ui.Texts;

/**
 * {@code fraga.xhtml?id=N}: a question to the network with its answers, the one that helped first. Read
 * by everyone; a question no longer in view (deleted, or hidden to all but its asker and the admins) is a 404.
 */
@Named("questionPage")
@RequestScoped
public class QuestionPage {

    @Inject
    Questions questions;

    private String idParam;
    private Question question;
    private boolean loaded;

    /**
     * View action; also runs on first use in a postback (answering, reporting), where the view action does
     * not run and the form names the question in its hidden {@code id}.
     */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String id = idParam != null ? idParam
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            question = questions.read(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFound e) {
            question = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isFound() {
        load();
        return question != null;
    }

    public Question getQuestion() {
        load();
        return question;
    }

    /** What readers see of the answers: hidden ones left out, the helpful one first, the rest oldest first. */
    public List<Answer> getAnswers() {
        load();
        return question == null ? List.of() : answersInReadingOrder(question);
    }

    static List<Answer> answersInReadingOrder(Question question) {
        return question.visibleAnswers().stream()
                .sorted(Comparator.comparing((Answer a) -> !a.isHelpful()))
                .toList();
    }

    /**
     * Who wrote the post, and for whom: "Karin Lind, Eksjö". An author who erased what they wrote is
     * {@code erasedName} ("borttagen användare"), so the thread keeps its sense; a login without a name is
     * {@code unnamed}.
     */
    public static String bylineOf(Post post, String erasedName, String unnamed) {
        String person = post.isAuthorErased() ? erasedName
                : post.author().displayName() == null || post.author().displayName().isBlank() ? unnamed
                : post.author().displayName();
        return post.organisation() == null ? person : person + ", " + post.organisation().name();
    }

    /** {@code #{questionPage.byline(answer)}} in the view's language. */
    public String byline(Post post) {
        return bylineOf(post, Texts.get("question.erasedUser"), Texts.get("question.unnamedUser"));
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}

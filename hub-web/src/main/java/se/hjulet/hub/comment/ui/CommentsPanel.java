package se.hjulet.hub.comment.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import se.hjulet.hub.collection.boundary.Collections;
import se.hjulet.hub.comment.api.CommentView;
import se.hjulet.hub.comment.boundary.CommentInput;
import se.hjulet.hub.comment.boundary.Comments;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.moderation.api.PostViews.Reader;
import se.hjulet.hub.moderation.boundary.Moderation;
import se.hjulet.hub.moderation.boundary.ReportInput;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.ui.AskForm;
import se.hjulet.hub.question.ui.QuestionPage;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * Comments on an item's page (WEB-INF/templates/comments.xhtml): published initiatives and public
 * collections. Everyone reads the threads (the pinned one first); a logged-in person writes, replies one
 * level deep, edits and deletes their own, reports others'; members of the owner (a collection's
 * curator) pin one. Request scoped: each form names the item in its hidden {@code id} and {@code on}
 * (initiative or collection); the page itself gives both to {@link #threads}.
 *
 * <p>Ids: commentText, commentOrganisation; in each thread {@code …:replyText}, {@code …:editText}.
 */
@Named("commentsPanel")
@RequestScoped
public class CommentsPanel extends FormBean {

    private static final long serialVersionUID = 1L;
    public static final String ON_INITIATIVE = "initiative";
    public static final String ON_COLLECTION = "collection";
    private static final Pattern PLAIN_PARAGRAPHS = Pattern.compile("(?s)(<p>.*?</p>)+");

    @Inject
    Comments comments;

    @Inject
    Moderation moderation;

    @Inject
    Initiatives initiatives;

    @Inject
    Collections collections;

    @Inject
    Formats formats;

    private List<Row> threads;
    private List<AskForm.Option> organisationOptions;
    private Person reader;
    private boolean readerRead;

    // what the forms send
    private String commentText;
    private String commentOrganisation = "";
    private String replyText;
    private String replyOrganisation = "";
    private String editText;
    private String reason;

    /** A comment as the page shows it; a thread's first comment carries its replies. */
    public record Row(long id, String text, String byline, String written, boolean edited, boolean pinned, boolean deleted,
                      String hiddenReason, boolean mine, boolean mayReport, String editable, List<Row> replies) {
    }

    /** The threads of the item the page shows, pinned first; withheld comments keep their place if replied to. */
    public List<Row> threads(String on, Long itemId) {
        if (threads == null) {
            threads = itemId == null ? List.of() : read(on, itemId);
        }
        return threads;
    }

    private List<Row> read(String on, long itemId) {
        List<Comment> all;
        try {
            all = ON_COLLECTION.equals(on) ? comments.onCollection(itemId, null) : comments.onInitiative(itemId);
        } catch (NotFound e) {
            return List.of();
        }
        Map<Long, Comment> byId = all.stream().collect(Collectors.toMap(Comment::id, Function.identity()));
        Reader who = new Reader(reader(), comments.callerModerates());
        mayPin = reader() != null && !all.isEmpty() && comments.mayPin(all.get(0));
        return CommentView.threads(all, who).stream().map(view -> rowOf(view, byId, who)).toList();
    }

    private boolean mayPin;

    private Row rowOf(CommentView view, Map<Long, Comment> byId, Reader who) {
        Comment comment = byId.get(view.id());
        boolean withheld = view.text() == null;
        String hiddenReason = view.hidden() == null ? null : view.hidden().reason();
        return new Row(view.id(), view.text(),
                withheld ? null : QuestionPage.bylineOf(comment, Texts.get("question.erasedUser"), Texts.get("question.unnamedUser")),
                formats.instant(view.createdAt()), view.editedAt() != null, view.pinned(), view.deleted(), hiddenReason,
                view.mine() && !view.deleted(), reader() != null && !withheld && !view.mine() && !comment.isHidden(),
                view.mine() && !withheld ? editable(view.text()) : null,
                view.replies().stream().map(reply -> rowOf(reply, byId, who)).toList());
    }

    /**
     * The text as its author gets it back to edit: paragraphs of plain text as typed (blank lines between),
     * anything formatted as the HTML it is, so nothing is lost when it is saved again.
     */
    static String editable(String html) {
        if (html == null) {
            return null;
        }
        if (!PLAIN_PARAGRAPHS.matcher(html).matches() || html.replaceAll("</?p>|<br>", "").contains("<")) {
            return html;
        }
        return Parser.unescapeEntities(html.replace("<br>", "\n").replaceAll("</p>\\s*<p>", "\n\n").replaceAll("</?p>", ""), false);
    }

    // --- the buttons ---

    public String write() {
        return act(on -> {
            if (TypedInput.text(commentText) == null) {
                report(FacesContext.getCurrentInstance(), List.of(new FieldError("commentText", Texts.get("error.required.commentText"))));
                throw new NetworkActions.Refused();
            }
            var input = new CommentInput(commentText, null, TypedInput.text(commentOrganisation));
            if (ON_COLLECTION.equals(on.kind)) {
                comments.commentOnCollection(on.id, input);
            } else {
                comments.commentOnInitiative(on.id, input);
            }
            return "comment.done.written";
        }, this::onCommentBox, "comment.conflict");
    }

    /** An edit box is a plain box in each thread (it holds that comment's own text), read by its name. */
    private static String posted(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public String reply(long commentId) {
        return act(on -> {
            if (TypedInput.text(replyText) == null) {
                FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("error.required.replyText")));
                throw new NetworkActions.Refused();
            }
            var input = new CommentInput(replyText, commentId, TypedInput.text(replyOrganisation));
            if (ON_COLLECTION.equals(on.kind)) {
                comments.commentOnCollection(on.id, input);
            } else {
                comments.commentOnInitiative(on.id, input);
            }
            return "comment.done.replied";
        }, e -> false, "comment.conflict");
    }

    public String edit(long commentId) {
        editText = posted("editText");
        return act(on -> {
            if (TypedInput.text(editText) == null) {
                FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("error.required.editText")));
                throw new NetworkActions.Refused();
            }
            comments.edit(commentId, new CommentInput(editText, null, null));
            return "comment.done.edited";
        }, e -> false, "comment.conflict");
    }

    public String delete(long commentId) {
        return act(on -> {
            comments.delete(commentId);
            return "comment.done.deleted";
        }, e -> false, "comment.conflict");
    }

    public String pin(long commentId) {
        return act(on -> {
            comments.pin(commentId);
            return "comment.done.pinned";
        }, e -> false, "comment.conflict");
    }

    public String unpin(long commentId) {
        return act(on -> {
            comments.unpin(commentId);
            return "comment.done.unpinned";
        }, e -> false, "comment.conflict");
    }

    /** "Anmäl" on a comment. */
    public String reportPost(String kind, long postId) {
        return act(on -> {
            moderation.report(new ReportInput(kind, postId, reason));
            return "report.done";
        }, e -> false, "report.conflict");
    }

    /** What the form names: the kind of item and its id, and the page to go back to. */
    private record Target(String kind, long id, String page) {
    }

    private interface Work {
        String run(Target target);
    }

    private String act(Work work, Function<InvalidInput, Boolean> onField, String conflictKey) {
        Target target = target();
        if (target == null) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("network.notFound")));
            return null;
        }
        return NetworkActions.run(() -> work.run(target), target.page(), onField, conflictKey);
    }

    private Target target() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long id = InitiativePage.parseId(parameters.get("id"));
        if (id == null) {
            return null;
        }
        try {
            if (ON_COLLECTION.equals(parameters.get("on"))) {
                return new Target(ON_COLLECTION, id, collections.read(id, null).pagePath());
            }
            return new Target(ON_INITIATIVE, id, initiatives.read(Initiative.class, id).pagePath());
        } catch (NotFound e) {
            return null;
        }
    }

    private boolean onCommentBox(InvalidInput e) {
        if (!"text".equals(e.field())) {
            return false;
        }
        report(FacesContext.getCurrentInstance(), List.of(new FieldError("commentText", Texts.get("network.invalid.text"))));
        return true;
    }

    @Override
    protected FormErrors errors() {
        return new FormErrors(List.of("commentText", "commentOrganisation"), List.of(), Texts.words());
    }

    // --- what the page offers whom ---

    private Person reader() {
        if (!readerRead) {
            readerRead = true;
            reader = comments.caller().orElse(null);
        }
        return reader;
    }

    public boolean isLoggedIn() {
        return reader() != null;
    }

    /** Members of the owner (a collection's curator) pin; known once the threads are read. */
    public boolean isMayPin() {
        return mayPin;
    }

    public List<AskForm.Option> getOrganisationOptions() {
        if (organisationOptions == null) {
            organisationOptions = AskForm.writingFor(reader());
        }
        return organisationOptions;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getCommentOrganisation() {
        return commentOrganisation;
    }

    public void setCommentOrganisation(String commentOrganisation) {
        this.commentOrganisation = commentOrganisation;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReplyOrganisation() {
        return replyOrganisation;
    }

    public void setReplyOrganisation(String replyOrganisation) {
        this.replyOrganisation = replyOrganisation;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

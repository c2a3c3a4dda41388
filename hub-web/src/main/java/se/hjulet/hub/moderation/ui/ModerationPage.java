package se.hjulet.hub.moderation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import se.hjulet.hub.moderation.boundary.Moderation;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.moderation.entity.Report;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * {@code moderering.xhtml}: platform admins read the open reports, oldest first, and hide the reported post with a
 * reason (kept for audit) or dismiss the report. Others logged in get 403; visitors are sent to log in.
 */
@Named("moderationPage")
@RequestScoped
public class ModerationPage {

    private static final int EXCERPT = 300;

    @Inject
    Moderation moderation;

    @Inject
    Site site;

    @Inject
    Formats formats;

    private List<Row> rows;

    /** One open report: the post (gone if {@code url} is null), its excerpt, the reason given and when. */
    public record Row(long id, String postKind, long postId, String kindLabel, String excerpt, String url, String reason,
                      String when, String isoWhen, boolean hidden) {
    }

    /** View action. */
    public void load() {
        if (!site.isLoggedIn()) {
            PageActions.redirect(site.getLoginUrl());
            return;
        }
        if (!isAllowed()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Asked on every request, not only in the view action: a form's postback runs no view action. */
    public boolean isAllowed() {
        return site.isPlatformAdmin();
    }

    public List<Row> getReports() {
        if (rows == null) {
            rows = isAllowed() ? moderation.openReports().stream().map(this::row).toList() : List.of();
        }
        return rows;
    }

    /** "Dölj inlägget": the form sends the post's kind and id and the reason. */
    public String hide() {
        PostKind kind = PostKind.of(PageActions.param("kind")).orElse(null);
        Long post = PageActions.idParam("post");
        String reason = PageActions.param("reason");
        return act(() -> {
            if (kind == null || post == null) {
                throw new NotFound("no such post");
            }
            moderation.hide(kind, post, reason);
            return "moderation.done.hidden";
        });
    }

    /** "Avfärda anmälan": nothing wrong with the post. */
    public String dismiss() {
        Long report = PageActions.idParam("report");
        return act(() -> {
            if (report == null) {
                throw new NotFound("no such report");
            }
            moderation.dismiss(report);
            return "moderation.done.dismissed";
        });
    }

    private Row row(Report report) {
        Post post = moderation.post(report.postKind(), report.postId()).orElse(null);
        String excerpt = post == null ? Texts.get("moderation.postGone") : formats.excerpt(post.plainText(), EXCERPT);
        return new Row(report.id(), report.postKind().code(), report.postId(), Texts.get("moderation.kind." + report.postKind().code()),
                excerpt, post == null ? null : site.url(post.pagePath()), report.reason(), formats.instant(report.createdAt()),
                formats.isoInstant(report.createdAt()), post != null && post.isHidden());
    }

    private String act(java.util.function.Supplier<String> work) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.addMessage(null, Texts.info(Texts.get(work.get())));
        } catch (NotAuthenticated e) {
            PageActions.redirect(site.getLoginUrl());
            return null;
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("moderation.forbidden")));
        } catch (InvalidInput e) {
            context.addMessage(null, Texts.error(Texts.get("moderation.reasonNeeded")));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return null;
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(Texts.get("moderation.alreadyHidden")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/moderering.xhtml?faces-redirect=true";
    }
}

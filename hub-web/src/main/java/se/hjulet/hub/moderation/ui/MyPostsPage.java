package se.hjulet.hub.moderation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.hjulet.hub.moderation.api.ModerationViews;
import se.hjulet.hub.moderation.boundary.MyPosts;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * {@code mina-inlagg.xhtml}: what the logged-in person wrote (questions, answers, comments, reports, reuse marks),
 * downloaded as JSON, and erased after a confirmation step (a second page state, {@code ?steg=radera}, so no script
 * is needed). Answers and threads others built on stay, signed "borttagen användare".
 */
@Named("myPostsPage")
@RequestScoped
public class MyPostsPage {

    static final String FILE_NAME = "hjulet-mina-inlagg.json";

    @Inject
    MyPosts myPosts;

    @Inject
    Site site;

    private ModerationViews.Export export;

    /** View action: visitors are sent to log in, and come back here. */
    public void load() {
        if (!site.isLoggedIn()) {
            PageActions.redirect(site.getLoginUrl());
        }
    }

    public ModerationViews.Export getExport() {
        if (export == null) {
            export = ModerationViews.Export.of(myPosts.export());
        }
        return export;
    }

    /** Whether the person wrote anything that an erasure would touch. */
    public boolean isAnything() {
        ModerationViews.Export e = getExport();
        return !(e.questions().isEmpty() && e.answers().isEmpty() && e.comments().isEmpty() && e.reports().isEmpty()
                && e.reuseMarks().isEmpty());
    }

    /** "Ladda ner": the export as a JSON file, the same as {@code GET /api/v1/me/posts} gives an API client. */
    public void download() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            String json;
            try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                json = jsonb.toJson(getExport());
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            external.responseReset();
            external.setResponseContentType("application/json; charset=UTF-8");
            external.setResponseContentLength(bytes.length);
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
            external.setResponseHeader("Cache-Control", "no-store");
            try (OutputStream out = external.getResponseOutputStream()) {
                out.write(bytes);
            }
            context.responseComplete();
        } catch (NotAuthenticated e) {
            PageActions.redirect(site.getLoginUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    /** "Ja, radera": the erasure itself, from the confirmation step. */
    public String erase() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            MyPosts.Erasure erased = myPosts.erase();
            context.addMessage(null, Texts.info(Texts.get("myPosts.done.erased",
                    erased.questionsRemoved() + erased.commentsRemoved(),
                    erased.questionsKept() + erased.answersKept() + erased.commentsKept())));
        } catch (NotAuthenticated e) {
            PageActions.redirect(site.getLoginUrl());
            return null;
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/mina-inlagg.xhtml?faces-redirect=true";
    }
}

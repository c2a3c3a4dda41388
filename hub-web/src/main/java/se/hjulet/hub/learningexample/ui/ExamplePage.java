package se.hjulet.hub.learningexample.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import se.hjulet.hub.initiative.entity.Contact;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.initiative.entity.Link;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * One learning example, {@code exempel.xhtml?id=N}: everyone reads published ones; members of the owner
 * organisation also see drafts and archived ones, and get the edit link and the publish, archive and
 * confirm buttons. An unknown id (or someone else's draft) answers 404 with a human message.
 *
 * <p>Request scoped, so reading a page creates no session: a button press reads the example again, by
 * the id the form sends along (its hidden {@code id} field).
 */
@Named("examplePage")
@RequestScoped
public class ExamplePage {

    @Inject
    Initiatives initiatives;

    @Inject
    Formats formats;

    @Inject
    Site site;

    private String idParam;
    private boolean loaded;
    private Long id;
    private boolean found;
    private boolean mayEdit;
    private InitiativeStatus status;
    private LearningExample example;

    /**
     * View action: reads the example, or answers 404. Also runs on first use in a postback, where
     * Faces asks whether the buttons are shown before it sets the view parameter.
     */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Long requested = parseId(idParam != null ? idParam
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (requested == null) {
            notFound();
            return;
        }
        try {
            example = initiatives.read(LearningExample.class, requested);
            id = requested;
            status = example.status();
            mayEdit = initiatives.mayEdit(example);
            found = true;
        } catch (NotFound e) {
            notFound();
        }
    }

    private void notFound() {
        found = false;
        example = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- actions (POST, then back to the page: post/redirect/get) ---

    public String publish() {
        return act(id -> initiatives.publish(LearningExample.class, id), "example.done.published", "example.conflict.publish");
    }

    public String archive() {
        return act(id -> initiatives.archive(LearningExample.class, id), "example.done.archived", "example.conflict.archive");
    }

    public String confirmCurrent() {
        return act(id -> initiatives.confirmCurrent(LearningExample.class, id), "example.done.confirmed", "example.conflict.generic");
    }

    private String act(LongConsumer action, String doneKey, String conflictKey) {
        load();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (id == null) {
            return null;
        }
        try {
            action.accept(id);
            context.addMessage(null, Texts.info(Texts.get(doneKey)));
        } catch (NotAuthenticated e) {
            try {
                external.redirect(site.getLoginUrl());
                context.responseComplete();
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return null;
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(Texts.get(conflictKey)));
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("example.accessDenied")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("example.notFound.text")));
        }
        external.getFlash().setKeepMessages(true);
        return "/exempel.xhtml?faces-redirect=true&id=" + id;
    }

    // --- what the page shows ---

    public boolean isFound() {
        load();
        return found;
    }

    public LearningExample getExample() {
        load();
        return example;
    }

    public Long getId() {
        load();
        return id;
    }

    public boolean isMayEdit() {
        load();
        return mayEdit;
    }

    public boolean isPublished() {
        load();
        return status == InitiativeStatus.PUBLISHED;
    }

    public boolean isMayPublish() {
        return isMayEdit() && status != null && status != InitiativeStatus.PUBLISHED;
    }

    public boolean isMayArchive() {
        return isMayEdit() && status == InitiativeStatus.PUBLISHED;
    }

    public boolean isMayConfirm() {
        return isMayEdit() && status == InitiativeStatus.PUBLISHED;
    }

    /** "draft", "published" or "archived", for the badge's CSS class. */
    public String getStatusName() {
        return status == null ? "" : status.name().toLowerCase();
    }

    public String getStatusLabel() {
        return status == null ? "" : Texts.get("status." + status.name());
    }

    public String getEditUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/skriv/exempel.xhtml?id=" + id;
    }

    public String getOwnerName() {
        return getExample().owner().name();
    }

    public List<ParticipantRow> getParticipants() {
        return getExample().participants().stream()
                .map(p -> new ParticipantRow(p.organisation().name(), Texts.get("role." + p.role().name())))
                .toList();
    }

    public record ParticipantRow(String name, String role) {
    }

    /** "1 januari 2020 – 31 december 2020", "Från 1 januari 2020, pågår", or null when no period is given. */
    public String getPeriod() {
        return formats.period(getExample().period());
    }

    public List<String> getPolicyAreas() {
        return List.copyOf(getExample().policyAreas());
    }

    public List<String> getTags() {
        return List.copyOf(getExample().tags());
    }

    public List<String> getConclusions() {
        return getExample().conclusions();
    }

    public List<String> getSuccessFactors() {
        return getExample().successFactors();
    }

    public List<Contact> getContacts() {
        return getExample().contacts();
    }

    public List<Link> getLinks() {
        return getExample().links();
    }

    public boolean isPossiblyOutdated() {
        return getExample().possiblyOutdated(Instant.now());
    }

    public String getLastConfirmed() {
        return formats.instant(getExample().lastConfirmedAt());
    }

    public String getPublishedOn() {
        return formats.instant(getExample().publishedAt());
    }

    public String getOriginallyPublished() {
        return formats.date(getExample().originallyPublished());
    }

    /** A phone number as a tel: link target (digits and a leading plus only). */
    public String tel(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    // --- view parameter ---

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}

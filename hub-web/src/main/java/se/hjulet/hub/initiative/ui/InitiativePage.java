package se.hjulet.hub.initiative.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.initiative.entity.Contact;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.initiative.entity.Link;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.participation.entity.ParticipationTotals;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.reuse.boundary.Reuses;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * What the read page of every kind of initiative has (with WEB-INF/templates/initiative.xhtml): loading
 * by {@code ?id=}, 404 with a human message, the owner's buttons (publish, archive, confirm), the shared
 * core's facts, who takes part and the lifecycle links. Each kind's page adds its own facts and text.
 *
 * <p>The pages are request scoped, so reading one creates no session: a button press reads the item
 * again, by the id the form sends along (its hidden {@code id} field).
 */
public abstract class InitiativePage<T extends Initiative> {

    @Inject
    protected Formats formats;

    @Inject
    protected Site site;

    @Inject
    protected Initiatives initiatives;

    @Inject
    Participations participations;

    @Inject
    Relations relations;

    @Inject
    Reuses reuses;

    @Inject
    Questions questions;

    private List<ReuseRow> reuseRows;
    private List<QuestionRow> questionRows;

    private String idParam;
    private boolean loaded;
    private Long id;
    private boolean found;
    private boolean mayEdit;
    private InitiativeStatus status;
    private T item;

    protected abstract Class<T> kind();

    /** The page's own path, e.g. {@code /projekt.xhtml}. */
    protected abstract String page();

    /** The form's path, e.g. {@code /skriv/projekt.xhtml}. */
    protected abstract String form();

    /** Prefix of this kind's message keys, e.g. {@code project}. */
    protected abstract String keys();

    /**
     * View action: reads the item, or answers 404. Also runs on first use in a postback, where Faces
     * asks whether the buttons are shown before it sets the view parameter.
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
            item = initiatives.read(kind(), requested);
            id = requested;
            status = item.status();
            mayEdit = initiatives.mayEdit(item);
            found = true;
        } catch (NotFound e) {
            notFound();
        }
    }

    private void notFound() {
        found = false;
        item = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public static Long parseId(String value) {
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

    public String doPublish() {
        return act(id -> initiatives.publish(kind(), id), "published", "publish");
    }

    public String doArchive() {
        return act(id -> initiatives.archive(kind(), id), "archived", "archive");
    }

    public String doConfirm() {
        return act(id -> initiatives.confirmCurrent(kind(), id), "confirmed", "generic");
    }

    /** Runs the owner's action, then back to the page (post/redirect/get) with what happened. */
    private String act(LongConsumer action, String done, String conflict) {
        load();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (id == null) {
            return null;
        }
        try {
            action.accept(id);
            context.addMessage(null, Texts.info(Texts.get(keys() + ".done." + done)));
        } catch (NotAuthenticated e) {
            try {
                external.redirect(site.getLoginUrl());
                context.responseComplete();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(Texts.get(keys() + ".conflict." + conflict)));
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("initiative.accessDenied")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get(keys() + ".notFound.text")));
        }
        external.getFlash().setKeepMessages(true);
        return page() + "?faces-redirect=true&id=" + id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public boolean isFound() {
        load();
        return found;
    }

    public T getItem() {
        load();
        return item;
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

    /** Whether other organisations take part (pledge, join): projects and procurement needs. */
    public boolean isTakesParticipants() {
        return getItem().acceptsParticipants();
    }

    public String getPublishedOn() {
        return formats.instant(getItem().publishedAt());
    }

    public String getStatusName() {
        return status == null ? "" : status.name().toLowerCase();
    }

    public String getStatusLabel() {
        return status == null ? "" : Texts.get("status." + status.name());
    }

    public String getEditUrl() {
        return site.url(form() + "?id=" + id);
    }

    public String getOwnerName() {
        return getItem().owner().name();
    }

    /** The owner's page, where its other work and its federations are. */
    public String getOwnerUrl() {
        return site.url("/organisation.xhtml?code=" + Site.encode(getItem().owner().reference()));
    }

    public record Row(String name, String detail) {
    }

    public List<Row> getParticipants() {
        return getItem().participants().stream()
                .map(p -> new Row(p.organisation().name(), Texts.get("role." + p.role().name())))
                .toList();
    }

    public String getPeriod() {
        return formats.period(getItem().period());
    }

    public List<String> getPolicyAreas() {
        return List.copyOf(getItem().policyAreas());
    }

    public List<String> getTags() {
        return List.copyOf(getItem().tags());
    }

    public List<Contact> getContacts() {
        return getItem().contacts();
    }

    public List<Link> getLinks() {
        return getItem().links();
    }

    public boolean isPossiblyOutdated() {
        return getItem().possiblyOutdated(Instant.now());
    }

    public String getLastConfirmed() {
        return formats.instant(getItem().lastConfirmedAt());
    }

    /** Accepted participants and what they pledged; only accepted pledges count. */
    public ParticipationTotals getTotals() {
        return participations.totalsOf(getItem());
    }

    public List<String> getAcceptedOrganisations() {
        return getTotals().accepted().stream().map(Organisation::name).toList();
    }

    public String sek(long amount) {
        return Formats.kronor(amount);
    }

    /** Lifecycle links to items the reader may see: "Genomförs av: Projekt X", with the page to go to. */
    public record RelationRow(String label, String title, String url) {
    }

    public List<RelationRow> getRelations() {
        T current = getItem();
        return relations.of(current).stream()
                .map(r -> new RelationRow(Texts.get("relation." + r.nameSeenFrom(current)), r.otherEnd(current).title(),
                        site.url(r.otherEnd(current).pagePath())))
                .toList();
    }

    /** "Vi har återanvänt detta": who reused the item, how, and what came of it where the reader may see it. */
    public record ReuseRow(String organisation, String how, String note, String ownTitle, String ownUrl) {
    }

    public List<ReuseRow> getReuses() {
        if (reuseRows == null) {
            reuseRows = reuseRows(reuses.of(getItem()), reuses::visibleOwnItem,
                    how -> Texts.get("reuse.how." + how.name()), path -> site.url(path));
        }
        return reuseRows;
    }

    static List<ReuseRow> reuseRows(List<ReuseMark> marks, Function<ReuseMark, Optional<Initiative>> visibleOwnItem,
                                    Function<ReuseKind, String> label, Function<String, String> url) {
        return marks.stream().map(mark -> {
            Optional<Initiative> own = visibleOwnItem.apply(mark);
            return new ReuseRow(mark.organisation().name(), label.apply(mark.how()), mark.note(),
                    own.map(Initiative::title).orElse(null), own.map(i -> url.apply(i.pagePath())).orElse(null));
        }).toList();
    }

    /** "Återanvänt av 2 organisationer". */
    public String getReuseHeading() {
        return Texts.get("reuse.heading", getReuses().size());
    }

    /** Questions to the network about this item, newest first. */
    public record QuestionRow(String title, String url, boolean answered) {
    }

    public List<QuestionRow> getQuestions() {
        if (questionRows == null) {
            questionRows = questions.about(getItem()).stream()
                    .map(q -> new QuestionRow(q.title(), site.url(q.pagePath()), q.isAnswered())).toList();
        }
        return questionRows;
    }

    public String tel(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}

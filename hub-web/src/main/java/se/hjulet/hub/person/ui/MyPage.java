package se.hjulet.hub.person.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.hjulet.hub.follow.boundary.Follows;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Membership;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * "Min sida", {@code min-sida.xhtml}: what the logged-in person follows (with a way to stop), their latest
 * news and unread count, the drafts of their organisations (every kind, each with its form), the
 * organisations they belong to and how, and logging out. Only reads; the buttons are those of
 * {@code Following} and the header's logout form. Login needed ({@code LoginRequiredFilter}).
 */
@Named("myPage")
@RequestScoped
public class MyPage {

    static final int LATEST_NEWS = 5;

    @Inject
    People people;

    @Inject
    Follows follows;

    @Inject
    Initiatives initiatives;

    @Inject
    Site site;

    @Inject
    Formats formats;

    private List<FollowRow> followRows;
    private List<Draft> drafts;
    private List<News> news;
    private Long unread;
    private List<OrganisationRow> organisationRows;

    /** Something the person follows; url is null for a search (its filters live in the follow only). */
    public record FollowRow(long id, String kindLabel, String describes, String url) {
    }

    /** A draft of one of the person's organisations, with its page and its form. */
    public record Draft(long id, String kindLabel, String title, String organisation, String updated, String url, String editUrl) {
    }

    public record News(String title, String url, String change, boolean read) {
    }

    /** An organisation the person belongs to: its page, their role and where the membership came from. */
    public record OrganisationRow(String name, String url, String kindLabel, String role, String source) {
    }

    /** View action: the login filter lets only logged-in people here; a session that ended meanwhile logs in again. */
    public void load() {
        if (!site.isLoggedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.redirect(site.getLoginUrl());
                FacesContext.getCurrentInstance().responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<FollowRow> getFollows() {
        if (followRows == null) {
            followRows = follows.mine().stream().map(this::followRow).toList();
        }
        return followRows;
    }

    private FollowRow followRow(Follow f) {
        String path = switch (f.kind()) {
            case ITEM -> f.initiative() == null ? null : f.initiative().pagePath();
            case COLLECTION -> f.collection() == null ? null : f.collection().pagePath();
            case ORGANISATION -> f.organisation() == null ? null
                    : "/organisation.xhtml?code=" + Site.encode(f.organisation().reference());
            default -> null;
        };
        return new FollowRow(f.id(), Texts.get("notifications.followKind." + f.kind().name()), f.describe(),
                path == null ? null : site.url(path));
    }

    public long getUnread() {
        if (unread == null) {
            unread = follows.unread();
        }
        return unread;
    }

    public List<News> getLatestNews() {
        if (news == null) {
            news = follows.notifications(0, LATEST_NEWS).stream()
                    .map(n -> new News(n.title(), site.url(n.pagePath()), Texts.get("notifications.change." + n.change().name()), n.isRead()))
                    .toList();
        }
        return news;
    }

    /** Drafts of every kind the person's organisations own, the latest changed first. */
    public List<Draft> getDrafts() {
        if (drafts == null) {
            drafts = Stream.of(LearningExample.class, Project.class, ProcurementNeed.class)
                    .flatMap(kind -> initiatives.ofMyOrganisations(kind).stream())
                    .filter(i -> i.status() == InitiativeStatus.DRAFT)
                    .sorted(Comparator.comparing(Initiative::updatedAt).reversed())
                    .map(this::draft)
                    .toList();
        }
        return drafts;
    }

    private Draft draft(Initiative i) {
        return new Draft(i.id(), Texts.get("kind." + i.kind()), i.title(), i.owner().name(), formats.instant(i.updatedAt()),
                site.url(i.pagePath()), site.url(formOf(i.kind()) + "?id=" + i.id()));
    }

    /** Each kind's form, as the header's "write" links name them. */
    static String formOf(String kind) {
        return switch (kind) {
            case "project" -> "/skriv/projekt.xhtml";
            case "procurement_need" -> "/skriv/upphandling.xhtml";
            default -> "/skriv/exempel.xhtml";
        };
    }

    public List<OrganisationRow> getOrganisations() {
        if (organisationRows == null) {
            organisationRows = organisationRows();
        }
        return organisationRows;
    }

    private List<OrganisationRow> organisationRows() {
        return people.currentIfAny().map(person -> person.memberships().stream()
                        .sorted(Comparator.comparing((Membership m) -> m.organisation().name()))
                        .map(m -> new OrganisationRow(m.organisation().name(),
                                site.url("/organisation.xhtml?code=" + Site.encode(m.organisation().reference())),
                                Texts.get("organisation.kind." + m.organisation().kind().name()),
                                Texts.get("membership.role." + m.role().name()),
                                Texts.get("mine.organisations.source." + m.source().name())))
                        .toList())
                .orElse(List.of());
    }
}

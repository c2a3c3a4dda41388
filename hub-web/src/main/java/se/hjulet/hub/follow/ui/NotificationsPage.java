package se.hjulet.hub.follow.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import se.hjulet.hub.follow.boundary.Follows;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * {@code notiser.xhtml}: the reader's notifications, newest first (only items still public: the boundary's query
 * leaves the others out), marking one or all as read, and what the reader follows, with a way to stop. Login needed.
 */
@Named("notificationsPage")
@RequestScoped
public class NotificationsPage {

    static final int PAGE = 50;

    @Inject
    Follows follows;

    @Inject
    Site site;

    @Inject
    Formats formats;

    private List<Row> rows;
    private List<FollowRow> followRows;

    /** One piece of news as the page lists it. */
    public record Row(long id, String title, String url, String kindLabel, String change, String when, String isoWhen,
                      boolean read, String because) {
    }

    /** Something the reader follows. */
    public record FollowRow(long id, String kindLabel, String describes) {
    }

    /** View action: visitors are sent to log in, and come back here. */
    public void load() {
        if (!site.isLoggedIn()) {
            redirect(site.getLoginUrl());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = follows.notifications(0, PAGE).stream().map(this::row).toList();
        }
        return rows;
    }

    public List<FollowRow> getFollows() {
        if (followRows == null) {
            followRows = follows.mine().stream()
                    .map(f -> new FollowRow(f.id(), Texts.get("notifications.followKind." + f.kind().name()), f.describe())).toList();
        }
        return followRows;
    }

    public boolean isAnyUnread() {
        return getRows().stream().anyMatch(r -> !r.read());
    }

    /** "Markera som läst": the form sends the notification's id. */
    public String markRead() {
        Long id = InitiativePage.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("notification"));
        return act(() -> {
            if (id != null) {
                follows.read(id);
            }
            return "notifications.done.read";
        });
    }

    public String markAllRead() {
        return act(() -> {
            follows.readAll();
            return "notifications.done.allRead";
        });
    }

    private Row row(Notification n) {
        Follow follow = n.follow();
        return new Row(n.id(), n.title(), site.url(n.pagePath()), Texts.get("kind." + n.itemKind()),
                Texts.get("notifications.change." + n.change().name()), formats.instant(n.createdAt()),
                formats.isoInstant(n.createdAt()), n.isRead(),
                follow == null ? null : Texts.get("notifications.because", follow.describe()));
    }

    private String act(java.util.function.Supplier<String> work) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.addMessage(null, Texts.info(Texts.get(work.get())));
        } catch (NotAuthenticated e) {
            redirect(site.getLoginUrl());
            return null;
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/notiser.xhtml?faces-redirect=true";
    }

    private static void redirect(String url) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package se.hjulet.hub.follow.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.hjulet.hub.follow.boundary.Follows;
import se.hjulet.hub.follow.entity.Notification;

/** The caller's notifications, newest first, and how many are unread. */
@Path("notifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Follows follows;

    /** One piece of news: the item ({@code kind}, {@code id}, {@code title}, {@code url}), what happened, and the follow. */
    public record NotificationView(long id, String kind, long itemId, String title, String url, String change,
                                   Instant changedAt, Instant createdAt, boolean read, Long follow, String followed) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.itemKind(), n.itemId(), n.title(), n.pagePath(),
                    n.change().name().toLowerCase(Locale.ROOT), n.itemChangedAt(), n.createdAt(), n.isRead(),
                    n.follow() == null ? null : n.follow().id(), n.follow() == null ? null : n.follow().describe());
        }
    }

    public record Unread(long unread) {
    }

    public record Marked(int marked) {
    }

    @GET
    public List<NotificationView> list(@QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("20") int max) {
        return follows.notifications(first, max).stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("unread-count")
    public Unread unread() {
        return new Unread(follows.unread());
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return NotificationView.of(follows.read(id));
    }

    @POST
    @Path("read-all")
    public Marked readAll() {
        return new Marked(follows.readAll());
    }
}

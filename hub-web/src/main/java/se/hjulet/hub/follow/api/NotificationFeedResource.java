package se.hjulet.hub.follow.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.hjulet.hub.api.AtomFeed;
import se.hjulet.hub.follow.boundary.Follows;
import se.hjulet.hub.follow.entity.Notification;

/**
 * A person's notifications as an Atom feed, {@code /api/v1/notifications.atom?token=…}: feed readers cannot log in, so
 * the address carries the person's feed secret ({@code GET /api/v1/notifications/feed} gives it). The entries are the
 * list the app shows, so drafts, private collections and hidden posts never reach it.
 */
@Path("notifications.atom")
@RequestScoped
@Transactional
public class NotificationFeedResource {

    private static final int ENTRIES = 30;
    private static final Map<String, String> CHANGES = Map.of("published", "Publicerat", "changed", "Ändrat",
            "answered", "Nytt svar", "commented", "Ny kommentar", "replied", "Nytt svar på kommentar", "reused", "Återanvänt");

    @Inject
    Follows follows;

    @Context
    UriInfo uri;

    @GET
    @Produces(AtomFeed.TYPE)
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed of the person's notifications, newest first",
            content = @Content(mediaType = AtomFeed.TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No feed has that secret (any more)")
    public Response feed(@QueryParam("token") String token) {
        List<Notification> news = follows.byFeed(token, ENTRIES);
        String root = uri.getBaseUri().resolve("../..").toString().replaceAll("/+$", "");
        Instant updated = news.stream().map(Notification::createdAt).max(Instant::compareTo).orElse(Instant.now());
        AtomFeed feed = new AtomFeed(uri.getRequestUri().toString(), "Hjulet: dina notiser",
                "Nytt om det du följer, svar på dina frågor och kommentarer på din organisations initiativ.", updated,
                root + "/notiser.xhtml");
        for (Notification n : news) {
            String change = n.change().name().toLowerCase(Locale.ROOT);
            // One entry per notification: the same item can be news several times (published, then changed).
            feed.entry(root + n.pagePath() + "#notis-" + n.id(), n.title(), n.createdAt(), n.itemChangedAt(), null,
                    change, CHANGES.getOrDefault(change, change), CHANGES.getOrDefault(change, change) + ": " + n.title());
        }
        return Response.ok(feed.xml()).type(AtomFeed.TYPE).build();
    }
}

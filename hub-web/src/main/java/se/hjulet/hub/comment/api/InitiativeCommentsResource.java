package se.hjulet.hub.comment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.comment.boundary.CommentInput;
import se.hjulet.hub.comment.boundary.Comments;
import se.hjulet.hub.moderation.api.PostViews.Reader;

/** Comments on a learning example, project or procurement need (any kind of initiative, by its id). */
@Path("initiatives/{id}/comments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Comments on initiatives and collections, one level of replies")
public class InitiativeCommentsResource {

    @Inject
    Comments comments;

    @GET
    public List<CommentView> list(@PathParam("id") long id) {
        return CommentView.threads(comments.onInitiative(id), reader());
    }

    /** A new thread, or with {@code replyTo} a reply to one (201). */
    @POST
    @APIResponse(responseCode = "201", description = "The comment; its address (under /comments) in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") long id, @NotNull CommentInput input, @Context UriInfo uri) {
        var comment = comments.commentOnInitiative(id, input);
        return Response.created(uri.getBaseUriBuilder().path("comments").path(String.valueOf(comment.id())).build())
                .entity(CommentView.of(comment, reader())).build();
    }

    private Reader reader() {
        return new Reader(comments.caller().orElse(null), comments.callerModerates());
    }
}

package se.hjulet.hub.comment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import se.hjulet.hub.comment.boundary.CommentInput;
import se.hjulet.hub.comment.boundary.Comments;
import se.hjulet.hub.moderation.api.PostViews.Reader;

/** One comment: its author edits or deletes it; members of the item's owner (a collection's curator) pin it. */
@Path("comments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Comments on initiatives and collections, one level of replies")
public class CommentsResource {

    @Inject
    Comments comments;

    @PUT
    @Path("{id}")
    public CommentView edit(@PathParam("id") long id, @NotNull CommentInput input) {
        return CommentView.of(comments.edit(id, input), reader());
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        comments.delete(id);
        return Response.noContent().build();
    }

    /** Pinned first on the item; the comment pinned before is unpinned. */
    @POST
    @Path("{id}/pin")
    public CommentView pin(@PathParam("id") long id) {
        return CommentView.of(comments.pin(id), reader());
    }

    @DELETE
    @Path("{id}/pin")
    public CommentView unpin(@PathParam("id") long id) {
        return CommentView.of(comments.unpin(id), reader());
    }

    private Reader reader() {
        return new Reader(comments.caller().orElse(null), comments.callerModerates());
    }
}

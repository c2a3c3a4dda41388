package se.hjulet.hub.initiative.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.hjulet.hub.initiative.boundary.RelationInput;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.initiative.entity.Initiative;

/** Linking from an item to another; each kind has a small subclass that names its path and entity. */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RelationsResource {

    @Inject
    Relations relations;

    protected abstract Class<? extends Initiative> kind();

    /** Members of the item's owner link it to another item (201); the link shows on both items' views. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link this item to another (members of this item's owner); shown on both items")
    @APIResponse(responseCode = "201", description = "The link as seen from this item; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationView.class)))
    public Response link(@PathParam("id") long id, @Valid @NotNull RelationInput input, @Context UriInfo uri) {
        var relation = relations.link(kind(), id, input);
        var view = RelationView.of(relation, relation.source());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @DELETE
    @Path("{rid}")
    @Operation(summary = "Remove a link (members of this item's owner)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unlink(@PathParam("id") long id, @PathParam("rid") long rid) {
        relations.unlink(kind(), id, rid);
        return Response.noContent().build();
    }
}

package se.hjulet.hub.initiative.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.hjulet.hub.initiative.boundary.RelationInput;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.initiative.entity.Initiative;

/** Linking from an item to another; each kind has a small subclass that names its path and entity. */
public abstract class RelationsResource {

    @Inject
    Relations relations;

    protected abstract Class<? extends Initiative> kind();

    /** Members of the item's owner link it to another item (201); the link shows on both items' views. */
    @POST
    public Response link(@PathParam("id") long id, @Valid @NotNull RelationInput input, @Context UriInfo uri) {
        var relation = relations.link(kind(), id, input);
        var view = RelationView.of(relation, relation.source());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @DELETE
    @Path("{rid}")
    public Response unlink(@PathParam("id") long id, @PathParam("rid") long rid) {
        relations.unlink(kind(), id, rid);
        return Response.noContent().build();
    }
}

package se.hjulet.hub.collection.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.collection.boundary.CollectionInput;
import se.hjulet.hub.collection.boundary.Collections;

/** Workshop collections: facilitators write them; readers depend on the visibility (a LINK_ONLY one needs ?token=). */
@Path("collections")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    @Inject
    Collections collections;

    /** Public collections and the caller's own. */
    @GET
    public List<CollectionView> list() {
        return collections.visible().stream().map(c -> CollectionView.of(c, collections.mayEdit(c))).toList();
    }

    @POST
    public Response create(@Valid @NotNull CollectionInput input, @Context UriInfo uri) {
        var created = CollectionView.of(collections.create(input), true);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CollectionView get(@PathParam("id") long id, @QueryParam("token") String token) {
        var collection = collections.read(id, token);
        return CollectionView.of(collection, collections.mayEdit(collection));
    }

    @PUT
    @Path("{id}")
    public CollectionView update(@PathParam("id") long id, @Valid @NotNull CollectionInput input) {
        return CollectionView.of(collections.update(id, input), true);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        collections.delete(id);
        return Response.noContent().build();
    }
}

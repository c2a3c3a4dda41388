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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.collection.boundary.CollectionInput;
import se.hjulet.hub.collection.boundary.Collections;

/** Workshop collections: facilitators write them; readers depend on the visibility (a LINK_ONLY one needs ?token=). */
@Path("collections")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Workshop collections: themes of chosen items, documents and links with reflection questions")
public class CollectionsResource {

    @Inject
    Collections collections;

    /** Public collections and the caller's own. */
    @GET
    @Operation(summary = "Public collections and the caller's own")
    public List<CollectionView> list() {
        return collections.visible().stream().map(c -> CollectionView.of(c, collections.mayEdit(c))).toList();
    }

    @POST
    @Operation(summary = "Create a collection (facilitators)")
    @APIResponse(responseCode = "201", description = "The new collection; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    public Response create(@Valid @NotNull CollectionInput input, @Context UriInfo uri) {
        var created = CollectionView.of(collections.create(input), true);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a collection (a link-only one needs its token)")
    public CollectionView get(@PathParam("id") long id,
                              @Parameter(description = "The secret of a LINK_ONLY collection's share link") @QueryParam("token") String token) {
        var collection = collections.read(id, token);
        return CollectionView.of(collection, collections.mayEdit(collection));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a collection (its curator); send the version you edited")
    public CollectionView update(@PathParam("id") long id, @Valid @NotNull CollectionInput input) {
        return CollectionView.of(collections.update(id, input), true);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a collection (its curator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        collections.delete(id);
        return Response.noContent().build();
    }
}

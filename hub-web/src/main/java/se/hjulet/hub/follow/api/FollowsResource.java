package se.hjulet.hub.follow.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.follow.boundary.FollowInput;
import se.hjulet.hub.follow.boundary.Follows;

/** The caller's follows: of an initiative, a collection, an organisation or a saved search, each with its delivery. */
@Path("follows")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowsResource {

    @Inject
    Follows follows;

    public record DeliveryInput(@NotNull @Size(max = 20) String delivery) {
    }

    @GET
    public List<FollowView> mine() {
        return follows.mine().stream().map(FollowView::of).toList();
    }

    /** 201 with the new follow; following the same thing again changes its delivery (200). */
    @POST
    @APIResponse(responseCode = "201", description = "The new follow; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowView.class)))
    @APIResponse(responseCode = "200", description = "Already followed: its delivery is changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowView.class)))
    public Response follow(@Valid @NotNull FollowInput input, @Context UriInfo uri) {
        var followed = follows.follow(input);
        var view = FollowView.of(followed.follow());
        if (!followed.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @PUT
    @Path("{id}")
    public FollowView deliver(@PathParam("id") long id, @Valid @NotNull DeliveryInput input) {
        return FollowView.of(follows.deliver(id, input.delivery()));
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "No longer followed")
    public Response unfollow(@PathParam("id") long id) {
        follows.unfollow(id);
        return Response.noContent().build();
    }
}

package se.hjulet.hub.reuse.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.reuse.boundary.ReuseInput;
import se.hjulet.hub.reuse.boundary.Reuses;
import se.hjulet.hub.reuse.entity.ReuseMark;

/** "Vi har återanvänt detta" on any kind of initiative: who reused it; members of an organisation mark it for theirs. */
@Path("initiatives/{id}/reuses")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reuse", description = "Marks that an organisation reused an item, and how")
public class ReusesResource {

    @Inject
    Reuses reuses;

    @GET
    public ReuseView.OfItem list(@PathParam("id") long id) {
        var marks = reuses.of(id);
        return new ReuseView.OfItem(id, marks.size(), marks.stream().map(m -> OrganisationRef.of(m.organisation())).toList(),
                marks.stream().map(this::view).toList());
    }

    /** One of the caller's organisations reused the item (201); once per organisation. */
    @POST
    @APIResponse(responseCode = "201", description = "The mark; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReuseView.class)))
    public Response mark(@PathParam("id") long id, @NotNull ReuseInput input, @Context UriInfo uri) {
        ReuseMark mark = reuses.mark(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(mark.id())).build()).entity(view(mark)).build();
    }

    @DELETE
    @Path("{markId}")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unmark(@PathParam("id") long id, @PathParam("markId") long markId) {
        reuses.unmark(id, markId);
        return Response.noContent().build();
    }

    private ReuseView view(ReuseMark mark) {
        return ReuseView.of(mark, reuses.visibleOwnItem(mark).orElse(null));
    }
}

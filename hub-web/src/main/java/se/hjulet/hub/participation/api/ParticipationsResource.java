package se.hjulet.hub.participation.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.participation.boundary.InterestInput;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.participation.boundary.PledgeInput;
import se.hjulet.hub.participation.entity.Participation;

/**
 * The participation endpoints, the same under projects and procurement needs: each kind has a small
 * subclass that names its path and entity.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParticipationsResource {

    @Inject
    Participations participations;

    /** The kind of item this resource serves. */
    protected abstract Class<? extends Initiative> kind();

    @GET
    @Operation(summary = "Who takes part: each organisation's interest, pledge and the owner's answer")
    public List<ParticipationView> list(@PathParam("id") long id) {
        return participations.of(kind(), id).stream().map(this::view).toList();
    }

    /** An organisation the caller belongs to declares interest (201). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare interest for one of the caller's organisations")
    @APIResponse(responseCode = "201", description = "The participation; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipationView.class)))
    public Response declareInterest(@PathParam("id") long id, @Valid @NotNull InterestInput input, @Context UriInfo uri) {
        var created = view(participations.declareInterest(kind(), id, input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{pid}/pledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pledge money, person-days or joining the procurement (the participating organisation)")
    public ParticipationView pledge(@PathParam("id") long id, @PathParam("pid") long pid, @Valid @NotNull PledgeInput input) {
        return view(participations.pledge(kind(), id, pid, input));
    }

    @POST
    @Path("{pid}/accept")
    @Operation(summary = "Accept a participation (members of the item's owner)")
    public ParticipationView accept(@PathParam("id") long id, @PathParam("pid") long pid) {
        return view(participations.accept(kind(), id, pid));
    }

    @POST
    @Path("{pid}/decline")
    @Operation(summary = "Decline a participation (members of the item's owner)")
    public ParticipationView decline(@PathParam("id") long id, @PathParam("pid") long pid) {
        return view(participations.decline(kind(), id, pid));
    }

    private ParticipationView view(Participation p) {
        return ParticipationView.of(p, participations.maySeeContact(p));
    }
}

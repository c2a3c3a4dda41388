package se.hjulet.hub.person.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.api.ApiContract;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.MembershipRequestInput;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.person.entity.MembershipRequest;
import se.hjulet.hub.platform.entity.NotFound;

/** Asking to join an organisation, and its admins answering. */
@Path("organisations/{reference}/membership-requests")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Membership requests", description = "Asking to join an organisation, and its admins answering")
public class MembershipRequestsResource {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Schema(name = "MembershipRequestView")
    public record RequestView(long id, String organisation, long personId, String personName, String personEmail,
                              String status, String message, Instant createdAt) {
        static RequestView of(MembershipRequest r) {
            return new RequestView(r.id(), r.organisation().reference(), r.person().id(), r.person().displayName(),
                    r.person().email(), r.status().name(), r.message(), r.createdAt());
        }
    }

    /** The caller asks to become a member (201); body optional. */
    @POST
    @Operation(summary = "Ask to become a member of the organisation (the body, with a message, is optional)")
    @APIResponse(responseCode = "201", description = "The request; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response request(@PathParam("reference") String reference, @Valid MembershipRequestInput input, @Context UriInfo uri) {
        var created = RequestView.of(memberships.request(organisation(reference), input == null ? null : input.message()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** Pending requests, for the organisation's admins and platform admins. */
    @GET
    @Operation(summary = "Pending requests (the organisation's admins and platform admins)")
    @SecurityRequirement(name = ApiContract.BEARER)
    public List<RequestView> pending(@PathParam("reference") String reference) {
        return memberships.pending(organisation(reference)).stream().map(RequestView::of).toList();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a request: the person becomes a member (the organisation's admins and platform admins)")
    public RequestView approve(@PathParam("reference") String reference, @PathParam("id") long id) {
        return RequestView.of(memberships.approve(organisation(reference), id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a request (the organisation's admins and platform admins)")
    public RequestView reject(@PathParam("reference") String reference, @PathParam("id") long id) {
        return RequestView.of(memberships.reject(organisation(reference), id));
    }

    private Organisation organisation(String reference) {
        return organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
    }
}

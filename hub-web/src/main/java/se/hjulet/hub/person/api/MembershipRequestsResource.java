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
public class MembershipRequestsResource {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    public record RequestView(long id, String organisation, long personId, String personName, String personEmail,
                              String status, String message, Instant createdAt) {
        static RequestView of(MembershipRequest r) {
            return new RequestView(r.id(), r.organisation().reference(), r.person().id(), r.person().displayName(),
                    r.person().email(), r.status().name(), r.message(), r.createdAt());
        }
    }

    /** The caller asks to become a member (201); body optional. */
    @POST
    public Response request(@PathParam("reference") String reference, @Valid MembershipRequestInput input, @Context UriInfo uri) {
        var created = RequestView.of(memberships.request(organisation(reference), input == null ? null : input.message()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** Pending requests, for the organisation's admins and platform admins. */
    @GET
    public List<RequestView> pending(@PathParam("reference") String reference) {
        return memberships.pending(organisation(reference)).stream().map(RequestView::of).toList();
    }

    @POST
    @Path("{id}/approve")
    public RequestView approve(@PathParam("reference") String reference, @PathParam("id") long id) {
        return RequestView.of(memberships.approve(organisation(reference), id));
    }

    @POST
    @Path("{id}/reject")
    public RequestView reject(@PathParam("reference") String reference, @PathParam("id") long id) {
        return RequestView.of(memberships.reject(organisation(reference), id));
    }

    private Organisation organisation(String reference) {
        return organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
    }
}

package se.hjulet.hub.person.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.platform.entity.NotFound;

/** E-mail domains whose verified addresses make people members of the organisation (platform admins map them). */
@Path("organisations/{reference}/domains")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "E-mail domains", description = "Domains whose verified addresses make people members of an organisation at login")
public class EmailDomainsResource {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @GET
    @Operation(summary = "The organisation's e-mail domains")
    public List<String> list(@PathParam("reference") String reference) {
        return memberships.domainsOf(organisation(reference)).stream().map(d -> d.domain()).toList();
    }

    @PUT
    @Path("{domain}")
    @Operation(summary = "Map an e-mail domain to the organisation (platform admins); 409 when another has it")
    @APIResponse(responseCode = "204", description = "Mapped")
    public Response map(@PathParam("reference") String reference, @PathParam("domain") String domain) {
        memberships.mapDomain(organisation(reference), domain);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{domain}")
    @Operation(summary = "Unmap an e-mail domain (platform admins)")
    @APIResponse(responseCode = "204", description = "Unmapped")
    public Response unmap(@PathParam("reference") String reference, @PathParam("domain") String domain) {
        memberships.unmapDomain(organisation(reference), domain);
        return Response.noContent().build();
    }

    private se.hjulet.hub.organisation.entity.Organisation organisation(String reference) {
        return organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
    }
}

package se.hjulet.hub.organisation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.organisation.boundary.OrganisationInput;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

@Path("organisations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Municipalities, regions, federations and agencies, and who acts for them")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    People people;

    public record OrganisationView(String code, String name, String kind, String countyCode, List<String> members) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.code(), o.name(), o.kind().name(), o.countyCode(),
                    o.members().stream().map(Organisation::reference).sorted().toList()); // the same list every time
        }
    }

    public record MembershipGrant(@NotNull MembershipRole role) {
    }

    @GET
    @Operation(summary = "Organisations, optionally of one kind")
    public List<OrganisationView> list(@Parameter(description = "municipality, region, federation, agency or other")
                                       @QueryParam("kind") String kind) {
        return organisations.all(parseKind(kind)).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One organisation, by its code (or name)")
    public OrganisationView get(@PathParam("reference") String reference) {
        return organisations.byReference(reference).map(OrganisationView::of)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
    }

    @POST
    @Operation(summary = "Add an organisation (platform admins)")
    @APIResponse(responseCode = "201", description = "The organisation; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public Response add(@Valid @NotNull OrganisationInput input, @Context UriInfo uri) {
        var added = OrganisationView.of(organisations.add(input));
        return Response.created(uri.getAbsolutePathBuilder().path(added.code() != null ? added.code() : added.name()).build())
                .entity(added).build();
    }

    /** Platform admins and the organisation's admins make a person a member (or admin) of it. */
    @PUT
    @Path("{reference}/members/{personId}")
    @Operation(summary = "Make a person a member or admin of the organisation (platform admins and the organisation's admins)")
    @APIResponse(responseCode = "204", description = "Granted")
    public Response grantMembership(@PathParam("reference") String reference, @PathParam("personId") long personId,
                                    @Valid @NotNull MembershipGrant grant) {
        people.grantMembership(personId, organisations.existing("organisation", reference), grant.role());
        return Response.noContent().build();
    }

    private static OrganisationKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "Unknown kind '" + kind + "'; use one of municipality, region, federation, agency, other.");
        }
    }
}

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
    public List<OrganisationView> list(@QueryParam("kind") String kind) {
        return organisations.all(parseKind(kind)).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{reference}")
    public OrganisationView get(@PathParam("reference") String reference) {
        return organisations.byReference(reference).map(OrganisationView::of)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
    }

    @POST
    public Response add(@Valid @NotNull OrganisationInput input, @Context UriInfo uri) {
        var added = OrganisationView.of(organisations.add(input));
        return Response.created(uri.getAbsolutePathBuilder().path(added.code() != null ? added.code() : added.name()).build())
                .entity(added).build();
    }

    /** Platform admins and the organisation's admins make a person a member (or admin) of it. */
    @PUT
    @Path("{reference}/members/{personId}")
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

package se.hjulet.hub.procurement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.boundary.ProcurementNeedInput;
import se.hjulet.hub.procurement.boundary.ProcurementNeeds;

@Path("procurement-needs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcurementNeedsResource {

    @Inject
    ProcurementNeeds needs;

    @Inject
    Participations participations;

    @Inject
    Relations relations;

    /** Published procurement needs, newest first; {@code ?mine=true} lists the caller's organisations' own, drafts included. */
    @GET
    public List<ProcurementNeedView> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue("20") int max) {
        var found = mine ? needs.ofMyOrganisations() : needs.published(first, max);
        return found.stream().map(this::view).toList();
    }

    @POST
    public Response create(@Valid @NotNull ProcurementNeedInput input, @Context UriInfo uri) {
        var created = view(needs.draft(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public ProcurementNeedView get(@PathParam("id") long id) {
        return view(needs.read(id));
    }

    /** Replaces the content; send the {@code version} you edited so concurrent edits are not lost. */
    @PUT
    @Path("{id}")
    public ProcurementNeedView update(@PathParam("id") long id, @Valid @NotNull ProcurementNeedInput input) {
        return view(needs.update(id, input));
    }

    @POST
    @Path("{id}/publish")
    public ProcurementNeedView publish(@PathParam("id") long id) {
        return view(needs.publish(id));
    }

    @POST
    @Path("{id}/archive")
    public ProcurementNeedView archive(@PathParam("id") long id) {
        return view(needs.archive(id));
    }

    /** The owner confirms the content is still current (resets the "possibly outdated" mark). */
    @POST
    @Path("{id}/confirm")
    public ProcurementNeedView confirm(@PathParam("id") long id) {
        return view(needs.confirmCurrent(id));
    }

    private ProcurementNeedView view(ProcurementNeed item) {
        return ProcurementNeedView.of(item, participations.totalsOf(item), relations.of(item));
    }
}

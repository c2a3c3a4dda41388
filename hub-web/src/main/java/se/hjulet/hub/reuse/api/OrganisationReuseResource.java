package se.hjulet.hub.reuse.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.reuse.boundary.Reuses;

/** An organisation's page data on reuse: what it reused, and who reused its work. */
@Path("organisations/{reference}/reuse")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationReuseResource {

    @Inject
    Organisations organisations;

    @Inject
    Reuses reuses;

    @GET
    public ReuseView.OfOrganisation reuse(@PathParam("reference") String reference) {
        var organisation = organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
        var reused = reuses.reusedBy(organisation).stream().map(m -> ReuseView.of(m, reuses.visibleOwnItem(m).orElse(null))).toList();
        var reusedBy = reuses.ofWorkOf(organisation).stream().map(m -> ReuseView.of(m, reuses.visibleOwnItem(m).orElse(null))).toList();
        return new ReuseView.OfOrganisation(OrganisationRef.of(organisation), reused.size(), reused, reusedBy.size(), reusedBy);
    }
}

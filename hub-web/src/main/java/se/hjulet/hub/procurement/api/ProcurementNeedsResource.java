package se.hjulet.hub.procurement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.api.InitiativeResource;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.procurement.boundary.ProcurementNeedInput;
import se.hjulet.hub.procurement.entity.ProcurementNeed;

/** Procurement needs: shown with the organisations that join them and their lifecycle links. */
@Path("procurement-needs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement needs", description = "What organisations plan to procure (CPV codes, value, window), open for others to join")
public class ProcurementNeedsResource extends InitiativeResource<ProcurementNeed, ProcurementNeedInput, ProcurementNeedView> {

    @Inject
    Participations participations;

    @Inject
    Relations relations;

    @Override
    protected Class<ProcurementNeed> kind() {
        return ProcurementNeed.class;
    }

    @Override
    protected ProcurementNeedView view(ProcurementNeed item) {
        return ProcurementNeedView.of(item, participations.totalsOf(item), relations.of(item));
    }
}

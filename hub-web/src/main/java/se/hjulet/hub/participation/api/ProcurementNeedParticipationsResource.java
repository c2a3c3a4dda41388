package se.hjulet.hub.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.procurement.entity.ProcurementNeed;

@Path("procurement-needs/{id}/participations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement need participations", description = "Organisations joining procurements: interest, pledges, the owner's answer")
public class ProcurementNeedParticipationsResource extends ParticipationsResource {

    @Override
    protected Class<? extends Initiative> kind() {
        return ProcurementNeed.class;
    }
}

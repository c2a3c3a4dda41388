package se.hjulet.hub.initiative.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.initiative.boundary.Portfolios;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.platform.entity.NotFound;

/** An organisation's page data: everything it owns, by kind and status. */
@Path("organisations/{reference}/portfolio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Municipalities, regions, federations and agencies, and who acts for them")
public class PortfolioResource {

    @Inject
    Organisations organisations;

    @Inject
    Portfolios portfolios;

    @Schema(name = "PortfolioItem")
    public record Item(long id, String kind, String title, String lead, String status, String url,
                       Instant updatedAt, boolean possiblyOutdated) {
        static Item of(Initiative i) {
            return new Item(i.id(), i.kind(), i.title(), i.lead(), i.status().name().toLowerCase(), i.pagePath(),
                    i.updatedAt(), i.possiblyOutdated(Instant.now()));
        }
    }

    /** {@code kinds}: kind → status → items, e.g. {@code kinds.project.published}. */
    public record Portfolio(OrganisationRef organisation, int total, Map<String, Map<String, List<Item>>> kinds) {
    }

    @GET
    @Operation(summary = "Everything the organisation owns, by kind and status (drafts only for its members)")
    public Portfolio portfolio(@PathParam("reference") String reference) {
        var organisation = organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
        var items = portfolios.of(organisation);
        Map<String, Map<String, List<Item>>> kinds = new TreeMap<>();
        for (Initiative i : items) {
            kinds.computeIfAbsent(i.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(i.status().name().toLowerCase(), s -> new java.util.ArrayList<>())
                    .add(Item.of(i));
        }
        return new Portfolio(OrganisationRef.of(organisation), items.size(), kinds);
    }
}

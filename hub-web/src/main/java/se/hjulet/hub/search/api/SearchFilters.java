package se.hjulet.hub.search.api;

import jakarta.ws.rs.QueryParam;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.hjulet.search.query.Facet;

/**
 * The search's filters as query parameters (one value per repetition of a parameter), read the same way by
 * the JSON search and its Atom feed, so a search's address can be followed as a feed by adding {@code .atom}.
 */
public class SearchFilters {

    @Parameter(description = "learning_example, project, procurement_need, document, collection, question")
    @QueryParam("kind")
    List<String> kinds;

    @Parameter(description = "Organisation codes")
    @QueryParam("organisation")
    List<String> organisations;

    @Parameter(description = "County codes (01–25)")
    @QueryParam("county")
    List<String> counties;

    @Parameter(description = "Municipality size groups")
    @QueryParam("sizeGroup")
    List<String> sizeGroups;

    @QueryParam("policyArea")
    List<String> policyAreas;

    @QueryParam("year")
    List<String> years;

    @Parameter(description = "CPV divisions (the first two digits)")
    @QueryParam("cpv")
    List<String> cpvDivisions;

    @QueryParam("phase")
    List<String> phases;

    @QueryParam("procurementStatus")
    List<String> statuses;

    /** The filters by facet; {@code defaultKinds} when no kind was asked for. */
    Map<Facet, List<String>> byFacet(List<String> defaultKinds) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.KIND, kinds == null || kinds.isEmpty() ? defaultKinds : kinds);
        filters.put(Facet.ORGANISATION, organisations);
        filters.put(Facet.COUNTY, counties);
        filters.put(Facet.SIZE, sizeGroups);
        filters.put(Facet.AREA, policyAreas);
        filters.put(Facet.YEAR, years);
        filters.put(Facet.CPV, cpvDivisions);
        filters.put(Facet.PHASE, phases);
        filters.put(Facet.STATUS, statuses);
        return filters;
    }
}

package se.hjulet.hub.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;

/**
 * Full-text search over everything published, in Swedish and English, with facets: each facet parameter may
 * be repeated (values are alternatives), different facets must all hold.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over everything published, in Swedish and English, with facets")
public class SearchResource {

    static final int MAX_SUGGESTIONS = 10;

    @Inject
    HubSearch search;

    /** {@code documents}: attached documents whose text matched, with HTML-safe highlighted snippets. */
    @Schema(name = "SearchHit")
    public record Hit(String id, String kind, long databaseId, String title, String lead, String organisation,
                      String url, List<String> highlights, List<DocumentMatch> documents, boolean possiblyOutdated) {
        static Hit of(SearchHit h, Set<String> outdated) {
            return new Hit(h.id(), h.kind(), h.databaseId(), h.title(), h.lead(), h.organisationName(), h.url(),
                    h.highlights(), h.attachments().stream().map(DocumentMatch::of).toList(), outdated.contains(h.id()));
        }
    }

    public record DocumentMatch(long id, String name, List<String> highlights, String download) {
        static DocumentMatch of(SearchHit.AttachmentMatch m) {
            return new DocumentMatch(m.databaseId(), m.name(), m.highlights(), "/api/v1/documents/" + m.databaseId() + "/content");
        }
    }

    /** One value of a facet: what to send back to filter by it, a name where there is one, and its count. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }

    /**
     * {@code facets}: per facet (the parameter names), the values with counts that follow the other
     * filters; {@code suggestion}: the text with misspelt words corrected when the words found little;
     * {@code partial}: no item had most of the words, these have some of them.
     */
    @Schema(name = "SearchResults")
    public record Results(long total, List<Hit> hits, Map<String, Long> kinds, Map<String, List<FacetValue>> facets,
                          String suggestion, boolean partial, String sort) {
    }

    @GET
    @Operation(summary = "Search everything published, with facets whose counts follow the other filters")
    public Results search(@Parameter(description = "The words; empty lists everything") @QueryParam("q") @DefaultValue("") String q,
                          @BeanParam SearchFilters filters,
                          @Parameter(description = "relevance (default) or newest") @QueryParam("sort") String sort,
                          @QueryParam("from") @DefaultValue("0") int from,
                          @QueryParam("size") @DefaultValue("10") int size) {
        SearchRequest request;
        try {
            request = new SearchRequest(q, filters.byFacet(List.of()), sortOf(sort), from, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(fieldOf(e.getMessage()), e.getMessage());
        }
        var result = search.search(request);
        Set<String> outdated = search.possiblyOutdated(result.hits());
        Map<String, String> cpvNames = search.cpvDivisionNames(
                result.facet(Facet.CPV).stream().map(SearchResult.FacetCount::value).toList(), "sv");
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> chosen = request.values(facet);
            facets.put(facet.parameter(), result.facet(facet).stream()
                    .map(c -> new FacetValue(c.value(), facet == Facet.CPV ? cpvNames.get(c.value()) : c.label(), c.count(),
                            chosen.contains(c.value())))
                    .toList());
        }
        return new Results(result.total(), result.hits().stream().map(h -> Hit.of(h, outdated)).toList(), result.kindFacets(),
                facets, result.suggestion(), result.partial(), request.sort().name().toLowerCase(Locale.ROOT));
    }

    /** Up to {@code size} (1..10) items whose title begins with {@code q}, and organisations whose name does. */
    @GET
    @Path("suggestions")
    @Operation(summary = "As one types: titles that begin with the text, and organisations whose name does")
    public Suggestions suggestions(@QueryParam("q") @DefaultValue("") String q,
                                   @QueryParam("size") @DefaultValue("6") int size) {
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new InvalidInput("size", "Between 1 and " + MAX_SUGGESTIONS + " suggestions can be asked for, not " + size + ".");
        }
        try {
            return Suggestions.of(search.suggest(q, size));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("q", e.getMessage());
        }
    }

    /** What the search box offers: items whose title begins so, organisations whose name does (plain text). */
    public record Suggestions(List<SuggestedItem> items, List<SuggestedOrganisation> organisations) {
        static Suggestions of(se.hjulet.search.query.Suggestions s) {
            return new Suggestions(s.items().stream().map(SuggestedItem::of).toList(),
                    s.organisations().stream().map(SuggestedOrganisation::of).toList());
        }
    }

    public record SuggestedItem(String id, String kind, String title, String organisationName, String url) {
        static SuggestedItem of(se.hjulet.search.query.Suggestions.Item i) {
            return new SuggestedItem(i.id(), i.kind(), i.title(), i.organisationName(), i.url());
        }
    }

    /** {@code items}: how many published items the organisation has. */
    public record SuggestedOrganisation(String code, String name, long items) {
        static SuggestedOrganisation of(se.hjulet.search.query.Suggestions.Organisation o) {
            return new SuggestedOrganisation(o.code(), o.name(), o.items());
        }
    }

    private static SearchRequest.Sort sortOf(String sort) {
        try {
            return SearchRequest.Sort.of(sort);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sort", e.getMessage());
        }
    }

    /** The parameter a refusal is about, from the words of its message. */
    private static String fieldOf(String message) {
        if (message.contains("search text")) {
            return "q";
        }
        if (message.contains("(from)") || message.contains("paged through")) {
            return "from";
        }
        if (message.contains("page size")) {
            return "size";
        }
        if (message.startsWith("Unknown kind")) {
            return "kind";
        }
        for (Facet facet : Facet.values()) {
            if (message.endsWith(" " + facet.parameter()) || message.contains(" of " + facet.parameter() + " ")) {
                return facet.parameter();
            }
        }
        return "q";
    }
}

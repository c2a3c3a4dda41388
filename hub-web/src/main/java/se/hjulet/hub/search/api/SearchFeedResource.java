package se.hjulet.hub.search.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.hjulet.hub.api.AtomFeed;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;

/**
 * Every public search as an Atom 1.0 feed (RFC 4287), newest first, for any feed reader: {@code /api/v1/search.atom?q=…}
 * with the search's filters. Only published initiatives and public collections are in the index, so nothing
 * else can reach a feed.
 */
@Path("search.atom")
@RequestScoped
public class SearchFeedResource {

    private static final int ENTRIES = 20;
    private static final List<String> FEED_KINDS = List.of("learning_example", "project", "procurement_need", "collection");
    private static final Map<String, String> KINDS = Map.of("learning_example", "Lärande exempel", "project", "Projekt",
            "procurement_need", "Upphandlingsbehov", "collection", "Samling", "document", "Dokument");

    @Inject
    HubSearch search;

    @Context
    UriInfo uri;

    @GET
    @Produces(AtomFeed.TYPE)
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed of the hits, newest first",
            content = @Content(mediaType = AtomFeed.TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@QueryParam("q") String q, @BeanParam SearchFilters filters) {
        SearchRequest request;
        try {
            request = new SearchRequest(q, filters.byFacet(FEED_KINDS), SearchRequest.Sort.NEWEST, 0, ENTRIES);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage().contains("search text") ? "q" : "kind", e.getMessage());
        }
        List<SearchHit> hits = search.search(request).hits();
        return Response.ok(atom(request, hits)).type(AtomFeed.TYPE).build();
    }

    private String atom(SearchRequest request, List<SearchHit> hits) {
        String root = uri.getBaseUri().resolve("../..").toString().replaceAll("/+$", "");
        Instant updated = hits.stream().map(SearchFeedResource::changed).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.now());
        String query = uri.getRequestUri().getRawQuery();
        AtomFeed feed = new AtomFeed(uri.getRequestUri().toString(),
                request.text().isEmpty() ? "Hjulet: nytt och ändrat" : "Hjulet: " + request.text(),
                "Publicerade initiativ på Hjulet som sökningen hittar, det senaste först.", updated,
                root + "/sok.xhtml?sort=newest" + (query == null ? "" : "&" + query));
        for (SearchHit hit : hits) {
            feed.entry(root + hit.url(), hit.title(), Objects.requireNonNullElse(changed(hit), updated), hit.publishedAt(),
                    hit.organisationName(), hit.kind(), KINDS.getOrDefault(hit.kind(), hit.kind()), hit.lead());
        }
        return feed.xml();
    }

    private static Instant changed(SearchHit hit) {
        return hit.updatedAt() != null ? hit.updatedAt() : hit.publishedAt();
    }
}

package se.hjulet.hub.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;

/** Full-text search over everything published, in Swedish and English. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    HubSearch search;

    /** {@code documents}: attached documents whose text matched, with HTML-safe highlighted snippets. */
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

    public record Results(long total, List<Hit> hits, Map<String, Long> kinds) {
    }

    @GET
    public Results search(@QueryParam("q") @DefaultValue("") String q,
                          @QueryParam("kind") List<String> kinds,
                          @QueryParam("from") @DefaultValue("0") int from,
                          @QueryParam("size") @DefaultValue("10") int size) {
        SearchRequest request;
        try {
            request = new SearchRequest(q, kinds, null, from, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("q", e.getMessage());
        }
        var result = search.search(request);
        Set<String> outdated = search.possiblyOutdated(result.hits());
        return new Results(result.total(), result.hits().stream().map(h -> Hit.of(h, outdated)).toList(), result.kindFacets());
    }
}

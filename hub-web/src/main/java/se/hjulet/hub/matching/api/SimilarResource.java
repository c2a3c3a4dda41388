package se.hjulet.hub.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.hjulet.hub.matching.api.MatchingViews.ItemView;
import se.hjulet.hub.matching.boundary.Matching;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/** Similar initiatives of an item, open to everyone (the caller's own draft may be compared too). */
@Path("initiatives/{id}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarResource {

    @Inject
    Matching matching;

    @Context
    HttpHeaders headers;

    /** {@code items}: published initiatives like the item, best first, each with its reasons. */
    public record Similar(long source, List<ItemView> items) {
    }

    @GET
    public Similar similar(@PathParam("id") long id, @QueryParam("size") @DefaultValue("5") int size,
                           @QueryParam("kind") String kind, @QueryParam("lang") String lang) {
        List<SimilarItem> items = matching.similar(id, size, kind == null || kind.isBlank() ? null : kind.strip());
        return new Similar(id, views(items, lang));
    }

    private List<ItemView> views(List<SimilarItem> items, String lang) {
        String language = MatchingViews.language(headers, lang);
        ReasonWords words = MatchingViews.words(language, matching.cpvLabels(MatchingViews.cpvCodes(MatchingViews.reasonsOf(items)), language));
        return items.stream().map(i -> ItemView.of(i, words)).toList();
    }
}

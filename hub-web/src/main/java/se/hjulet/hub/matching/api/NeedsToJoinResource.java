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

/** "Behov ni kan ansluta till": open needs of other organisations that fit this one. Open to everyone. */
@Path("organisations/{reference}/open-needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NeedsToJoinResource {

    @Inject
    Matching matching;

    @Context
    HttpHeaders headers;

    /** {@code items}: open needs of other organisations that fit this one, best first, each with its reasons. */
    public record NeedsToJoin(String organisation, List<ItemView> items) {
    }

    @GET
    public NeedsToJoin needsToJoin(@PathParam("reference") String reference, @QueryParam("size") @DefaultValue("5") int size,
                                   @QueryParam("lang") String lang) {
        List<SimilarItem> items = matching.needsToJoin(reference, size);
        String language = MatchingViews.language(headers, lang);
        ReasonWords words = MatchingViews.words(language, matching.cpvLabels(MatchingViews.cpvCodes(MatchingViews.reasonsOf(items)), language));
        return new NeedsToJoin(reference, items.stream().map(i -> ItemView.of(i, words)).toList());
    }
}

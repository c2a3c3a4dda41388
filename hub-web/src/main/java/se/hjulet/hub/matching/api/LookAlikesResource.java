package se.hjulet.hub.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.hjulet.hub.matching.api.MatchingViews.ItemView;
import se.hjulet.hub.matching.boundary.LookAlikeInput;
import se.hjulet.hub.matching.boundary.Matching;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/**
 * Look-alikes of a text being written: for authors, so it needs a login like every POST (the request filter answers
 * 401 before reading the body); nothing of the text is stored.
 */
@Path("similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LookAlikesResource {

    @Inject
    Matching matching;

    @Context
    HttpHeaders headers;

    /** {@code lookAlikes}: published initiatives the text resembles so closely that its author should look first (often none). */
    public record LookAlikes(List<ItemView> lookAlikes) {
    }

    @POST
    public LookAlikes lookAlikes(@Valid @NotNull LookAlikeInput input, @QueryParam("lang") String lang) {
        List<SimilarItem> items = matching.lookAlikes(input);
        String language = MatchingViews.language(headers, lang);
        ReasonWords words = MatchingViews.words(language, matching.cpvLabels(MatchingViews.cpvCodes(MatchingViews.reasonsOf(items)), language));
        return new LookAlikes(items.stream().map(i -> ItemView.of(i, words)).toList());
    }
}

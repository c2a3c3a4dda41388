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
import java.util.stream.Stream;
import se.hjulet.hub.matching.api.MatchingViews.PartnerView;
import se.hjulet.hub.matching.boundary.Matching;
import se.hjulet.search.matching.ReasonWords;

/** Co-procurement partners of a need: organisations that could buy together with its owner. Open to everyone. */
@Path("procurement-needs/{id}/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    Matching matching;

    @Context
    HttpHeaders headers;

    /** {@code partners}: organisations that could buy together with the need's owner, best first. */
    public record Partners(long need, List<PartnerView> partners) {
    }

    @GET
    public Partners partners(@PathParam("id") long id, @QueryParam("size") @DefaultValue("10") int size,
                             @QueryParam("lang") String lang) {
        var found = matching.partners(id, size);
        String language = MatchingViews.language(headers, lang);
        ReasonWords words = MatchingViews.words(language, matching.cpvLabels(MatchingViews.cpvCodes(found.stream()
                .flatMap(p -> Stream.concat(p.partner().reasons().stream(), MatchingViews.reasonsOf(p.partner().items())))), language));
        return new Partners(id, found.stream().map(p -> PartnerView.of(p.partner(), p.participation(), words)).toList());
    }
}

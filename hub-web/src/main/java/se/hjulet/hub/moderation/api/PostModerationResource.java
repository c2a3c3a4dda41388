package se.hjulet.hub.moderation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.hjulet.hub.moderation.api.ModerationViews.DecisionView;
import se.hjulet.hub.moderation.boundary.Moderation;
import se.hjulet.hub.moderation.boundary.ModerationInput;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.platform.entity.NotFound;

/** Platform admins hide and restore a post (question, answer or comment), saying why; the trail is kept. */
@Path("posts/{kind}/{id}")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostModerationResource {

    @Inject
    Moderation moderation;

    @POST
    @Path("hide")
    public DecisionView hide(@PathParam("kind") String kind, @PathParam("id") long id, @NotNull ModerationInput input) {
        return DecisionView.of(moderation.hide(kindOf(kind), id, input.reason()));
    }

    @POST
    @Path("restore")
    public DecisionView restore(@PathParam("kind") String kind, @PathParam("id") long id, @NotNull ModerationInput input) {
        return DecisionView.of(moderation.restore(kindOf(kind), id, input.reason()));
    }

    /** Every decision on the post, first first (platform admins). */
    @GET
    @Path("moderation")
    public List<DecisionView> trail(@PathParam("kind") String kind, @PathParam("id") long id) {
        return moderation.history(kindOf(kind), id).stream().map(DecisionView::of).toList();
    }

    private static PostKind kindOf(String kind) {
        return PostKind.of(kind).orElseThrow(() -> new NotFound("There is no kind of post '" + kind + "'; posts are questions, answers and comments."));
    }
}

package se.hjulet.hub.moderation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.hjulet.hub.moderation.boundary.MyPosts;

/** What the caller wrote: export it all, or erase it (answers and threads others built on stay, as "deleted user"). */
@Path("me/posts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class MyPostsResource {

    @Inject
    MyPosts myPosts;

    @GET
    public ModerationViews.Export export() {
        return ModerationViews.Export.of(myPosts.export());
    }

    @DELETE
    public MyPosts.Erasure erase() {
        return myPosts.erase();
    }
}

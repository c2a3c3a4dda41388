package se.hjulet.hub.indexing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import se.hjulet.hub.indexing.boundary.IndexRebuild;

/** Platform admins rebuild the search index from the database and follow how far it has come. */
@Path("admin/search-index/rebuild")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexRebuildResource {

    @Inject
    IndexRebuild rebuild;

    @Context
    UriInfo uri;

    /** 202: the rebuild runs in the background; its progress is at the same address. */
    @POST
    public Response start() {
        return Response.accepted(rebuild.start()).location(uri.getAbsolutePath()).build();
    }

    @GET
    public IndexRebuild.Progress progress() {
        return rebuild.progress();
    }
}

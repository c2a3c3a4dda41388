package se.hjulet.hub.indexing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.api.ApiContract;
import se.hjulet.hub.indexing.boundary.IndexRebuild;

/** Platform admins rebuild the search index from the database and follow how far it has come. */
@Path("admin/search-index/rebuild")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search index", description = "Rebuilding the search index from the database (platform admins)")
@SecurityRequirement(name = ApiContract.BEARER)
public class SearchIndexRebuildResource {

    @Inject
    IndexRebuild rebuild;

    @Context
    UriInfo uri;

    /** 202: the rebuild runs in the background; its progress is at the same address. */
    @POST
    @Operation(summary = "Rebuild the search index into a new index and move the alias to it; 409 while one runs")
    @APIResponse(responseCode = "202", description = "Started; follow the progress at the same address (Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndexRebuild.Progress.class)))
    public Response start() {
        return Response.accepted(rebuild.start()).location(uri.getAbsolutePath()).build();
    }

    @GET
    @Operation(summary = "How far the latest rebuild has come")
    public IndexRebuild.Progress progress() {
        return rebuild.progress();
    }
}

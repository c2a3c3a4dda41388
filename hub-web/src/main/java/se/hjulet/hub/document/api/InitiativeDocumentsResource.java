package se.hjulet.hub.document.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import se.hjulet.hub.document.boundary.Documents;

/**
 * Documents of any initiative (learning example, project, procurement need). Upload: the raw file as the
 * body (any Content-Type; the hub detects the type from the bytes) and its name in the {@code Slug} header.
 */
@Path("initiatives/{initiativeId}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeDocumentsResource {

    @Inject
    Documents documents;

    @GET
    public List<DocumentView> list(@PathParam("initiativeId") long initiativeId) {
        return documents.ofInitiative(initiativeId).stream().map(DocumentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("initiativeId") long initiativeId, @HeaderParam("Slug") String slug,
                           @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri) {
        documents.requireMayAddTo(initiativeId);
        byte[] bytes = Uploads.read(body, length, documents.maxBytes());
        DocumentView created = DocumentView.of(documents.upload(initiativeId, Uploads.name(slug), bytes));
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}

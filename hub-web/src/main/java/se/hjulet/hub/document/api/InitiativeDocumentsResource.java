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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.document.boundary.Documents;

/**
 * Documents of any initiative (learning example, project, procurement need). Upload: the raw file as the
 * body (any Content-Type; the hub detects the type from the bytes) and its name in the {@code Slug} header.
 */
@Path("initiatives/{initiativeId}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Files attached to initiatives, and how reading their text went")
public class InitiativeDocumentsResource {

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "The documents attached to an initiative, with their reading status")
    public List<DocumentView> list(@PathParam("initiativeId") long initiativeId) {
        return documents.ofInitiative(initiativeId).stream().map(DocumentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document (members of the item's owner): PDF, DOCX, ODT, PPTX, XLSX, HTML or TXT, detected from the bytes")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The document; its address in Location. Its text is read afterwards (status pending)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@PathParam("initiativeId") long initiativeId, @Parameter(description = "The file's name, percent-encoded UTF-8", required = true) @HeaderParam("Slug") String slug,
                           @Parameter(hidden = true) @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri) {
        documents.requireMayAddTo(initiativeId);
        byte[] bytes = Uploads.read(body, length, documents.maxBytes());
        DocumentView created = DocumentView.of(documents.upload(initiativeId, Uploads.name(slug), bytes));
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}

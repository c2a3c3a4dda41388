package se.hjulet.hub.document.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.document.entity.Document;

/** One document: its description, its bytes, replacing and removing it. */
@Path("documents/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Files attached to initiatives, and how reading their text went")
public class DocumentsResource {

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "A document's description and reading status")
    public DocumentView get(@PathParam("id") long id) {
        return DocumentView.of(documents.read(id));
    }

    /**
     * The stored bytes with the detected type, always as an attachment (an uploaded HTML file must never
     * run as a page of the hub), and sandboxed for browsers that open it anyway.
     */
    @GET
    @Path("content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The stored bytes, with the detected type, as an attachment")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition names it)",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") long id) {
        Document document = documents.read(id);
        return Response.ok(documents.bytes(id), document.mediaType())
                .header("Content-Disposition", Uploads.contentDisposition(document.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    /** New bytes for the document; the {@code Slug} header renames it, without it the name stays. */
    @PUT
    @Path("content")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace the bytes (members of the item's owner); the Slug header renames the document")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public DocumentView replace(@PathParam("id") long id, @Parameter(description = "A new name for the file, percent-encoded UTF-8") @HeaderParam("Slug") String slug,
                                @Parameter(hidden = true) @HeaderParam("Content-Length") Long length, InputStream body) {
        documents.requireMayReplace(id);
        byte[] bytes = Uploads.read(body, length, documents.maxBytes());
        return DocumentView.of(documents.replace(id, Uploads.name(slug), bytes));
    }

    @DELETE
    @Operation(summary = "Delete a document (members of the item's owner)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        documents.delete(id);
        return Response.noContent().build();
    }
}

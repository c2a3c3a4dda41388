package se.hjulet.hub.learningexample.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.document.api.DocumentView;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.initiative.api.InitiativeResource;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.learningexample.boundary.LearningExamples;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.platform.entity.InvalidInput;

/** Learning examples: shown with their documents and lifecycle links; also imported from SKR pages. */
@Path("learning-examples")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning examples", description = "What an organisation did and learnt, in the structure of SKR's lärande exempel")
public class LearningExamplesResource extends InitiativeResource<LearningExample, LearningExampleInput, LearningExampleView> {

    private static final int MAX_IMPORT_CHARS = 2_000_000;

    @Inject
    LearningExamples learningExamples;

    @Inject
    Documents documents;

    @Inject
    Relations relations;

    @Override
    protected Class<LearningExample> kind() {
        return LearningExample.class;
    }

    @Override
    protected LearningExampleView view(LearningExample example) {
        return LearningExampleView.of(example, documents.attachedTo(example).stream().map(DocumentView::of).toList(),
                relations.of(example));
    }

    /**
     * Imports an SKR-style learning-example page (the HTML as the body) as a draft of the organisation
     * {@code owner}; the author reviews it before publishing.
     */
    @POST
    @Path("import")
    @Operation(summary = "Import an SKR-style learning-example page (its HTML as the body) as a draft of the organisation owner")
    @RequestBody(required = true, content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/xhtml+xml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "The imported draft; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearningExampleView.class)))
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "application/xhtml+xml"})
    public Response importPage(@Parameter(description = "The code (or name) of the organisation the draft belongs to", required = true)
                               @QueryParam("owner") String owner, String html, @Context UriInfo uri) {
        if (html != null && html.length() > MAX_IMPORT_CHARS) {
            throw new InvalidInput("html", "The page is longer than " + MAX_IMPORT_CHARS + " characters; is it really one learning example?");
        }
        LearningExample created = learningExamples.importPage(html, owner);
        return Response.created(uri.getBaseUriBuilder().path("learning-examples").path(String.valueOf(created.id())).build())
                .entity(view(created)).build();
    }
}

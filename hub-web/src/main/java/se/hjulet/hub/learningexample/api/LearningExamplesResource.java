package se.hjulet.hub.learningexample.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.document.api.DocumentView;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.learningexample.boundary.LearningExamples;
import se.hjulet.hub.platform.entity.InvalidInput;

@Path("learning-examples")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningExamplesResource {

    private static final int MAX_IMPORT_CHARS = 2_000_000;

    @Inject
    LearningExamples learningExamples;

    @Inject
    Documents documents;

    @Inject
    Relations relations;

    /** Published examples, newest first; {@code ?mine=true} lists the caller's organisations' own, drafts included. */
    @GET
    public List<LearningExampleView> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("20") int max) {
        var examples = mine ? learningExamples.ofMyOrganisations() : learningExamples.published(first, max);
        return examples.stream().map(this::view).toList();
    }

    @POST
    public Response create(@Valid @NotNull LearningExampleInput input, @Context UriInfo uri) {
        var created = view(learningExamples.draft(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /**
     * Imports an SKR-style learning-example page (the HTML as the body) as a draft of the organisation
     * {@code owner}; the author reviews it before publishing.
     */
    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "application/xhtml+xml"})
    public Response importPage(@QueryParam("owner") String owner, String html, @Context UriInfo uri) {
        if (html != null && html.length() > MAX_IMPORT_CHARS) {
            throw new InvalidInput("html", "The page is longer than " + MAX_IMPORT_CHARS + " characters; is it really one learning example?");
        }
        var created = LearningExampleView.of(learningExamples.importPage(html, owner));
        return Response.created(uri.getBaseUriBuilder().path("learning-examples").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public LearningExampleView get(@PathParam("id") long id) {
        return view(learningExamples.read(id));
    }

    /** Replaces the content; send the {@code version} you edited so concurrent edits are not lost. */
    @PUT
    @Path("{id}")
    public LearningExampleView update(@PathParam("id") long id, @Valid @NotNull LearningExampleInput input) {
        return view(learningExamples.update(id, input));
    }

    @POST
    @Path("{id}/publish")
    public LearningExampleView publish(@PathParam("id") long id) {
        return view(learningExamples.publish(id));
    }

    @POST
    @Path("{id}/archive")
    public LearningExampleView archive(@PathParam("id") long id) {
        return view(learningExamples.archive(id));
    }

    /** The owner confirms the content is still current (resets the "possibly outdated" mark). */
    @POST
    @Path("{id}/confirm")
    public LearningExampleView confirm(@PathParam("id") long id) {
        return view(learningExamples.confirmCurrent(id));
    }

    private LearningExampleView view(LearningExample example) {
        return LearningExampleView.of(example, documents.attachedTo(example).stream().map(DocumentView::of).toList(),
                relations.of(example));
    }
}

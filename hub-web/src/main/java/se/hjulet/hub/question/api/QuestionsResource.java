package se.hjulet.hub.question.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.moderation.api.PostViews.Reader;
import se.hjulet.hub.question.boundary.AnswerInput;
import se.hjulet.hub.question.boundary.QuestionInput;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.question.entity.Question;

/** "Fråga nätverket": questions and their answers; reading is open, asking and answering need a login. */
@Path("questions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "Asking the network: questions and answers")
public class QuestionsResource {

    @Inject
    Questions questions;

    @Inject
    Initiatives initiatives;

    /**
     * Questions in view, newest first; {@code answered=true|false} narrows to answered or open ones, {@code about}
     * to the questions about one item (its id).
     */
    @GET
    public List<QuestionView.Summary> list(@QueryParam("answered") Boolean answered, @QueryParam("about") Long about,
                                           @QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("max") @DefaultValue("20") int max) {
        List<Question> found = about != null ? questions.about(initiatives.read(Initiative.class, about))
                : questions.listed(answered, first, max);
        return found.stream().map(QuestionView.Summary::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "The question; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    public Response ask(@NotNull QuestionInput input, @Context UriInfo uri) {
        Question question = questions.ask(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(question.id())).build()).entity(view(question)).build();
    }

    @GET
    @Path("{id}")
    public QuestionView get(@PathParam("id") long id) {
        return view(questions.read(id));
    }

    /** The asker rewrites the question; send the {@code version} you edited. */
    @PUT
    @Path("{id}")
    public QuestionView edit(@PathParam("id") long id, @NotNull QuestionInput input) {
        return view(questions.edit(id, input));
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        questions.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/answers")
    @APIResponse(responseCode = "201", description = "The answer; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.AnswerView.class)))
    public Response answer(@PathParam("id") long id, @NotNull AnswerInput input, @Context UriInfo uri) {
        var answer = questions.answer(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(answer.id())).build())
                .entity(QuestionView.AnswerView.of(answer, reader())).build();
    }

    @PUT
    @Path("{id}/answers/{answerId}")
    public QuestionView.AnswerView editAnswer(@PathParam("id") long id, @PathParam("answerId") long answerId, @NotNull AnswerInput input) {
        return QuestionView.AnswerView.of(questions.editAnswer(id, answerId, input), reader());
    }

    @DELETE
    @Path("{id}/answers/{answerId}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteAnswer(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        questions.deleteAnswer(id, answerId);
        return Response.noContent().build();
    }

    /** The asker marks the answer that helped; the question shows as answered. */
    @POST
    @Path("{id}/answers/{answerId}/helpful")
    public QuestionView markHelpful(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        return view(questions.markHelpful(id, answerId));
    }

    private QuestionView view(Question question) {
        return QuestionView.of(question, reader());
    }

    private Reader reader() {
        return new Reader(questions.caller().orElse(null), questions.callerModerates());
    }
}

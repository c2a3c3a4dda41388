package se.hjulet.hub.initiative.api;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;

/**
 * The API of one kind of initiative, written once: list, create, read, replace, publish, archive and
 * confirm. A kind's resource names its path, entity and input, and says how its items are shown.
 * <p>
 * The API contract resolves {@code I} and {@code V} per kind. {@link #create} answers a {@code Response}
 * (201 with a Location), which says nothing of its body: the contract's filter ({@code ApiContract}) gives
 * its 201 the body that {@code GET {id}} answers, the same view. A kind's input record carries its example.
 *
 * @param <T> the entity
 * @param <I> the input an author writes
 * @param <V> the view clients read
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class InitiativeResource<T extends Initiative, I extends InitiativeInput<T>, V> {

    @Inject
    protected Initiatives initiatives;

    protected abstract Class<T> kind();

    /** The item as clients read it. */
    protected abstract V view(T item);

    /** Published items, newest first; {@code ?mine=true} lists the caller's organisations' own, drafts included. */
    @GET
    @Operation(summary = "Published items, newest first (or the caller's organisations' own, drafts included)")
    public List<V> list(@Parameter(description = "true: the caller's organisations' items, drafts included (login needed)")
                        @QueryParam("mine") @DefaultValue("false") boolean mine,
                        @Parameter(description = "How many published items to skip") @QueryParam("first") @DefaultValue("0") int first,
                        @Parameter(description = "The most items to answer") @QueryParam("max") @DefaultValue("20") int max) {
        var found = mine ? initiatives.ofMyOrganisations(kind()) : initiatives.published(kind(), first, max);
        return found.stream().map(this::view).toList();
    }

    /** A new draft (201, with its address). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft (members of the owner organisation)")
    @APIResponse(responseCode = "201", description = "The new draft, as GET {id} shows it; its address in Location")
    public Response create(@Valid @NotNull I input, @Context UriInfo uri) {
        return created(initiatives.draft(input), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one (published, or a draft of the caller's organisation)")
    public V get(@PathParam("id") long id) {
        return view(initiatives.read(kind(), id));
    }

    /** Replaces the content; send the {@code version} you edited so concurrent edits are not lost. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the content (members of the owner); send the version you edited, else 409 when it changed meanwhile")
    public V update(@PathParam("id") long id, @Valid @NotNull I input) {
        return view(initiatives.update(id, input));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish (members of the owner): everyone can read and find it")
    public V publish(@PathParam("id") long id) {
        return view(initiatives.publish(kind(), id));
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive (members of the owner); 409 for a draft")
    public V archive(@PathParam("id") long id) {
        return view(initiatives.archive(kind(), id));
    }

    /** The owner confirms the content is still current (resets the "possibly outdated" mark). */
    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Confirm the content is still current (members of the owner): clears possiblyOutdated")
    public V confirm(@PathParam("id") long id) {
        return view(initiatives.confirmCurrent(kind(), id));
    }

    protected Response created(T item, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build()).entity(view(item)).build();
    }
}

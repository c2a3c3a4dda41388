package se.hjulet.hub.project.api;

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
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.boundary.ProjectInput;
import se.hjulet.hub.project.boundary.Projects;

@Path("projects")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    Participations participations;

    @Inject
    Relations relations;

    /** Published projects, newest first; {@code ?mine=true} lists the caller's organisations' own, drafts included. */
    @GET
    public List<ProjectView> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue("20") int max) {
        var found = mine ? projects.ofMyOrganisations() : projects.published(first, max);
        return found.stream().map(this::view).toList();
    }

    @POST
    public Response create(@Valid @NotNull ProjectInput input, @Context UriInfo uri) {
        var created = view(projects.draft(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return view(projects.read(id));
    }

    /** Replaces the content; send the {@code version} you edited so concurrent edits are not lost. */
    @PUT
    @Path("{id}")
    public ProjectView update(@PathParam("id") long id, @Valid @NotNull ProjectInput input) {
        return view(projects.update(id, input));
    }

    @POST
    @Path("{id}/publish")
    public ProjectView publish(@PathParam("id") long id) {
        return view(projects.publish(id));
    }

    @POST
    @Path("{id}/archive")
    public ProjectView archive(@PathParam("id") long id) {
        return view(projects.archive(id));
    }

    /** The owner confirms the content is still current (resets the "possibly outdated" mark). */
    @POST
    @Path("{id}/confirm")
    public ProjectView confirm(@PathParam("id") long id) {
        return view(projects.confirmCurrent(id));
    }

    private ProjectView view(Project item) {
        return ProjectView.of(item, participations.totalsOf(item), relations.of(item));
    }
}

package se.hjulet.hub.project.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.api.InitiativeResource;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.project.boundary.ProjectInput;
import se.hjulet.hub.project.entity.Project;

/** Projects: shown with who takes part (pledged against the budget) and their lifecycle links. */
@Path("projects")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Projects: phase, budget and financing, who takes part and what they pledge")
public class ProjectsResource extends InitiativeResource<Project, ProjectInput, ProjectView> {

    @Inject
    Participations participations;

    @Inject
    Relations relations;

    @Override
    protected Class<Project> kind() {
        return Project.class;
    }

    @Override
    protected ProjectView view(Project item) {
        return ProjectView.of(item, participations.totalsOf(item), relations.of(item));
    }
}

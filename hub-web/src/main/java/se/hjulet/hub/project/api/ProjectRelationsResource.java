package se.hjulet.hub.project.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.api.RelationsResource;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.project.entity.Project;

@Path("projects/{id}/relations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project relations", description = "Lifecycle links of projects: need, realised by project, documented as learning example")
public class ProjectRelationsResource extends RelationsResource {

    @Override
    protected Class<? extends Initiative> kind() {
        return Project.class;
    }
}

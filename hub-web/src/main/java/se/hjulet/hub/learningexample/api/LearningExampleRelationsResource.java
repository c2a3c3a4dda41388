package se.hjulet.hub.learningexample.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.initiative.api.RelationsResource;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.learningexample.entity.LearningExample;

@Path("learning-examples/{id}/relations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning example relations", description = "Lifecycle links of learning examples")
public class LearningExampleRelationsResource extends RelationsResource {

    @Override
    protected Class<? extends Initiative> kind() {
        return LearningExample.class;
    }
}

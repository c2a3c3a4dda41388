package se.hjulet.hub.learningexample.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.initiative.api.RelationsResource;
import se.hjulet.hub.initiative.entity.Initiative;

@Path("learning-examples/{id}/relations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningExampleRelationsResource extends RelationsResource {

    @Override
    protected Class<? extends Initiative> kind() {
        return LearningExample.class;
    }
}

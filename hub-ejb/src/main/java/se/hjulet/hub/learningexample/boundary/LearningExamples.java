package se.hjulet.hub.learningexample.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.learningexample.control.LearningExampleImport;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.platform.entity.InvalidInput;

/** What only learning examples have: a draft made from an SKR-style learning-example page. */
@Stateless
public class LearningExamples {

    @Inject
    Initiatives initiatives;

    /** A draft from an SKR-style learning-example page, for its author to review before publishing. */
    public LearningExample importPage(String html, String ownerOrganisation) {
        if (ownerOrganisation == null || ownerOrganisation.isBlank()) {
            throw new InvalidInput("owner", "Say which organisation the imported example belongs to (owner=its code).");
        }
        return initiatives.draft(LearningExampleImport.parse(html, ownerOrganisation.strip()));
    }
}

package se.hjulet.hub.bulk.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.RelationInput;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.procurement.boundary.ProcurementNeedInput;
import se.hjulet.hub.project.boundary.ProjectInput;

/**
 * One item of a bulk load: exactly one of the kinds' inputs (the same bodies their own endpoints take),
 * whether to publish it at once, and links from it to items that exist already.
 */
@Schema(description = "One item of a bulk load: exactly one of learningExample, project and procurementNeed (the body its own "
        + "endpoint takes), whether to publish it at once, and links from it to items that exist already")
public record BulkEntry(
        @Valid LearningExampleInput learningExample,
        @Valid ProjectInput project,
        @Valid ProcurementNeedInput procurementNeed,
        @Schema(description = "Publish the item at once (as POST .../{id}/publish would)") Boolean publish,
        @Valid @Size(max = 20) List<RelationInput> relations) {

    /** The one input given; null when none or more than one is. */
    InitiativeInput<?> input() {
        List<InitiativeInput<?>> given = Stream.<InitiativeInput<?>>of(learningExample, project, procurementNeed)
                .filter(i -> i != null).toList();
        return given.size() == 1 ? given.get(0) : null;
    }

    boolean published() {
        return Boolean.TRUE.equals(publish);
    }

    List<RelationInput> links() {
        return relations == null ? List.of() : relations;
    }
}

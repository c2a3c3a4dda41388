package se.hjulet.hub.initiative.boundary;

import jakarta.validation.constraints.NotNull;
import se.hjulet.hub.initiative.entity.RelationKind;

/** Link this item to another one (by its id, any kind) with the given relation. */
public record RelationInput(@NotNull RelationKind relation, @NotNull Long targetId) {
}

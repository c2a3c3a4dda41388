package se.hjulet.hub.initiative.boundary;

import se.hjulet.hub.initiative.control.References;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;

/**
 * An author's input for one kind of initiative: the shared core, and what only this kind has. A new
 * kind of item needs its entity, an input record implementing this, a view and a page; the lifecycle
 * (draft, update, publish, archive, confirm, read, list) is {@link Initiatives}' for every kind.
 */
public interface InitiativeInput<T extends Initiative> extends CoreInput {

    /** The entity class this input writes. */
    Class<T> kind();

    /** A new draft of this kind. */
    T newDraft(Organisation owner, Person author);

    /** Writes the fields only this kind has; the shared core is written by the boundary. */
    void writeOwnFieldsTo(T item, References references);
}

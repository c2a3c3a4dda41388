package se.hjulet.hub.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;

/** Whom a post is written for: the person alone, or an organisation they act for. */
@Dependent
public class Bylines {

    @Inject
    People people;

    @Inject
    Organisations organisations;

    /** The organisation named (code or name) if the caller acts for it; null when none is named. */
    public Organisation writingFor(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        Organisation organisation = organisations.existing("organisation", reference);
        if (!people.mayActFor(organisation)) {
            throw new AccessDenied("You are not a member of " + organisation.name() + " and cannot write for it.");
        }
        return organisation;
    }
}

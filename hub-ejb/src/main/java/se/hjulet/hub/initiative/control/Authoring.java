package se.hjulet.hub.initiative.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.CoreInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * The rules every kind of initiative is written by: who may write for an owner, who sees a draft, and
 * how the shared core is taken from an author's input. The kinds' boundaries call it inside their
 * transactions.
 */
@Dependent
public class Authoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    /** The owner named in the input, if the caller may act for it. */
    public Organisation ownerFor(CoreInput input, String noun) {
        people.current(); // anonymous callers are told to log in before anything else
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        if (!people.mayActFor(owner)) {
            throw new AccessDenied("You are not a member of " + owner.name() + " and cannot publish " + noun + " for it.");
        }
        return owner;
    }

    /** The owner of an existing item stays; an input naming another one is refused. */
    public void requireSameOwner(Initiative item, CoreInput input, String noun) {
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        if (!owner.equals(item.owner())) {
            throw new InvalidInput("ownerOrganisation", "The owner organisation of " + noun + " cannot be changed.");
        }
    }

    public void applyCore(Initiative item, CoreInput input) {
        item.describe(input.title(), input.lead(), input.language());
        item.setParticipants(Optional.ofNullable(input.participatingOrganisations()).orElse(List.of()).stream()
                .map(p -> new Participant(organisations.existing("participatingOrganisations", p.organisation()), p.role()))
                .toList());
        item.classify(input.policyAreas(), input.tags());
        item.runDuring(new Period(input.periodFrom(), input.periodTo(), Boolean.TRUE.equals(input.ongoing())));
        item.setContacts(Optional.ofNullable(input.contacts()).orElse(List.of()).stream().map(ContactInput::toContact).toList());
        item.setLinks(Optional.ofNullable(input.links()).orElse(List.of()).stream().map(LinkInput::toLink).toList());
    }

    /**
     * The item, if the caller may change it. Others' drafts do not exist for them (404); others'
     * published items are refused (403); anonymous callers are asked to log in (401).
     */
    public <T extends Initiative> T editable(T item, String noun) {
        if (!people.mayActFor(item.owner())) {
            people.current();
            if (!item.isPublic()) {
                throw notFound(noun, item.id());
            }
            throw new AccessDenied("Only members of " + item.owner().name() + " may change this " + noun + ".");
        }
        return item;
    }

    /** The item, if the caller may read it: published, or their own organisation's. */
    public <T extends Initiative> T readable(T item, String noun) {
        if (item.isPublic() || people.mayActFor(item.owner())) {
            return item;
        }
        throw notFound(noun, item.id());
    }

    /** For pages that read an item in one transaction and ask in another: entities compare by identity, so look it up again. */
    public boolean mayEdit(Initiative item) {
        return Optional.ofNullable(em.find(Initiative.class, item.id())).map(i -> people.mayActFor(i.owner())).orElse(false);
    }

    public static NotFound notFound(String noun, long id) {
        return new NotFound("There is no " + noun + " with id " + id + ".");
    }
}

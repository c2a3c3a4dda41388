package se.hjulet.hub.initiative.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
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
 * The rules every kind of initiative is written and read by: who may write for an owner, who sees a
 * draft, how an item of a kind is found, and how the shared core is taken from an author's input.
 * The boundaries call it inside their transactions.
 */
@Dependent
public class Authoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    /** "procurement need" for {@code ProcurementNeed}: how messages name a kind. */
    public static String nounOf(Class<? extends Initiative> kind) {
        return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * The item of this kind with this id, whoever may see it. Looked up through the base class, so the
     * id of another kind is simply not found.
     */
    public <T extends Initiative> T find(Class<T> kind, long id) {
        return Optional.ofNullable(em.find(Initiative.class, id)).filter(kind::isInstance).map(kind::cast)
                .orElseThrow(() -> notFound(kind, id));
    }

    /** The item, if the caller may read it: published, or their own organisation's; others' drafts are "not found". */
    public <T extends Initiative> T readable(Class<T> kind, long id) {
        T item = find(kind, id);
        if (item.isPublic() || people.mayActFor(item.owner())) {
            return item;
        }
        throw notFound(kind, id);
    }

    /**
     * The item, if the caller may change it. Others' drafts do not exist for them (404); others'
     * published items are refused (403); anonymous callers are asked to log in (401).
     */
    public <T extends Initiative> T editable(Class<T> kind, long id) {
        T item = find(kind, id);
        if (!people.mayActFor(item.owner())) {
            people.current();
            if (!item.isPublic()) {
                throw notFound(kind, id);
            }
            throw new AccessDenied("Only members of " + item.owner().name() + " may change this " + nounOf(kind) + ".");
        }
        return item;
    }

    /** The owner named in the input, if the caller may act for it. */
    public Organisation ownerFor(CoreInput input, Class<? extends Initiative> kind) {
        people.current(); // anonymous callers are told to log in before anything else
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        if (!people.mayActFor(owner)) {
            throw new AccessDenied("You are not a member of " + owner.name() + " and cannot publish "
                    + nounOf(kind) + "s for it.");
        }
        return owner;
    }

    /** The owner of an existing item stays; an input naming another one is refused. */
    public void requireSameOwner(Initiative item, CoreInput input) {
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        if (!owner.equals(item.owner())) {
            throw new InvalidInput("ownerOrganisation", "The owner organisation of a " + nounOf(item.getClass()) + " cannot be changed.");
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

    /** For pages that read an item in one transaction and ask in another: look it up again. */
    public boolean mayEdit(Initiative item) {
        return Optional.ofNullable(em.find(Initiative.class, item.id())).map(i -> people.mayActFor(i.owner())).orElse(false);
    }

    public static NotFound notFound(Class<? extends Initiative> kind, long id) {
        return new NotFound("There is no " + nounOf(kind) + " with id " + id + ".");
    }
}

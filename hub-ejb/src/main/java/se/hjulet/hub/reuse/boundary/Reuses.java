package se.hjulet.hub.reuse.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * Marks that an organisation reused another's published item. Members of the reusing organisation mark
 * and take marks back; everyone who may read the item sees who reused it. An item at either end that the
 * reader may not see (a draft, an archived item of another organisation) is left out of what they see.
 * A mark changes the reused item's search entry: the count lifts it in ranking.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Reuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    Authoring authoring;

    @Inject
    SearchOutbox outbox;

    public ReuseMark mark(long itemId, ReuseInput input) {
        Person person = people.current();
        Initiative item = authoring.readable(Initiative.class, itemId);
        Organisation organisation = organisations.existing("organisation", input.organisation());
        if (!people.mayActFor(organisation)) {
            throw new AccessDenied("You are not a member of " + organisation.name() + " and cannot mark reuse for it.");
        }
        if (!em.createNamedQuery(ReuseMark.SAME, ReuseMark.class).setParameter("item", item).setParameter("organisation", organisation)
                .getResultList().isEmpty()) {
            throw new Conflict(organisation.name() + " has marked '" + item.title() + "' as reused already.");
        }
        Initiative ownItem = null;
        if (input.ownItemId() != null) {
            ownItem = Optional.ofNullable(em.find(Initiative.class, input.ownItemId()))
                    .filter(own -> own.isPublic() || people.mayActFor(own.owner()))
                    .orElseThrow(() -> new InvalidInput("ownItemId", "There is no item with id " + input.ownItemId() + " that you can name."));
        }
        ReuseMark mark = new ReuseMark(item, organisation, input.how(), ownItem, input.note(), person);
        em.persist(mark);
        outbox.changed(item);
        return mark;
    }

    /** Members of the organisation that marked it (or platform admins) take a mark back. */
    public void unmark(long itemId, long markId) {
        people.current();
        Initiative item = authoring.readable(Initiative.class, itemId);
        ReuseMark mark = Optional.ofNullable(em.find(ReuseMark.class, markId)).filter(m -> m.item().equals(item))
                .orElseThrow(() -> new NotFound("'" + item.title() + "' has no reuse mark with id " + markId + "."));
        if (!people.mayActFor(mark.organisation())) {
            throw new AccessDenied("Only members of " + mark.organisation().name() + " take its reuse mark back.");
        }
        em.remove(mark);
        outbox.changed(item);
    }

    /** Who reused an item the caller may read, first marks first. */
    public List<ReuseMark> of(long itemId) {
        return of(authoring.readable(Initiative.class, itemId));
    }

    public List<ReuseMark> of(Initiative item) {
        return em.createNamedQuery(ReuseMark.OF_ITEM, ReuseMark.class).setParameter("item", item).getResultList();
    }

    /** What came of reusing others' work: marks that name this item as the organisation's own result. */
    public List<ReuseMark> leadingTo(Initiative ownItem) {
        return em.createNamedQuery(ReuseMark.LEADING_TO, ReuseMark.class).setParameter("item", ownItem).getResultStream()
                .filter(m -> maySee(m.item())).toList();
    }

    /** What an organisation reused, newest first; items the caller may not see are left out. */
    public List<ReuseMark> reusedBy(Organisation organisation) {
        return em.createNamedQuery(ReuseMark.BY_ORGANISATION, ReuseMark.class).setParameter("organisation", organisation)
                .getResultStream().filter(m -> maySee(m.item())).toList();
    }

    /** Who reused an organisation's work, newest first; items the caller may not see are left out. */
    public List<ReuseMark> ofWorkOf(Organisation organisation) {
        return em.createNamedQuery(ReuseMark.OF_WORK_OF, ReuseMark.class).setParameter("organisation", organisation)
                .getResultStream().filter(m -> maySee(m.item())).toList();
    }

    /** The organisation's own item named in a mark, if the caller may see it. */
    public Optional<Initiative> visibleOwnItem(ReuseMark mark) {
        return Optional.ofNullable(mark.ownItem()).filter(this::maySee);
    }

    /** Whether the caller may mark reuse for any organisation but the item's owner (drives the page's button). */
    public List<Organisation> mayMarkFor(Initiative item) {
        return people.currentIfAny().map(p -> p.organisations().stream().filter(o -> !o.equals(item.owner())).toList())
                .orElse(List.of());
    }

    private boolean maySee(Initiative item) {
        return item.isPublic() || people.mayActFor(item.owner());
    }
}

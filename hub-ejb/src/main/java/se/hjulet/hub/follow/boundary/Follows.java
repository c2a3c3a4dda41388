package se.hjulet.hub.follow.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.follow.control.SavedSearch;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * A person's follows and notifications. Everything here is the caller's own (another person's follow or
 * notification is "not found"), except the unsubscribe link of a mail, which works with its token alone.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Follows {

    private static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Authoring authoring;

    @Inject
    Organisations organisations;

    /** The follow, and whether it is new (a person follows a thing once: following it again changes the delivery). */
    public record Followed(Follow follow, boolean created) {
    }

    public Followed follow(FollowInput input) {
        Person me = people.current();
        Delivery delivery = deliveryOf(input.delivery());
        Follow wanted = switch (input.kind().strip().toLowerCase(Locale.ROOT)) {
            case "item" -> Follow.ofItem(me, readableItem(input.item()), delivery);
            case "collection" -> Follow.ofCollection(me, readableCollection(me, input.collection()), delivery);
            case "organisation" -> Follow.ofOrganisation(me, organisations.existing("organisation", input.organisation()), delivery);
            case "search" -> Follow.ofSearch(me, input.query(), SavedSearch.filtersOf(input.query(), input.filters()), delivery);
            default -> throw new InvalidInput("kind", "Follow an item, collection, organisation or search, not '" + input.kind() + "'.");
        };
        Optional<Follow> existing = mine().stream().filter(f -> f.sameTargetAs(wanted)).findFirst();
        if (existing.isPresent()) {
            existing.get().deliver(delivery);
            return new Followed(existing.get(), false);
        }
        em.persist(wanted);
        return new Followed(wanted, true);
    }

    public List<Follow> mine() {
        return em.createNamedQuery(Follow.OF_PERSON, Follow.class).setParameter("person", people.current()).getResultList();
    }

    public Follow deliver(long id, String delivery) {
        Follow follow = own(id);
        follow.deliver(deliveryOf(delivery));
        return follow;
    }

    public void unfollow(long id) {
        em.remove(own(id));
    }

    /** The caller's follow of an initiative, if any (for its page's follow button). */
    public Optional<Follow> ofItem(Initiative item) {
        return people.currentIfAny().flatMap(me -> em.createNamedQuery(Follow.OF_PERSON, Follow.class).setParameter("person", me)
                .getResultStream().filter(f -> f.initiative() != null && f.initiative().id().equals(item.id())).findFirst());
    }

    public List<Notification> notifications(int first, int max) {
        return em.createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", people.current())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
    }

    public long unread() {
        return em.createNamedQuery(Notification.UNREAD, Long.class).setParameter("person", people.current()).getSingleResult();
    }

    public Notification read(long id) {
        Person me = people.current();
        Notification notification = Optional.ofNullable(em.find(Notification.class, id)).filter(n -> n.person().equals(me))
                .orElseThrow(() -> new NotFound("You have no notification " + id + "."));
        notification.markRead(Instant.now());
        return notification;
    }

    public int readAll() {
        Instant now = Instant.now();
        List<Notification> unread = em.createNamedQuery(Notification.OF_PERSON, Notification.class)
                .setParameter("person", people.current()).getResultStream().filter(n -> !n.isRead()).toList();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    /** The follow a mail's unsubscribe link names; no login needed. */
    public Follow byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new NotFound("This unsubscribe link is not valid (any more).");
        }
        return em.createNamedQuery(Follow.BY_TOKEN, Follow.class).setParameter("token", token.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("This unsubscribe link is not valid (any more)."));
    }

    /** Stops the mails of the follow the token names; its news stay in the app. */
    public Follow unsubscribe(String token) {
        Follow follow = byToken(token);
        follow.unsubscribe();
        return follow;
    }

    private Follow own(long id) {
        Person me = people.current();
        return Optional.ofNullable(em.find(Follow.class, id)).filter(f -> f.person().equals(me))
                .orElseThrow(() -> new NotFound("You have no follow " + id + "."));
    }

    private Initiative readableItem(Long id) {
        if (id == null) {
            throw new InvalidInput("item", "Name the initiative to follow by its id.");
        }
        return authoring.readable(Initiative.class, id);
    }

    private CuratedCollection readableCollection(Person me, Long id) {
        if (id == null) {
            throw new InvalidInput("collection", "Name the collection to follow by its id.");
        }
        CuratedCollection collection = em.find(CuratedCollection.class, id);
        if (collection == null || !collection.readableBy(me, null)) {
            throw new NotFound("There is no collection with id " + id + ".");
        }
        return collection;
    }

    private static Delivery deliveryOf(String delivery) {
        if (delivery == null || delivery.isBlank()) {
            return Delivery.NONE;
        }
        try {
            return Delivery.valueOf(delivery.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("delivery", "Choose none, instant, daily or weekly, not '" + delivery + "'.");
        }
    }
}

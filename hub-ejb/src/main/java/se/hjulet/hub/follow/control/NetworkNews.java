package se.hjulet.hub.follow.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * News of the network, given inside the transaction of the answer, comment or reuse mark itself: so a rolled-back
 * post gives none, and the news exist as soon as the post does. Each person concerned gets it through their network
 * follow (made with their first such news); whether and when it is mailed is that follow's delivery. Who is
 * concerned is said here; whether it is news to them (not their own action, nothing out of view) the notification
 * decides.
 */
@Dependent
public class NetworkNews {

    public static final String MEMBERS = "select distinct p from Person p join p.memberships m where m.organisation = :organisation";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailDue> mailDue;

    /** The asker hears of an answer to their question. */
    public void answered(Answer answer) {
        Person asker = answer.question().author();
        if (asker != null) {
            give(Set.of(asker), network -> Notification.ofAnswer(network, answer));
        }
    }

    /**
     * The members of the initiative's owner (a collection's curator) hear of a comment; the author of the comment
     * replied to hears of the reply.
     */
    public void commented(Comment comment) {
        Set<Person> concerned = new LinkedHashSet<>();
        if (comment.initiative() != null) {
            concerned.addAll(membersOf(comment.initiative().owner()));
        } else if (comment.collection() != null && comment.collection().curator() != null) {
            concerned.add(comment.collection().curator());
        }
        if (comment.isReply() && comment.replyTo().author() != null) {
            concerned.add(comment.replyTo().author());
        }
        give(concerned, network -> Notification.ofComment(network, comment));
    }

    /** The members of the reused item's owner hear of the mark. */
    public void reused(ReuseMark mark) {
        give(Set.copyOf(membersOf(mark.item().owner())), network -> Notification.ofReuse(network, mark));
    }

    private List<Person> membersOf(Organisation organisation) {
        return organisation == null ? List.of()
                : em.createQuery(MEMBERS, Person.class).setParameter("organisation", organisation).getResultList();
    }

    private void give(Set<Person> concerned, Function<Follow, Optional<Notification>> news) {
        if (concerned.isEmpty()) {
            return;
        }
        Map<Person, Follow> networks = new LinkedHashMap<>();
        em.createNamedQuery(Follow.NETWORK_OF, Follow.class).setParameter("people", new ArrayList<>(concerned))
                .getResultStream().forEach(f -> networks.putIfAbsent(f.person(), f));
        boolean mailNow = false;
        for (Person person : concerned) {
            Follow network = networks.get(person);
            boolean made = network == null;
            if (made) {
                network = Follow.ofNetwork(person);
            }
            Optional<Notification> notification = news.apply(network);
            if (notification.isEmpty()) {
                continue; // their own action, or out of view: and no follow made for nothing
            }
            if (made) {
                em.persist(network);
            }
            em.persist(notification.get());
            mailNow |= notification.get().mailDue() && network.delivery() == Delivery.INSTANT;
        }
        if (mailNow) {
            mailDue.fire(new MailDue());
        }
    }

    /** Mail is due at once; it is sent once the transaction that made it commits. */
    public record MailDue() {
    }
}

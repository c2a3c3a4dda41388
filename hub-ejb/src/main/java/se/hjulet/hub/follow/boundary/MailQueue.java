package se.hjulet.hub.follow.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.follow.control.Mail;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.person.entity.Person;

/**
 * The mail that is due: per person, one message with every notification whose follow mails now (at once, or its
 * daily or weekly digest is due), and, once sent, the notifications and follows marked. Each step commits on its
 * own, so no SMTP conversation runs inside a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailQueue {

    private static final int MAX_PER_ROUND = 2000;
    private static final Map<String, String> KINDS = Map.of("learning_example", "lärande exempel", "project", "projekt",
            "procurement_need", "upphandlingsbehov", "collection", "samling");

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hub.site.url", defaultValue = "http://localhost:8080")
    String siteUrl;

    /** The messages to send now. Notifications whose follow no longer mails are let go. */
    public List<Mail> due(Instant now) {
        List<Notification> waiting = em.createNamedQuery(Notification.MAIL_DUE, Notification.class)
                .setMaxResults(MAX_PER_ROUND).getResultList();
        Map<Person, List<Notification>> byPerson = new LinkedHashMap<>();
        for (Notification notification : waiting) {
            Follow follow = notification.follow();
            // A follow that stopped mailing, or an item unpublished or made private since: never mailed.
            if (follow == null || !follow.delivery().mails() || !notification.itemIsPublic()) {
                notification.mailed(now);
                continue;
            }
            if (follow.delivery() == Delivery.INSTANT || follow.digestDue(now)) {
                byPerson.computeIfAbsent(notification.person(), p -> new ArrayList<>()).add(notification);
            }
        }
        List<Mail> mails = new ArrayList<>();
        byPerson.forEach((person, notifications) -> mails.add(mailTo(person, notifications)));
        return mails;
    }

    /** The message was sent: its notifications are mailed, its follows' digests start over. */
    public void sent(Mail mail, Instant at) {
        mail.notifications().forEach(id -> Optional.ofNullable(em.find(Notification.class, id)).ifPresent(n -> n.mailed(at)));
        mail.follows().forEach(id -> Optional.ofNullable(em.find(Follow.class, id)).ifPresent(f -> f.mailed(at)));
    }

    private Mail mailTo(Person person, List<Notification> notifications) {
        String root = siteUrl.replaceAll("/+$", "");
        Map<Follow, List<Notification>> byFollow = new LinkedHashMap<>();
        notifications.forEach(n -> byFollow.computeIfAbsent(n.follow(), f -> new ArrayList<>()).add(n));
        StringBuilder text = new StringBuilder();
        text.append("Hej").append(person.displayName() == null ? "" : " " + person.displayName()).append(",\n\n");
        text.append("det här är nytt eller ändrat i det du följer på Hjulet:\n");
        byFollow.forEach((follow, news) -> {
            text.append("\nDu följer ").append(follow.describe()).append(":\n");
            news.forEach(n -> text.append("  • ").append(n.title()).append(" (")
                    .append(n.change() == Notification.Change.PUBLISHED ? "nytt " : "ändrat ")
                    .append(KINDS.getOrDefault(n.itemKind(), n.itemKind())).append(")\n    ").append(root).append(n.pagePath()).append('\n'));
            text.append("  Sluta få e-post om det här: ").append(root).append("/api/v1/unsubscribe?token=")
                    .append(follow.unsubscribeToken()).append('\n');
        });
        text.append("\n-- \nHjulet – alla behöver inte uppfinna hjulet.\n");
        text.append("(In English: news of what you follow on Hjulet; each link above stops these e-mails without logging in.)\n");
        String subject = notifications.size() == 1 ? "Hjulet: " + notifications.get(0).title()
                : "Hjulet: " + notifications.size() + " nyheter i det du följer";
        String oneClick = byFollow.size() == 1
                ? root + "/api/v1/unsubscribe?token=" + byFollow.keySet().iterator().next().unsubscribeToken() : null;
        return new Mail(person.email(), subject, text.toString(), oneClick,
                notifications.stream().map(Notification::id).toList(), byFollow.keySet().stream().map(Follow::id).toList());
    }
}

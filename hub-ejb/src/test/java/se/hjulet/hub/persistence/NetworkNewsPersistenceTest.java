package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.follow.control.NetworkNews;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * News of the network on H2 and PostgreSQL: an answer, a comment, a reply and a reuse mark are news for those
 * concerned and never for the person who acted; a post hidden since leaves the list, and one deleted takes its news
 * with it.
 */
class NetworkNewsPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAnswerIsNewsForTheAskerOnlyAndLeavesTheListOnceHidden(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                Organisation uddevalla = byCode(em, "1485");
                Person asker = person(em, "asker");
                Person answerer = person(em, "answerer");
                Question question = new Question(asker, null, "Har någon automatiserat snöröjningen?", "Text.", List.of(), List.of());
                em.persist(question);
                Answer own = question.answer(asker, null, "Ett tillägg.");
                em.persist(own);
                Answer others = question.answer(answerer, uddevalla, "Ja, Uddevalla.");
                em.persist(others);
                Follow network = Follow.ofNetwork(asker);
                em.persist(network);
                assertTrue(Notification.ofAnswer(network, own).isEmpty(), "not of one's own answer");
                assertTrue(Notification.ofAnswer(Follow.ofNetwork(answerer), others).isEmpty(), "only the asker hears of answers");
                Notification news = Notification.ofAnswer(network, others).orElseThrow();
                em.persist(news);
                assertEquals(Delivery.INSTANT, network.delivery(), "the network follow mails at once");
                assertFalse(news.mailDue(), "but not to a person the login gave no e-mail address");
                return new long[] {asker.id(), others.id(), question.id()};
            });

            EntityManager em = factory.createEntityManager();
            Person asker = em.find(Person.class, ids[0]);
            List<Notification> list = em.createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", asker)
                    .getResultList();
            assertEquals(1, list.size());
            assertEquals(Notification.Change.ANSWERED, list.get(0).change());
            assertEquals("question", list.get(0).itemKind());
            assertEquals(ids[2], list.get(0).itemId());
            assertEquals("/fraga.xhtml?id=" + ids[2] + "#svar-" + ids[1], list.get(0).pagePath());
            assertEquals(1L, em.createNamedQuery(Notification.UNREAD, Long.class).setParameter("person", asker).getSingleResult());
            assertEquals(1, em.createNamedQuery(Follow.NETWORK_OF, Follow.class).setParameter("people", List.of(asker)).getResultList().size());
            em.close();

            Database.inTransaction(factory, tx -> {
                tx.find(Answer.class, ids[1]).hide("Reklam.");
                return null;
            });
            em = factory.createEntityManager();
            asker = em.find(Person.class, ids[0]);
            assertTrue(em.createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", asker).getResultList().isEmpty());
            assertEquals(0L, em.createNamedQuery(Notification.UNREAD, Long.class).setParameter("person", asker).getSingleResult());
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void commentsRepliesAndReuseAreNewsForThoseConcernedAndADeletedCommentTakesItsNewsAlong(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                Organisation uddevalla = byCode(em, "1485");
                Organisation sundsvall = byCode(em, "2281");
                Person owner = person(em, "owner");
                owner.grantMembership(uddevalla, MembershipRole.MEMBER);
                Person colleague = person(em, "colleague");
                colleague.grantMembership(uddevalla, MembershipRole.MEMBER);
                Person visitor = person(em, "visitor");
                visitor.grantMembership(sundsvall, MembershipRole.MEMBER);
                LearningExample example = published(em, uddevalla, "Tankesmedja i Fyrbodal");

                List<Person> members = em.createQuery(NetworkNews.MEMBERS, Person.class).setParameter("organisation", uddevalla).getResultList();
                assertEquals(2, members.size(), "the owner's members, each once: " + members);

                Follow ownersNetwork = Follow.ofNetwork(owner);
                Follow visitorsNetwork = Follow.ofNetwork(visitor);
                em.persist(ownersNetwork);
                em.persist(visitorsNetwork);
                Comment comment = Comment.on(example, visitor, sundsvall, "Hur gick det?");
                em.persist(comment);
                Comment reply = comment.reply(owner, uddevalla, "Bra.");
                em.persist(reply);
                assertTrue(Notification.ofComment(visitorsNetwork, comment).isEmpty(), "not of one's own comment");
                assertTrue(Notification.ofComment(ownersNetwork, reply).isEmpty(), "not of one's own reply");
                Notification commented = Notification.ofComment(ownersNetwork, comment).orElseThrow();
                Notification replied = Notification.ofComment(visitorsNetwork, reply).orElseThrow();
                assertEquals(Notification.Change.COMMENTED, commented.change());
                assertEquals(Notification.Change.REPLIED, replied.change());
                em.persist(commented);
                em.persist(replied);

                ReuseMark mark = new ReuseMark(example, sundsvall, ReuseKind.REUSED, null, null, visitor);
                em.persist(mark);
                assertTrue(Notification.ofReuse(visitorsNetwork, mark).isEmpty(), "not of one's own mark");
                Notification reused = Notification.ofReuse(ownersNetwork, mark).orElseThrow();
                assertEquals(example.id(), reused.itemId());
                em.persist(reused);
                return new long[] {owner.id(), visitor.id(), reply.id(), example.id()};
            });

            EntityManager em = factory.createEntityManager();
            assertEquals(List.of(Notification.Change.REUSED, Notification.Change.COMMENTED), changes(em, ids[0]));
            assertEquals(List.of(Notification.Change.REPLIED), changes(em, ids[1]));
            em.close();

            // The reply deleted outright (no replies beneath a reply): its news go with it, in the database itself.
            Database.inTransaction(factory, tx -> {
                tx.remove(tx.find(Comment.class, ids[2]));
                return null;
            });
            em = factory.createEntityManager();
            assertTrue(changes(em, ids[1]).isEmpty());
            assertEquals(2, changes(em, ids[0]).size());
            // News of comments and marks are not news of the item's own changes.
            assertFalse(em.createNamedQuery(Notification.TOLD_SINCE, Long.class).setParameter("person", em.find(Person.class, ids[0]))
                    .setParameter("initiative", em.find(LearningExample.class, ids[3]))
                    .setParameter("since", java.time.Instant.EPOCH).getSingleResult() > 0);
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static List<Notification.Change> changes(EntityManager em, long personId) {
        return em.createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", em.find(Person.class, personId))
                .getResultStream().map(Notification::change).toList();
    }

    private static Person person(EntityManager em, String subject) {
        Person person = new Person("https://idp.example", subject);
        em.persist(person);
        return person;
    }

    private static LearningExample published(EntityManager em, Organisation owner, String title) {
        LearningExample example = new LearningExample(owner, null);
        example.describe(title, "Ingress.", "sv");
        em.persist(example);
        example.publish();
        return example;
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

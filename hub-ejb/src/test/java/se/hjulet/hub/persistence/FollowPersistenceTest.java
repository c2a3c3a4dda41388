package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;

/** Follows and notifications on H2 and PostgreSQL: the person's list and unread count, mail due, the unsubscribe token. */
class FollowPersistenceTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void notificationsListCountAndLeaveWithTheirItemWhenItIsNoLongerPublished(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                Organisation uddevalla = uddevalla(em);
                Person anna = person(em, "anna", "Anna");
                Follow follow = Follow.ofOrganisation(anna, uddevalla, Delivery.INSTANT);
                em.persist(follow);
                LearningExample kept = published(em, uddevalla, "Plogbilar på kartan", "Invånarna ser var plogbilarna kör.");
                LearningExample archived = published(em, uddevalla, "Sandbilar på kartan", "Även sandbilarna syns.");
                em.persist(Notification.of(follow, kept, false));
                em.persist(Notification.of(follow, archived, false));
                return new long[] {anna.id(), kept.id(), archived.id()};
            });

            EntityManager em = factory.createEntityManager();
            Person anna = em.find(Person.class, ids[0]);
            assertEquals(2, unread(em, anna));
            List<Notification> due = em.createNamedQuery(Notification.MAIL_DUE, Notification.class).getResultList();
            assertEquals(2, due.size(), "instant delivery to a person with an address: mail due");
            assertEquals(Notification.Change.PUBLISHED, due.get(0).change());
            String token = due.get(0).follow().unsubscribeToken();
            assertEquals(due.get(0).follow().id(), em.createNamedQuery(Follow.BY_TOKEN, Follow.class).setParameter("token", token)
                    .getSingleResult().id());
            em.close();

            Database.inTransaction(factory, tx -> {
                tx.find(Initiative.class, ids[2]).archive();
                return null;
            });
            em = factory.createEntityManager();
            anna = em.find(Person.class, ids[0]);
            List<Notification> list = em.createNamedQuery(Notification.OF_PERSON, Notification.class).setParameter("person", anna).getResultList();
            assertEquals(List.of(ids[1]), list.stream().map(Notification::itemId).toList(), "an archived item leaves the list");
            assertEquals(1, unread(em, anna));
            assertTrue(list.get(0).itemIsPublic());
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anItemIsNewsOfItsPublishingOnlyToThoseWhoFollowedBeforeAndHaveNotHeardOfIt(Database database) throws Exception {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                Organisation uddevalla = uddevalla(em);
                Person olle = person(em, "olle", "Olle");
                Follow early = Follow.ofOrganisation(olle, uddevalla, Delivery.INSTANT);
                em.persist(early);
                LearningExample item = published(em, uddevalla, "Heltid i vården", "Heltid som norm.");
                return new long[] {olle.id(), early.id(), item.id()};
            });
            Thread.sleep(5); // following an item is a request of its own after its publishing: never the same instant
            Database.inTransaction(factory, em -> {
                Follow early = em.find(Follow.class, ids[1]);
                Initiative item = em.find(Initiative.class, ids[2]);
                Follow late = Follow.ofItem(em.find(Person.class, ids[0]), item, Delivery.INSTANT);
                em.persist(late);
                assertEquals(Notification.Change.PUBLISHED, Notification.of(early, item, false).change());
                assertEquals(Notification.Change.CHANGED, Notification.of(early, item, true).change(), "heard of it already");
                assertEquals(Notification.Change.CHANGED, Notification.of(late, item, false).change(), "followed once it was out");
                return null;
            });
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unsubscribeTokensAreUnique(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            String token = Database.inTransaction(factory, em -> {
                Person anna = new Person("https://idp.example", "anna");
                em.persist(anna);
                Follow follow = Follow.ofSearch(anna, "snöröjning", "county=14", Delivery.WEEKLY);
                em.persist(follow);
                return follow.unsubscribeToken();
            });
            assertThrows(PersistenceException.class, () -> Database.inTransaction(factory, em -> {
                Person anna = em.createQuery("select p from Person p", Person.class).getSingleResult();
                Follow copy = Follow.ofSearch(anna, "vinter", "", Delivery.NONE);
                em.persist(copy);
                em.flush();
                em.createNativeQuery("update follow set unsubscribe_token = ?1 where id = ?2").setParameter(1, token)
                        .setParameter(2, copy.id()).executeUpdate();
                return null;
            }));
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static long unread(EntityManager em, Person person) {
        return em.createNamedQuery(Notification.UNREAD, Long.class).setParameter("person", person).getSingleResult();
    }

    private static Organisation uddevalla(EntityManager em) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", "1485").getSingleResult();
    }

    private static Person person(EntityManager em, String subject, String name) {
        Person person = new Person("https://idp.example", subject);
        person.refreshFrom(new HubCaller("https://idp.example", subject, name, subject + "@example.se", Set.of(), Set.of(), true), List.of());
        em.persist(person);
        return person;
    }

    private static LearningExample published(EntityManager em, Organisation owner, String title, String lead) {
        LearningExample example = new LearningExample(owner, null);
        example.describe(title, lead, "sv");
        em.persist(example);
        example.publish();
        return example;
    }
}

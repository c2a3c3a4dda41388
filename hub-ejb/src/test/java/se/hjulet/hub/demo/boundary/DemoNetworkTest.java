package se.hjulet.hub.demo.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.persistence.Database;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * The network's demo activity is stored on the migrated schema (H2 and PostgreSQL) as a visitor of
 * {@code ./hjulet start} will see it: one answered and one open question, a pinned thread with a reply, a
 * comment on the collection, two reuse marks by organisations that do not own the items, and everything
 * that search shows queued for indexing.
 */
class DemoNetworkTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDemoNetworkIsStoredAndQueuedForSearch(Database database) {
        EntityManagerFactory factory = database.migrated();
        var queued = new ArrayList<String>();
        try {
            long[] items = Database.inTransaction(factory, em -> {
                Organisation fyrbodalFederation = organisation(em, "Fyrbodals kommunalförbund");
                Organisation council = organisation(em, "Västernorrlands Digitaliseringsråd");
                LearningExample fyrbodal = published(em, fyrbodalFederation, "Tankesmedja i Fyrbodal");
                LearningExample vasternorrland = published(em, council, "Digitaliseringsrådet håller ihop verksamheten");
                Person facilitator = new Person("urn:hjulet:demo", "facilitator");
                em.persist(facilitator);
                CuratedCollection thinkTanks = new CuratedCollection(facilitator);
                thinkTanks.describe("Tankesmedjor i Fyrbodal", null, Visibility.PUBLIC);
                em.persist(thinkTanks);

                network(em, queued).add(fyrbodal, vasternorrland, thinkTanks);
                return new long[] {fyrbodal.id(), vasternorrland.id(), thinkTanks.id()};
            });

            EntityManager em = factory.createEntityManager();
            List<Question> questions = em.createNamedQuery(Question.LISTED, Question.class).getResultList();
            assertEquals(2, questions.size());
            Question answered = em.createNamedQuery(Question.LISTED_ANSWERED, Question.class).getSingleResult();
            assertTrue(answered.title().startsWith("Hur fick ni förtroendevalda"), answered.title());
            assertEquals(2, answered.answers().size());
            assertEquals("Fyrbodals kommunalförbund", answered.helpfulAnswer().organisation().name());
            assertEquals("Eksjö", answered.organisation().name());
            assertEquals("Karin Lind", answered.author().displayName());
            assertTrue(answered.author().isMemberOf(answered.organisation()), "the asker writes for her own organisation");
            Question open = em.createNamedQuery(Question.LISTED_OPEN, Question.class).getSingleResult();
            assertEquals(1, open.answers().size());
            assertEquals(2, open.concerns().size(), "it concerns both seed examples");

            Initiative fyrbodal = em.find(Initiative.class, items[0]);
            List<Comment> onExample = em.createNamedQuery(Comment.ON_INITIATIVE, Comment.class)
                    .setParameter("item", fyrbodal).getResultList();
            assertEquals(2, onExample.size());
            Comment pinned = em.createNamedQuery(Comment.PINNED_ON_INITIATIVE, Comment.class)
                    .setParameter("item", fyrbodal).getSingleResult();
            assertFalse(pinned.isReply());
            assertEquals(1L, em.createNamedQuery(Comment.REPLIES, Long.class).setParameter("comment", pinned).getSingleResult());
            assertEquals(1, em.createNamedQuery(Comment.ON_COLLECTION, Comment.class)
                    .setParameter("item", em.find(CuratedCollection.class, items[2])).getResultList().size());

            List<ReuseMark> reusedFyrbodal = em.createNamedQuery(ReuseMark.OF_ITEM, ReuseMark.class)
                    .setParameter("item", fyrbodal).getResultList();
            assertEquals(1, reusedFyrbodal.size());
            assertEquals(ReuseKind.REUSED, reusedFyrbodal.get(0).how());
            assertEquals("Västernorrlands Digitaliseringsråd", reusedFyrbodal.get(0).organisation().name());
            List<ReuseMark> inspiredBy = em.createNamedQuery(ReuseMark.OF_ITEM, ReuseMark.class)
                    .setParameter("item", em.find(Initiative.class, items[1])).getResultList();
            assertEquals(ReuseKind.INSPIRED, inspiredBy.get(0).how());
            assertEquals("Bengtsfors", inspiredBy.get(0).organisation().name());
            em.close();

            // Search shows the questions and the items' reuse counts only after the worker has seen them.
            assertTrue(queued.containsAll(List.of("question:" + answered.id(), "question:" + open.id(),
                    "item:" + items[0], "item:" + items[1])), queued.toString());
        } finally {
            factory.close();
            database.drop();
        }
    }

    /** The demo network on the test's entity manager; the outbox only notes what would be queued. */
    private static DemoNetwork network(EntityManager em, List<String> queued) {
        var network = new DemoNetwork();
        network.em = em;
        network.organisations = new Organisations() {
            @Override
            public Organisation existing(String field, String reference) {
                String query = reference.chars().allMatch(Character::isDigit) ? Organisation.BY_CODE : Organisation.BY_NAME;
                return em.createNamedQuery(query, Organisation.class)
                        .setParameter(query.equals(Organisation.BY_CODE) ? "code" : "name", reference).getSingleResult();
            }
        };
        network.outbox = new SearchOutbox() {
            @Override
            public void changed(Initiative initiative) {
                queued.add("item:" + initiative.id());
            }

            @Override
            public void changed(Question question) {
                queued.add("question:" + question.id());
            }
        };
        return network;
    }

    private static Organisation organisation(EntityManager em, String name) {
        Organisation organisation = new Organisation(OrganisationKind.FEDERATION, name, null, null);
        em.persist(organisation);
        return organisation;
    }

    private static LearningExample published(EntityManager em, Organisation owner, String title) {
        LearningExample example = new LearningExample(owner, null);
        example.describe(title, "Ingress.", "sv");
        em.persist(example);
        example.publish();
        return example;
    }
}

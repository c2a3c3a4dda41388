package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.moderation.entity.ModerationDecision;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.moderation.entity.Report;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * Questions with answers, comments with replies, reuse marks, reports and moderation decisions are stored
 * and read back the same on H2 and PostgreSQL, and the database keeps the rules the entities rely on.
 */
class NetworkPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aQuestionKeepsItsAnswersItemsAndTheAnswerThatHelped(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                Person asker = person(em, "strateg");
                Person answerer = person(em, "svarare");
                LearningExample thinkTanks = published(em, byCode(em, "1485"), "Tankesmedja i Fyrbodal");
                Question question = new Question(asker, byCode(em, "1438"), "  Har någon automatiserat försörjningsstöd?  ",
                        "Vi funderar på <b>robotar</b> för ekonomiskt bistånd.<script>alert(1)</script>",
                        List.of("Socialtjänst", " Digitalisering "), List.of(thinkTanks));
                em.persist(question);
                Answer first = question.answer(answerer, byCode(em, "1485"), "Ja, Trelleborg sedan 2017.\n\nHör av er!");
                em.persist(first);
                em.persist(question.answer(null, null, "Vi också."));
                question.markHelpful(asker, first);
                return question.id();
            });

            EntityManager em = factory.createEntityManager();
            Question read = em.find(Question.class, id);
            assertEquals("Har någon automatiserat försörjningsstöd?", read.title());
            assertEquals("Vi funderar på <b>robotar</b> för ekonomiskt bistånd.", read.text(), "scripts never stored");
            assertEquals(Set.of("Socialtjänst", "Digitalisering"), read.policyAreas());
            assertEquals("Tankesmedja i Fyrbodal", read.concerns().iterator().next().title());
            assertEquals(2, read.answers().size());
            Answer helpful = read.answers().get(0);
            assertEquals("<p>Ja, Trelleborg sedan 2017.</p><p>Hör av er!</p>", helpful.text(), "plain text becomes paragraphs");
            assertTrue(read.isAnswered());
            assertTrue(helpful.isHelpful());
            assertEquals("Uddevalla", helpful.organisation().name());
            assertTrue(read.answers().get(1).isAuthorErased());
            assertEquals(1, em.createNamedQuery(Question.ABOUT, Question.class).setParameter("item", read.concerns().iterator().next())
                    .getResultList().size());
            assertEquals(List.of(id), em.createNamedQuery(Question.LISTED_ANSWERED, Question.class).getResultList().stream()
                    .map(Question::id).toList());
            assertTrue(em.createNamedQuery(Question.LISTED_OPEN, Question.class).getResultList().isEmpty());
            // What the posting limit counts: the person's posts of the last hour, read as instants.
            List<Instant> recent = em.createNamedQuery(Answer.SINCE_BY_AUTHOR, Instant.class)
                    .setParameter("author", helpful.author()).setParameter("since", Instant.now().minus(1, ChronoUnit.HOURS))
                    .getResultList();
            assertEquals(1, recent.size());
            assertTrue(recent.get(0).isAfter(Instant.now().minus(1, ChronoUnit.HOURS)));
            assertEquals(List.of(id), em.createNamedQuery(Answer.QUESTIONS_CHANGED_SINCE, Long.class)
                    .setParameter("since", Instant.now().minus(1, ChronoUnit.HOURS)).getResultList());
            em.close();

            // Deleting the helpful answer opens the question again.
            Database.inTransaction(factory, tx -> {
                Question question = tx.find(Question.class, id);
                Answer helpfulAnswer = question.helpfulAnswer();
                question.remove(helpfulAnswer);
                tx.remove(helpfulAnswer);
                return null;
            });
            EntityManager after = factory.createEntityManager();
            assertFalse(after.find(Question.class, id).isAnswered());
            assertEquals(1, after.find(Question.class, id).answers().size());
            after.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void commentsThreadOneLevelDeepOnAnItemOrACollectionNeverBoth(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                Person author = person(em, "kommentator");
                LearningExample example = published(em, byCode(em, "1485"), "Tankesmedja");
                Comment first = Comment.on(example, author, null, "Hur många deltog?");
                em.persist(first);
                Comment reply = first.reply(author, byCode(em, "1485"), "88 deltagare.");
                em.persist(reply);
                first.pin();
                CuratedCollection collection = new CuratedCollection(author);
                collection.describe("Samling", null, Visibility.PUBLIC);
                em.persist(collection);
                em.persist(Comment.on(collection, author, null, "Bra samling."));
                return new long[] {example.id(), first.id(), reply.id()};
            });

            EntityManager em = factory.createEntityManager();
            LearningExample example = em.find(LearningExample.class, ids[0]);
            List<Comment> thread = em.createNamedQuery(Comment.ON_INITIATIVE, Comment.class).setParameter("item", example).getResultList();
            assertEquals(2, thread.size());
            assertTrue(thread.get(0).isPinned());
            assertEquals(ids[1], thread.get(1).replyTo().id());
            assertEquals(1L, em.createNamedQuery(Comment.REPLIES, Long.class).setParameter("comment", thread.get(0)).getSingleResult());
            assertEquals(1, em.createNamedQuery(Comment.PINNED_ON_INITIATIVE, Comment.class).setParameter("item", example).getResultList().size());
            assertThrows(se.hjulet.hub.platform.entity.InvalidInput.class,
                    () -> thread.get(1).reply(thread.get(1).author(), null, "Svar på svar"), "one level of replies");
            em.close();

            // Deleted with a reply beneath: the place stays, without text or author.
            Database.inTransaction(factory, tx -> {
                Comment first = tx.find(Comment.class, ids[1]);
                assertFalse(first.delete(first.author(), true));
                return null;
            });
            EntityManager after = factory.createEntityManager();
            Comment deleted = after.find(Comment.class, ids[1]);
            assertTrue(deleted.isDeleted());
            assertEquals("", deleted.text());
            assertNull(deleted.author());
            assertFalse(deleted.isPinned());
            after.close();

            assertThrows(PersistenceException.class, () -> Database.inTransaction(factory, tx -> {
                tx.createNativeQuery("insert into item_comment (id, text, created_at, pinned, version) values (-1, 'x', current_timestamp, false, 0)")
                        .executeUpdate();
                return null;
            }), "a comment must be on an item or a collection");
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOrganisationMarksAnItemAsReusedOnce(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long itemId = Database.inTransaction(factory, em -> {
                Person marker = person(em, "markerare");
                LearningExample thinkTanks = published(em, byCode(em, "1485"), "Tankesmedja i Fyrbodal");
                Project own = new Project(byCode(em, "2284"), null);
                own.describe("Tankesmedja i Västernorrland", "Vi gjorde som Fyrbodal.", "sv");
                em.persist(own);
                em.persist(new ReuseMark(thinkTanks, byCode(em, "2284"), ReuseKind.INSPIRED, own, "Upplägget med tre teman.", marker));
                em.persist(new ReuseMark(thinkTanks, byCode(em, "1438"), null, null, null, marker));
                return thinkTanks.id();
            });

            EntityManager em = factory.createEntityManager();
            LearningExample item = em.find(LearningExample.class, itemId);
            List<ReuseMark> marks = em.createNamedQuery(ReuseMark.OF_ITEM, ReuseMark.class).setParameter("item", item).getResultList();
            assertEquals(2, marks.size());
            assertEquals(2L, em.createNamedQuery(ReuseMark.COUNT_OF_ITEM, Long.class).setParameter("item", item).getSingleResult());
            assertEquals(ReuseKind.INSPIRED, marks.get(0).how());
            assertEquals("Tankesmedja i Västernorrland", marks.get(0).ownItem().title());
            assertEquals(ReuseKind.REUSED, marks.get(1).how(), "reused unless said otherwise");
            assertEquals(2, em.createNamedQuery(ReuseMark.OF_WORK_OF, ReuseMark.class).setParameter("organisation", byCode(em, "1485"))
                    .getResultList().size());
            assertEquals(1, em.createNamedQuery(ReuseMark.BY_ORGANISATION, ReuseMark.class).setParameter("organisation", byCode(em, "2284"))
                    .getResultList().size());
            assertEquals(1, em.createNamedQuery(ReuseMark.LEADING_TO, ReuseMark.class).setParameter("item", marks.get(0).ownItem())
                    .getResultList().size());
            em.close();

            assertThrows(RollbackException.class, () -> Database.inTransaction(factory, tx -> {
                tx.persist(new ReuseMark(tx.find(LearningExample.class, itemId), byCode(tx, "1438"), ReuseKind.REUSED, null, null, null));
                return null;
            }), "the database refuses a second mark of the same organisation");
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reportsAndModerationDecisionsAreKeptForAudit(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long questionId = Database.inTransaction(factory, em -> {
                Person asker = person(em, "frågare");
                Person reader = person(em, "läsare");
                Person admin = person(em, "admin");
                Question question = new Question(asker, null, "Fråga", "Text", List.of(), List.of());
                em.persist(question);
                em.persist(new Report(question, "Reklam för en konsult.", reader));
                question.hide("Reklam, inte en fråga till nätverket.");
                em.persist(new ModerationDecision(question, ModerationDecision.Action.HIDE, "Reklam, inte en fråga till nätverket.", admin));
                em.createNamedQuery(Report.OPEN_OF_POST, Report.class).setParameter("kind", PostKind.QUESTION)
                        .setParameter("id", question.id()).getResultList().forEach(r -> r.resolve(Report.Resolution.HIDDEN, admin));
                return question.id();
            });

            EntityManager em = factory.createEntityManager();
            Question hidden = em.find(Question.class, questionId);
            assertTrue(hidden.isHidden());
            assertFalse(hidden.isPublic());
            assertEquals("Reklam, inte en fråga till nätverket.", hidden.hiddenReason());
            assertTrue(em.createNamedQuery(Question.LISTED, Question.class).getResultList().isEmpty(), "hidden questions are not listed");
            assertTrue(em.createNamedQuery(Report.OPEN, Report.class).getResultList().isEmpty());
            List<ModerationDecision> trail = em.createNamedQuery(ModerationDecision.OF_POST, ModerationDecision.class)
                    .setParameter("kind", PostKind.QUESTION).setParameter("id", questionId).getResultList();
            assertEquals(1, trail.size());
            assertEquals(ModerationDecision.Action.HIDE, trail.get(0).action());
            assertEquals("admin", trail.get(0).decidedBy().subject());
            em.close();

            assertThrows(RollbackException.class, () -> Database.inTransaction(factory, tx -> {
                Person reader = tx.createNamedQuery(Person.BY_IDENTITY, Person.class).setParameter("issuer", "https://idp.example")
                        .setParameter("subject", "läsare").getSingleResult();
                tx.persist(new Report(tx.find(Question.class, questionId), "Igen.", reader));
                return null;
            }), "one report per reader and post");
        } finally {
            factory.close();
            database.drop();
        }
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

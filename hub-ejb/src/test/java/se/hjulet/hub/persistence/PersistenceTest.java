package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.indexing.entity.OutboxEntry;
import se.hjulet.hub.initiative.entity.Contact;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.initiative.entity.Link;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;

/** The same persistence behaviour on the embedded default (H2) and the production database (PostgreSQL). */
class PersistenceTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void referenceDataHoldsAllMunicipalitiesAndRegions(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            EntityManager em = factory.createEntityManager();
            long municipalities = em.createQuery("select count(o) from Organisation o where o.kind = :kind", Long.class)
                    .setParameter("kind", OrganisationKind.MUNICIPALITY).getSingleResult();
            long regions = em.createQuery("select count(o) from Organisation o where o.kind = :kind", Long.class)
                    .setParameter("kind", OrganisationKind.REGION).getSingleResult();
            assertEquals(290, municipalities);
            assertEquals(21, regions);
            Organisation dalsEd = em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                    .setParameter("code", "1438").getSingleResult();
            assertEquals("Dals-Ed", dalsEd.name());
            assertEquals("14", dalsEd.countyCode());
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void learningExampleKeepsItsWholeStructure(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                Organisation uddevalla = byCode(em, "1485");
                Organisation federation = new Organisation(OrganisationKind.FEDERATION, "Fyrbodals kommunalförbund", null, "14");
                federation.addMember(uddevalla);
                em.persist(federation);
                Person author = new Person("https://idp.example", "anna");
                author.refreshFrom(new HubCaller("https://idp.example", "anna", "Anna", "anna@uddevalla.se",
                        Set.of("1485"), Set.of()), List.of(uddevalla));
                em.persist(author);
                var example = new LearningExample(federation, author);
                example.describe("Tankesmedja i Fyrbodal", "Tio kommuner i samverkan.", "sv");
                example.tell(List.of("Digital transformation är en överlevnadsfråga.", "Olika verksamheter behöver olika styrning."),
                        "<p>Bakgrund<script>alert(1)</script></p>", "<p onclick=\"x()\">Tre träffar</p>",
                        List.of("Mixade grupper"), "", LocalDate.of(2021, 8, 13));
                example.setParticipants(List.of(new Participant(uddevalla, ParticipantRole.LEAD)));
                example.classify(Set.of("Digitalisering"), Set.of("Tankesmedja"));
                example.runDuring(new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), false));
                example.setContacts(List.of(new Contact("Lena Svensson", "Processledare", "Uddevalla kommun", "lena@example.se", null)));
                example.setLinks(List.of(new Link("SKR", "https://skr.se")));
                em.persist(example);
                em.persist(new OutboxEntry(example.kind(), example.id()));
                example.publish();
                return example.id();
            });

            EntityManager em = factory.createEntityManager();
            LearningExample read = em.find(LearningExample.class, id);
            assertEquals("Tankesmedja i Fyrbodal", read.title());
            assertEquals(InitiativeStatus.PUBLISHED, read.status());
            assertEquals(List.of("Digital transformation är en överlevnadsfråga.", "Olika verksamheter behöver olika styrning."),
                    read.conclusions());
            assertEquals("<p>Bakgrund</p>", read.background(), "scripts are removed before storing");
            assertEquals("<p>Tre träffar</p>", read.implementation(), "event handlers are removed before storing");
            assertEquals("Fyrbodals kommunalförbund", read.owner().name());
            assertEquals(Set.of("1485"), Set.of(read.owner().members().iterator().next().code()));
            assertEquals("Uddevalla", read.participants().get(0).organisation().name());
            assertEquals(ParticipantRole.LEAD, read.participants().get(0).role());
            assertEquals(LocalDate.of(2020, 12, 31), read.period().to());
            assertEquals("Lena Svensson", read.contacts().get(0).name());
            assertEquals("https://skr.se", read.links().get(0).url());
            assertEquals(Set.of("tankesmedja"), read.tags());
            assertTrue(read.bodyText().contains("Tre träffar"));
            assertEquals(1L, em.createNamedQuery(OutboxEntry.PENDING, Long.class).getSingleResult());
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentEditsAreDetected(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                var example = new LearningExample(byCode(em, "0180"), null);
                example.describe("Original", "Lead", "sv");
                em.persist(example);
                return example.id();
            });
            EntityManager first = factory.createEntityManager();
            EntityManager second = factory.createEntityManager();
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(LearningExample.class, id).describe("First edit", "Lead", "sv");
            second.find(LearningExample.class, id).describe("Second edit", "Lead", "sv");
            first.getTransaction().commit();
            assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            first.close();
            second.close();
            EntityManager check = factory.createEntityManager();
            assertEquals("First edit", check.find(LearningExample.class, id).title());
            check.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void itemsNotConfirmedForAYearAreFoundAsPossiblyOutdated(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            List<Long> ids = Database.inTransaction(factory, em -> {
                var fresh = new LearningExample(byCode(em, "0180"), null);
                fresh.describe("Nyss bekräftat", "Lead", "sv");
                var stale = new LearningExample(byCode(em, "0180"), null);
                stale.describe("Gammalt", "Lead", "sv");
                em.persist(fresh);
                em.persist(stale);
                fresh.publish();
                stale.publish();
                return List.of(fresh.id(), stale.id());
            });
            Database.inTransaction(factory, em -> em.createNativeQuery(
                            "update initiative set last_confirmed_at = ? where id = ?")
                    .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(400))))
                    .setParameter(2, ids.get(1)).executeUpdate());
            EntityManager em = factory.createEntityManager();
            List<Long> outdated = em.createNamedQuery(se.hjulet.hub.initiative.entity.Initiative.POSSIBLY_OUTDATED, Long.class)
                    .setParameter("ids", ids)
                    .setParameter("confirmedBefore", Instant.now().minus(se.hjulet.hub.initiative.entity.Initiative.CONFIRMATION_HOLDS))
                    .getResultList();
            assertEquals(List.of(ids.get(1)), outdated);
            assertTrue(em.find(LearningExample.class, ids.get(1)).possiblyOutdated(Instant.now()));
            assertFalse(em.find(LearningExample.class, ids.get(0)).possiblyOutdated(Instant.now()));
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOutboxEntryIsClaimedByOneWorkerOnly(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long entryId = Database.inTransaction(factory, em -> {
                var entry = new OutboxEntry("learning_example", 42);
                em.persist(entry);
                return entry.id();
            });
            Instant now = Instant.now();
            int first = Database.inTransaction(factory, em -> claim(em, entryId, "worker-a", now));
            int second = Database.inTransaction(factory, em -> claim(em, entryId, "worker-b", now));
            assertEquals(1, first);
            assertEquals(0, second, "a claimed entry is not claimed again while the claim holds");
            int afterExpiry = Database.inTransaction(factory, em -> claim(em, entryId, "worker-b", now.plusSeconds(120)));
            assertEquals(1, afterExpiry, "a crashed worker's claim runs out and another worker takes over");
            List<Long> due = factory.createEntityManager().createNamedQuery(OutboxEntry.DUE, OutboxEntry.class)
                    .setParameter("now", now.plusSeconds(1)).getResultStream().map(OutboxEntry::id).toList();
            assertFalse(due.contains(entryId), "a claimed entry is not due for others");
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static int claim(EntityManager em, long id, String worker, Instant now) {
        return em.createNamedQuery(OutboxEntry.CLAIM)
                .setParameter("worker", worker)
                .setParameter("until", now.plusSeconds(60))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

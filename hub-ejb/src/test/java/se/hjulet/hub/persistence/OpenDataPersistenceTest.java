package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.opendata.control.OpenRecords;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.DatasetSummary;
import se.hjulet.hub.opendata.entity.OpenRecord;
import se.hjulet.hub.opendata.entity.RecordPage;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.entity.ProcurementStatus;
import se.hjulet.hub.project.entity.CollaborationLevel;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.entity.ProjectPhase;

/**
 * The open-data pages on H2 and PostgreSQL with a few thousand items: only published ones, in id order,
 * whole (participants, policy areas, tags, CPV codes), and at a fixed number of statements per page.
 */
class OpenDataPersistenceTest {

    /** Items per kind; every 10th a draft, every 15th archived after publishing. */
    private static final int PER_KIND = 1200;

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesHoldEveryPublishedItemOnceInIdOrderAtAFixedNumberOfStatements(Database database) {
        EntityManagerFactory factory = database.migrated(Map.of(
                "eclipselink.logging.logger", StatementCount.class.getName()));
        try {
            long started = System.nanoTime();
            Map<Dataset, List<Long>> published = Database.inTransaction(factory, OpenDataPersistenceTest::fill);
            System.out.printf("Open data (%s): %d items written in %d ms%n", database, 3 * PER_KIND,
                    (System.nanoTime() - started) / 1_000_000);

            for (Dataset dataset : Dataset.values()) {
                List<Long> read = new ArrayList<>();
                List<Integer> statements = new ArrayList<>();
                long after = 0;
                long pageStarted = System.nanoTime();
                while (true) {
                    EntityManager em = factory.createEntityManager();
                    int before = StatementCount.STATEMENTS.get();
                    RecordPage page = OpenRecords.page(em, dataset, after, OpenRecords.MAX_SIZE);
                    statements.add(StatementCount.STATEMENTS.get() - before);
                    em.close();
                    page.records().forEach(r -> read.add(r.id()));
                    page.records().forEach(r -> assertEquals(dataset.kind(), r.kind()));
                    if (page.nextAfter() == null) {
                        break;
                    }
                    assertEquals(page.records().get(page.records().size() - 1).id(), page.nextAfter());
                    after = page.nextAfter();
                }
                System.out.printf("Open data (%s): %s, %d published items read in %d pages of up to %d in %d ms, statements per page %s%n",
                        database, dataset.slug(), read.size(), statements.size(), OpenRecords.MAX_SIZE,
                        (System.nanoTime() - pageStarted) / 1_000_000, statements);
                assertEquals(published.get(dataset), read, "every published item once, in id order; no draft, nothing archived");
                int most = dataset == Dataset.PROCUREMENT_NEEDS ? 6 : 4;
                assertTrue(statements.stream().allMatch(n -> n <= most),
                        "a page costs at most " + most + " statements, whatever its size: " + statements);

                EntityManager em = factory.createEntityManager();
                int before = StatementCount.STATEMENTS.get();
                RecordPage small = OpenRecords.page(em, dataset, 0, 10);
                int smallStatements = StatementCount.STATEMENTS.get() - before;
                assertEquals(published.get(dataset).subList(0, 10), small.records().stream().map(OpenRecord::id).toList());
                assertEquals(statements.get(0), smallStatements, "10 items cost what 1000 do");
                DatasetSummary summary = OpenRecords.summary(em, dataset);
                assertEquals(published.get(dataset).size(), summary.items());
                assertTrue(summary.modified() != null);
                em.close();
            }

            EntityManager em = factory.createEntityManager();
            OpenRecord need = OpenRecords.page(em, Dataset.PROCUREMENT_NEEDS, 0, 1).records().get(0);
            assertEquals("48000000-8", need.mainCpvCode());
            assertEquals(List.of("72000000-5"), need.additionalCpvCodes());
            assertEquals("open_for_partners", need.procurementStatus());
            assertEquals(List.of("Digitalisering", "Upphandling"), need.policyAreas());
            assertEquals(List.of(new OpenRecord.Participant("Dals-Ed", "1438", "lead"),
                    new OpenRecord.Participant("Sundsvall", "2281", "partner")), need.participants());
            assertEquals("municipality", need.ownerKind());
            assertEquals("14", need.countyCode());
            assertNull(need.phase());
            OpenRecord project = OpenRecords.page(em, Dataset.PROJECTS, 0, 1).records().get(0);
            assertEquals("ongoing", project.phase());
            assertEquals(2_000_000L, project.budgetSek());
            assertEquals(LocalDate.of(2024, 1, 1), project.periodFrom());
            assertTrue(project.ongoing());
            assertEquals(List.of("e-tjänst", "samverkan"), project.tags());
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static Map<Dataset, List<Long>> fill(EntityManager em) {
        Organisation owner = byCode(em, "1438");
        Organisation partner = byCode(em, "2281");
        CpvCode software = em.find(CpvCode.class, "48000000");
        CpvCode itServices = em.find(CpvCode.class, "72000000");
        Map<Dataset, List<Initiative>> all = Map.of(Dataset.LEARNING_EXAMPLES, new ArrayList<>(),
                Dataset.PROJECTS, new ArrayList<>(), Dataset.PROCUREMENT_NEEDS, new ArrayList<>());
        for (int i = 0; i < PER_KIND; i++) {
            // Interleaved, so the kinds' ids mix as they do in the hub.
            for (Dataset dataset : Dataset.values()) {
                Initiative item = switch (dataset) {
                    case LEARNING_EXAMPLES -> new LearningExample(owner, null);
                    case PROJECTS -> {
                        var project = new Project(owner, null);
                        project.plan(ProjectPhase.ONGOING, CollaborationLevel.SEEKING_PARTNERS, "<p>Mål</p>", "");
                        project.finance(2_000_000, List.of());
                        yield project;
                    }
                    case PROCUREMENT_NEEDS -> {
                        var need = new ProcurementNeed(owner, null);
                        need.classifyAs(software, List.of(itServices));
                        need.plan(1_000_000L, 2_000_000L, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 15), 48);
                        need.invite(ProcurementStatus.OPEN_FOR_PARTNERS, true, null, "");
                        yield need;
                    }
                };
                item.describe("Objekt " + i + ", \"" + dataset.slug() + "\"", "Ingress\nmed radbrytning.", "sv");
                item.setParticipants(List.of(new Participant(owner, ParticipantRole.LEAD), new Participant(partner, ParticipantRole.PARTNER)));
                item.classify(Set.of("Upphandling", "Digitalisering"), Set.of("samverkan", "e-tjänst"));
                item.runDuring(new Period(LocalDate.of(2024, 1, 1), null, true));
                em.persist(item);
                if (i % 10 != 0) {
                    item.publish();
                    if (i % 15 == 0) {
                        item.archive();
                    }
                }
                all.get(dataset).add(item);
            }
        }
        em.flush();
        Map<Dataset, List<Long>> published = new java.util.EnumMap<>(Dataset.class);
        all.forEach((dataset, items) -> published.put(dataset,
                items.stream().filter(Initiative::isPublic).map(Initiative::id).sorted().toList()));
        return published;
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

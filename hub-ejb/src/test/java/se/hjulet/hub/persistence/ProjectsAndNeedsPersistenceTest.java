package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Relation;
import se.hjulet.hub.initiative.entity.RelationKind;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.entity.ProcurementStatus;
import se.hjulet.hub.project.entity.CollaborationLevel;
import se.hjulet.hub.project.entity.FinancingLine;
import se.hjulet.hub.project.entity.FundingSource;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.entity.ProjectPhase;

/** Projects with their financing and procurement needs with their CPV codes, on H2 and PostgreSQL. */
class ProjectsAndNeedsPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCpvVocabularyIsLoadedWithSwedishAndEnglishLabels(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            EntityManager em = factory.createEntityManager();
            assertEquals(9454L, em.createQuery("select count(c) from CpvCode c", Long.class).getSingleResult());
            CpvCode software = em.find(CpvCode.class, "48000000");
            assertEquals("Programvara och informationssystem", software.labelSv());
            assertEquals("Software package and information systems", software.labelEn());
            assertEquals("48000000", CpvCode.normalise("48000000-8").orElseThrow());
            assertEquals("48000000-8", software.withCheckDigit());
            assertTrue(software.acceptsCheckDigit("8") && software.acceptsCheckDigit(null));
            assertFalse(software.acceptsCheckDigit("1"), "48000000-1 is no CPV code");
            // The official digits follow no formula: 03300000 is -2 although a weighted sum gives 4.
            assertEquals("03300000-2", em.find(CpvCode.class, "03300000").withCheckDigit());
            assertEquals(0L, em.createQuery("select count(c) from CpvCode c where c.checkDigit is null", Long.class).getSingleResult());
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProjectKeepsItsFinancingLines(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                Organisation region = byCode(em, "22");
                Organisation sundsvall = byCode(em, "2281");
                var teo = new Project(region, null);
                teo.describe("TEO – Tillsammans för en effektiv offentlig sektor", "Regional samverkan om digitalisering.", "sv");
                teo.plan(ProjectPhase.ONGOING, CollaborationLevel.SEEKING_PARTNERS,
                        "<p>Effektivare <b>digitalisering</b><script>x()</script></p>", "");
                teo.finance(6_000_000, List.of(
                        new FinancingLine(FundingSource.EXTERNAL_FUND, "ERDF", null, 3_000_000, new BigDecimal("50")),
                        new FinancingLine(FundingSource.OWN, null, null, 2_000_000, new BigDecimal("33.33")),
                        new FinancingLine(FundingSource.PARTNER, null, sundsvall, 1_000_000, new BigDecimal("16.67"))));
                em.persist(teo);
                teo.publish();
                return teo.id();
            });

            EntityManager em = factory.createEntityManager();
            Initiative read = em.find(Initiative.class, id);
            Project teo = assertInstanceOf(Project.class, read, "the base class finds the project (as indexing does)");
            assertEquals("project", teo.kind());
            assertEquals(ProjectPhase.ONGOING, teo.phase());
            assertEquals(CollaborationLevel.SEEKING_PARTNERS, teo.collaborationLevel());
            assertEquals(6_000_000, teo.budgetSek());
            assertEquals(3, teo.financing().size());
            FinancingLine erdf = teo.financing().get(0);
            assertEquals(FundingSource.EXTERNAL_FUND, erdf.source());
            assertEquals("ERDF", erdf.funder());
            assertEquals(3_000_000, erdf.amountSek());
            assertEquals(0, new BigDecimal("50").compareTo(erdf.sharePercent()));
            assertEquals(new BigDecimal("33.33"), teo.financing().get(1).sharePercent());
            assertEquals("Sundsvall", teo.financing().get(2).organisation().name());
            assertEquals("<p>Effektivare <b>digitalisering</b></p>", teo.goals(), "scripts are removed before storing");
            assertTrue(teo.bodyText().contains("ERDF"), teo.bodyText());
            assertEquals(1L, em.createNamedQuery(Initiative.PUBLISHED_OF_KIND, Initiative.class).setParameter("kind", Project.class)
                    .getResultList().size());
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProcurementNeedKeepsItsCpvCodesAndWindow(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                var need = new ProcurementNeed(byCode(em, "1438"), null);
                need.describe("E-tjänsteplattform", "Dals-Ed upphandlar en e-tjänsteplattform hösten 2027.", "sv");
                need.classifyAs(em.find(CpvCode.class, "48000000"),
                        List.of(em.find(CpvCode.class, "72000000"), em.find(CpvCode.class, "48000000")));
                need.plan(1_500_000L, 2_500_000L, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 15), 48);
                need.invite(ProcurementStatus.OPEN_FOR_PARTNERS, true, LocalDate.of(2027, 6, 30), "<p>Krav på BankID</p>");
                em.persist(need);
                return need.id();
            });

            EntityManager em = factory.createEntityManager();
            var need = assertInstanceOf(ProcurementNeed.class, em.find(Initiative.class, id));
            assertEquals("procurement_need", need.kind());
            assertEquals("48000000", need.mainCpv().code());
            assertEquals(List.of("72000000"), need.additionalCpv().stream().map(CpvCode::code).toList(),
                    "the main code is not repeated among the additional ones");
            assertEquals(2_500_000L, need.valueMaxSek());
            assertEquals(LocalDate.of(2027, 9, 1), need.windowFrom());
            assertEquals(48, need.contractMonths());
            assertEquals(ProcurementStatus.OPEN_FOR_PARTNERS, need.procurementStatus());
            assertTrue(need.takesPartnersOn(LocalDate.of(2027, 6, 30)));
            assertTrue(need.keyPoints().get(0).startsWith("48000000 Programvara"), need.keyPoints().toString());
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNeedRealisedByAProjectIsSeenFromBothEnds(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long[] ids = Database.inTransaction(factory, em -> {
                var need = new ProcurementNeed(byCode(em, "1438"), null);
                need.describe("E-tjänsteplattform", "Lead", "sv");
                need.classifyAs(em.find(CpvCode.class, "48000000"), List.of());
                em.persist(need);
                var project = new Project(byCode(em, "2284"), null);
                project.describe("Plattformsprojekt", "Lead", "sv");
                em.persist(project);
                em.persist(new Relation(need, RelationKind.REALISED_BY, project, null));
                return new long[] {need.id(), project.id()};
            });
            EntityManager em = factory.createEntityManager();
            Initiative project = em.find(Initiative.class, ids[1]);
            List<Relation> relations = em.createNamedQuery(Relation.OF_ITEM, Relation.class).setParameter("item", project).getResultList();
            assertEquals(1, relations.size());
            assertEquals("realises", relations.get(0).nameSeenFrom(project));
            assertEquals(ids[0], relations.get(0).otherEnd(project).id());
            assertEquals("realised_by", relations.get(0).nameSeenFrom(relations.get(0).source()));
            em.close();
        } finally {
            factory.close();
        }
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.initiative.control.InitiativeIndexEntries;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.search.index.IndexEntry;

/**
 * After the migrations every municipality has its population (SCB, 31 December 2024, V45), on H2 and
 * PostgreSQL, and an item of a municipality carries it to the index: its size group for the search facet,
 * the figure itself for the partners' "similar size".
 */
class MunicipalityPopulationPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyMunicipalityHasItsPopulationAndRegionsHaveNone(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            EntityManager em = factory.createEntityManager();
            List<Organisation> municipalities = em.createQuery("select o from Organisation o where o.kind = :kind", Organisation.class)
                    .setParameter("kind", OrganisationKind.MUNICIPALITY).getResultList();
            assertEquals(290, municipalities.size());
            assertEquals(List.of(), municipalities.stream().filter(m -> m.population() == null || m.population() <= 0)
                    .map(Organisation::code).toList(), "municipalities without a population");
            assertEquals(10_587_710L, municipalities.stream().mapToLong(Organisation::population).sum(), "SCB's national total");
            assertEquals(0L, em.createQuery("select count(o) from Organisation o where o.kind = :kind and o.population is not null",
                    Long.class).setParameter("kind", OrganisationKind.REGION).getSingleResult(), "a region has no municipal population");

            Organisation botkyrka = byCode(em, "0127");
            assertEquals(95_905, botkyrka.population());
            assertEquals("50000-99999", botkyrka.sizeGroup());
            assertEquals("200000-plus", byCode(em, "0180").sizeGroup(), "Stockholm");
            assertEquals("100000-199999", byCode(em, "0126").sizeGroup(), "Huddinge, 114,304");
            assertEquals("25000-49999", byCode(em, "0162").sizeGroup(), "Danderyd, 32,425");
            assertEquals("10000-24999", byCode(em, "1060").sizeGroup(), "Olofström, 13,000");
            assertEquals("under-10000", byCode(em, "2425").sizeGroup(), "Dorotea, 2,294");
            assertNull(byCode(em, "01").sizeGroup(), "Region Stockholm");
            em.close();
        } finally {
            factory.close();
            database.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anItemOfAMunicipalityCarriesItsSizeToTheIndex(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            IndexEntry entry = Database.inTransaction(factory, em -> {
                Organisation botkyrka = byCode(em, "0127");
                Person author = new Person("https://idp.example", "population-" + database.name());
                em.persist(author);
                var example = new LearningExample(botkyrka, author);
                example.describe("Läxhjälp på biblioteket", "Gymnasieelever hjälper yngre med läxorna.", "sv");
                em.persist(example);
                em.flush();
                return InitiativeIndexEntries.of(example, List.of(), List.of(), 0);
            });
            assertEquals("50000-99999", entry.facets().sizeGroup());
            assertEquals(95_905, entry.matching().ownerPopulation());
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

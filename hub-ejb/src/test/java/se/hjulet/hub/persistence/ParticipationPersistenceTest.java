package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.participation.entity.ParticipationStatus;
import se.hjulet.hub.participation.entity.ParticipationTotals;
import se.hjulet.hub.project.entity.Project;

/** Pledges are stored with their decision, and an organisation takes part in an item once, on H2 and PostgreSQL. */
class ParticipationPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAcceptedPledgeCountsAndAnOrganisationTakesPartOnce(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long projectId = Database.inTransaction(factory, em -> {
                var teo = new Project(byCode(em, "2284"), null);
                teo.describe("TEO", "Tillgängliga e-tjänster", "sv");
                teo.finance(6_000_000, List.of());
                em.persist(teo);
                teo.publish();
                var sundsvall = new Participation(teo, byCode(em, "2281"), null, "Vi är med", "Sara", "sara@sundsvall.se");
                em.persist(sundsvall);
                sundsvall.pledge(1_200_000L, 40, false, false);
                sundsvall.accept();
                var timra = new Participation(teo, byCode(em, "2262"), null, null, null, null);
                em.persist(timra);
                timra.pledge(500_000L, null, false, false);
                return teo.id();
            });

            EntityManager em = factory.createEntityManager();
            Project teo = em.find(Project.class, projectId);
            List<Participation> all = em.createNamedQuery(Participation.OF_ITEM, Participation.class)
                    .setParameter("item", teo).getResultList();
            assertEquals(2, all.size());
            assertEquals(ParticipationStatus.ACCEPTED, all.get(0).status());
            var totals = ParticipationTotals.of(all);
            assertEquals(1_200_000, totals.acceptedPledgedSek(), "only the accepted pledge counts");
            assertEquals(40, totals.acceptedPersonDays());
            assertEquals(1, totals.pledged());
            em.close();

            assertThrows(RollbackException.class, () -> Database.inTransaction(factory, other -> {
                other.persist(new Participation(other.find(Project.class, projectId), byCode(other, "2281"), null, null, null, null));
                return null;
            }), "the database refuses a second participation of the same organisation");
        } finally {
            factory.close();
        }
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.EmailDomain;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.MembershipRequest;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/** Membership by verified e-mail domain and by approved request, stored on H2 and PostgreSQL. */
class MembershipPersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVerifiedDomainAndAnApprovedRequestMakeMembers(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long personId = Database.inTransaction(factory, em -> {
                Organisation ornskoldsvik = byCode(em, "2284");
                em.persist(new EmailDomain("@Ornskoldsvik.SE", ornskoldsvik));
                var caller = new HubCaller("https://idp", "jens", "Jens", "jens@ornskoldsvik.se", Set.of(), Set.of(), true);
                var person = new Person("https://idp", "jens");
                person.refreshFrom(caller, List.of());
                person.followEmailDomain(em.find(EmailDomain.class, caller.verifiedEmailDomain().orElseThrow()).organisation());
                em.persist(person);
                var request = new MembershipRequest(person, byCode(em, "2281"), "Jag arbetar i Sundsvall också");
                em.persist(request);
                request.approve(null);
                return person.id();
            });
            EntityManager em = factory.createEntityManager();
            Person jens = em.find(Person.class, personId);
            assertEquals(Set.of("2284/DOMAIN", "2281/ADMIN"), Set.copyOf(jens.memberships().stream()
                    .map(m -> m.organisation().code() + "/" + m.source()).toList()), "a domain membership and an approved request");
            assertEquals("ornskoldsvik.se", em.find(EmailDomain.class, "ornskoldsvik.se").domain());
            em.close();

            var unverified = new HubCaller("https://idp", "x", "X", "x@ornskoldsvik.se", Set.of(), Set.of(), false);
            assertFalse(unverified.verifiedEmailDomain().isPresent(), "an unverified address grants nothing");
            assertThrows(InvalidInput.class, () -> new EmailDomain("not a domain", null));
            assertThrows(Conflict.class, () -> Database.inTransaction(factory, other -> {
                var request = other.createQuery("select r from MembershipRequest r", MembershipRequest.class).getSingleResult();
                request.reject(null);
                return null;
            }), "a decided request stays decided");
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAdminsMembershipCanBeRevokedButOneFromTheLoginCannot(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                var caller = new HubCaller("https://idp", "rut", "Rut Rättad", "rut@timra.se", Set.of("2262"), Set.of());
                var rut = new Person("https://idp", "rut");
                rut.refreshFrom(caller, List.of(byCode(em, "2262")));
                rut.grantMembership(byCode(em, "2281"), se.hjulet.hub.person.entity.MembershipRole.MEMBER);
                em.persist(rut);
                return rut.id();
            });
            Database.inTransaction(factory, em -> {
                em.find(Person.class, id).revokeMembership(byCode(em, "2281"));
                return null;
            });
            assertThrows(Conflict.class, () -> Database.inTransaction(factory, em -> {
                em.find(Person.class, id).revokeMembership(byCode(em, "2262"));
                return null;
            }), "the login's claim would bring it back at once");
            assertThrows(se.hjulet.hub.platform.entity.NotFound.class, () -> Database.inTransaction(factory, em -> {
                em.find(Person.class, id).revokeMembership(byCode(em, "1485"));
                return null;
            }), "not a member there");
            EntityManager em = factory.createEntityManager();
            assertEquals(List.of("2262"), em.find(Person.class, id).memberships().stream().map(m -> m.organisation().code()).toList(),
                    "Sundsvall went, Timrå (from the claim) stayed");
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theAdminsOverviewListsEveryDomainAndOnlyPendingRequests(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            Database.inTransaction(factory, em -> {
                em.persist(new EmailDomain("timra.se", byCode(em, "2262")));
                em.persist(new EmailDomain("alingsas.se", byCode(em, "1489")));
                var asker = new Person("https://idp", "asker");
                em.persist(asker);
                em.persist(new MembershipRequest(asker, byCode(em, "2262"), null));
                var decided = new MembershipRequest(asker, byCode(em, "2281"), "ja");
                em.persist(decided);
                decided.reject(null);
                return null;
            });
            EntityManager em = factory.createEntityManager();
            assertEquals(List.of("alingsas.se/1489", "timra.se/2262"), em.createNamedQuery(EmailDomain.ALL, EmailDomain.class)
                    .getResultStream().map(d -> d.domain() + "/" + d.organisation().code()).toList());
            assertEquals(List.of("2262"), em.createNamedQuery(MembershipRequest.ALL_PENDING, MembershipRequest.class)
                    .getResultStream().map(r -> r.organisation().code()).toList(), "the rejected one is not pending");
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLoginThatBringsNoNewsLeavesThePersonAsStored(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            var caller = new HubCaller("https://idp", "nora", "Nora Ny", "nora@uddevalla.se", Set.of("1485"), Set.of());
            long id = Database.inTransaction(factory, em -> {
                var nora = new Person("https://idp", "nora");
                nora.refreshFrom(caller, List.of(byCode(em, "1485")));
                em.persist(nora);
                return nora.id();
            });
            Database.inTransaction(factory, em -> {
                Person nora = em.find(Person.class, id);
                Organisation uddevalla = byCode(em, "1485");
                assertTrue(nora.knowsAlready(caller, List.of(uddevalla), null), "the same login again: nothing to write");
                var renamed = new HubCaller("https://idp", "nora", "Nora Nyberg", "nora@uddevalla.se", Set.of("1485"), Set.of());
                assertFalse(nora.knowsAlready(renamed, List.of(uddevalla), null), "a new name");
                assertFalse(nora.knowsAlready(caller, List.of(uddevalla, byCode(em, "2281")), null), "a new organisation");
                assertFalse(nora.knowsAlready(caller, List.of(), null), "an organisation no longer claimed");
                assertFalse(nora.knowsAlready(caller, List.of(uddevalla), byCode(em, "2284")), "a new e-mail domain");
                nora.grantMembership(byCode(em, "2281"), se.hjulet.hub.person.entity.MembershipRole.MEMBER);
                assertTrue(nora.knowsAlready(caller, List.of(uddevalla), null), "a granted membership is no claim's business");
                return null;
            });
        } finally {
            factory.close();
        }
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

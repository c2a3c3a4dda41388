package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.MembershipRequest;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.project.entity.Project;

/**
 * What the organisation page asks the boundary, on H2 and PostgreSQL: the federations an organisation
 * belongs to, what waits for its members' decision, and who its members are (names for members only,
 * the count for everyone), with the callers' rights checked in the boundary.
 */
class OrganisationPagePersistenceTest {

    static Stream<Database> databases() {
        return PersistenceTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOrganisationKnowsItsFederationsAndItsMembersWhatWaitsForThem(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            record Stored(long federationId, long saraId, long boId, long olleId, long projectId) {
            }
            Stored stored = Database.inTransaction(factory, em -> {
                Organisation sundsvall = byCode(em, "2281");
                Organisation timra = byCode(em, "2262");
                var federation = new Organisation(OrganisationKind.FEDERATION, "Medelpads kommunalförbund", null, "22");
                federation.addMember(sundsvall);
                em.persist(federation);

                Person sara = person(em, "sara", "Sara Sundin", "sara@sundsvall.se");
                sara.grantMembership(sundsvall, MembershipRole.ORGANISATION_ADMIN);
                Person bo = person(em, "bo", "Bo Berg", "bo@sundsvall.se");
                bo.grantMembership(sundsvall, MembershipRole.MEMBER);
                Person olle = person(em, "olle", "Olle Utomstående", "olle@timra.se");
                olle.grantMembership(timra, MembershipRole.MEMBER);
                em.persist(new MembershipRequest(olle, sundsvall, "Jag arbetar med Sundsvall"));

                var teo = new Project(sundsvall, null);
                teo.describe("TEO", "Tillgängliga e-tjänster", "sv");
                teo.finance(6_000_000, List.of());
                em.persist(teo);
                teo.publish();
                var interested = new Participation(teo, timra, null, "Vi vill vara med", null, null);
                em.persist(interested);
                var pledged = new Participation(teo, byCode(em, "2284"), null, null, null, null);
                em.persist(pledged);
                pledged.pledge(300_000L, null, false, false);
                var accepted = new Participation(teo, byCode(em, "2260"), null, null, null, null);
                em.persist(accepted);
                accepted.pledge(null, 20, false, false);
                accepted.accept();

                var othersProject = new Project(timra, null);
                othersProject.describe("Timrås eget", "Något annat", "sv");
                em.persist(othersProject);
                othersProject.publish();
                em.persist(new Participation(othersProject, sundsvall, null, null, null, null));
                return new Stored(federation.id(), sara.id(), bo.id(), olle.id(), teo.id());
            });

            EntityManager em = factory.createEntityManager();
            try {
                Organisation sundsvall = byCode(em, "2281");
                Organisation timra = byCode(em, "2262");
                Person sara = em.find(Person.class, stored.saraId());
                Person olle = em.find(Person.class, stored.olleId());

                var organisations = boundary(new Organisations(), em, new CallerAs(null));
                assertEquals(List.of(stored.federationId()), organisations.federationsOf(sundsvall).stream().map(Organisation::id).toList(),
                        "Sundsvall belongs to the federation");
                assertEquals(List.of(), organisations.federationsOf(timra), "Timrå belongs to none");
                assertEquals(List.of("Sundsvall"), organisations.membersOf(em.find(Organisation.class, stored.federationId())).stream()
                        .map(Organisation::name).toList(), "the federation's members");
                assertEquals(List.of(), organisations.membersOf(sundsvall), "a municipality has no member organisations");

                var forSara = boundary(new Participations(), em, new CallerAs(sara));
                assertEquals(Set.of("2262/INTERESTED", "2284/PLEDGED"), Set.copyOf(forSara.awaitingDecisionBy(sundsvall).stream()
                                .map(p -> p.organisation().code() + "/" + p.status()).toList()),
                        "interest and pledges in Sundsvall's items wait; the accepted one and others' items do not");
                assertTrue(forSara.awaitingDecisionBy(sundsvall).stream().allMatch(p -> p.initiative().id() == stored.projectId()));
                assertThrows(AccessDenied.class, () -> boundary(new Participations(), em, new CallerAs(olle)).awaitingDecisionBy(sundsvall),
                        "an outsider does not see what waits for Sundsvall");
                assertThrows(AccessDenied.class, () -> boundary(new Participations(), em, new CallerAs(null)).awaitingDecisionBy(sundsvall),
                        "nor does an anonymous reader");

                var membershipsForSara = boundary(new Memberships(), em, new CallerAs(sara));
                assertEquals(List.of("Bo Berg/MEMBER", "Sara Sundin/ORGANISATION_ADMIN"), membershipsForSara.membersOf(sundsvall).stream()
                        .map(m -> m.name() + "/" + m.role()).toList(), "members by name with their roles");
                assertFalse(membershipsForSara.hasAsked(sundsvall), "a member has not asked to join");
                assertTrue(membershipsForSara.mayAdminister(sundsvall), "Sara is Sundsvall's admin");
                assertEquals(List.of("Bo Berg/MEMBER"), membershipsForSara.findPeople(sundsvall, "BERG").stream()
                        .map(m -> m.name() + "/" + m.role()).toList(), "found by name, any case, with the role they have");
                assertEquals(List.of("Olle Utomstående/null"), membershipsForSara.findPeople(sundsvall, "olle@timra").stream()
                        .map(m -> m.name() + "/" + m.role()).toList(), "found by e-mail address; no role in Sundsvall yet");
                assertEquals(List.of(), membershipsForSara.findPeople(sundsvall, "bo"), "two characters are too few to search");

                var membershipsForBo = boundary(new Memberships(), em, new CallerAs(em.find(Person.class, stored.boId())));
                assertFalse(membershipsForBo.mayAdminister(sundsvall), "a plain member does not administer");
                assertThrows(AccessDenied.class, () -> membershipsForBo.findPeople(sundsvall, "olle"), "nor look people up to add");
                assertEquals(2, membershipsForBo.membersOf(sundsvall).size(), "but sees the organisation's people");

                var membershipsForOlle = boundary(new Memberships(), em, new CallerAs(olle));
                assertThrows(AccessDenied.class, () -> membershipsForOlle.membersOf(sundsvall), "an outsider sees no names");
                assertEquals(2, membershipsForOlle.memberCount(sundsvall), "but how many");
                assertTrue(membershipsForOlle.hasAsked(sundsvall), "Olle has asked to join Sundsvall");
                assertFalse(membershipsForOlle.hasAsked(timra), "and not Timrå, where he is a member");

                var anonymous = boundary(new Memberships(), em, new CallerAs(null));
                assertEquals(2, anonymous.memberCount(sundsvall));
                assertFalse(anonymous.hasAsked(sundsvall), "an anonymous reader has asked nothing");
                assertThrows(AccessDenied.class, () -> anonymous.membersOf(sundsvall));
            } finally {
                em.close();
            }
        } finally {
            factory.close();
        }
    }

    /** A caller as the boundary sees them, without a login: a stored person, or nobody. */
    static class CallerAs extends People {
        private final Person person;

        CallerAs(Person person) {
            this.person = person;
        }

        @Override
        public Optional<Person> currentIfAny() {
            return Optional.ofNullable(person);
        }

        @Override
        public boolean callerIsPlatformAdmin() {
            return false;
        }
    }

    /**
     * The boundary with this test's entity manager and caller. Its fields are package-private for the
     * container; the test lives with the other persistence tests (and their Database), so it sets them
     * by reflection instead of opening the boundaries up.
     */
    private static <T> T boundary(T bean, EntityManager em, People people) {
        try {
            for (String name : List.of("em", "people")) {
                Field field = bean.getClass().getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, name.equals("em") ? em : people);
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Person person(EntityManager em, String subject, String name, String email) {
        var person = new Person("https://idp", subject);
        person.refreshFrom(new HubCaller("https://idp", subject, name, email, Set.of(), Set.of()), List.of());
        em.persist(person);
        return person;
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Event;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A workshop collection keeps its order (themes, items, questions, dates) on H2 and PostgreSQL. */
class CollectionPersistenceTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void themesItemsAndQuestionsKeepTheirOrder(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            long id = Database.inTransaction(factory, em -> {
                Organisation uddevalla = byCode(em, "1485");
                Organisation lysekil = byCode(em, "1484");
                Person facilitator = new Person("https://idp.example", "martin");
                em.persist(facilitator);
                LearningExample example = new LearningExample(uddevalla, null);
                example.describe("Tankesmedja i Fyrbodal", "Tio kommuner i samverkan.", "sv");
                em.persist(example);
                example.publish();
                CuratedCollection collection = new CuratedCollection(facilitator);
                collection.describe("Tankesmedjor i Fyrbodal 2020", "Tre träffar om digital transformation.", Visibility.PARTICIPANTS);
                collection.arrange(List.of(
                                new Theme("UTBLICK", "Digitalisering & demokrati", List.of(
                                        CollectionItem.of(example, "Läs före första träffen."),
                                        CollectionItem.link("https://skr.se/kompetenslyft", "SKR:s kompetenslyft", null)
                                                .asking("Vad av kompetenslyftet passar oss?")),
                                        List.of("Vad betyder digitalisering i vår kommun?", "För oss tillsammans?")),
                                new Theme("INBLICK", "Digitalisering & arbetssättsinnovation", List.of(), List.of()),
                                new Theme("TILLSAMMANS", "Digitalisering & samverkan", List.of(), List.of("Kan vi samverka?"))),
                        List.of(new Event(LocalDate.of(2020, 10, 1), "TILLSAMMANS (digitalt)"),
                                new Event(LocalDate.of(2020, 2, 14), "UTBLICK i Uddevalla")),
                        Set.of(uddevalla, lysekil));
                em.persist(collection);
                return collection.id();
            });

            EntityManager em = factory.createEntityManager();
            CuratedCollection read = em.find(CuratedCollection.class, id);
            assertEquals(List.of("UTBLICK", "INBLICK", "TILLSAMMANS"), read.themes().stream().map(Theme::title).toList());
            Theme first = read.themes().get(0);
            assertEquals(List.of("initiative", "link"), first.items().stream().map(CollectionItem::type).toList());
            assertEquals("Tankesmedja i Fyrbodal", first.items().get(0).title());
            assertEquals("Läs före första träffen.", first.items().get(0).note());
            assertNull(first.items().get(0).question());
            assertEquals("Vad av kompetenslyftet passar oss?", first.items().get(1).question(), "an item's own reflection question (V43)");
            assertTrue(read.bodyText().contains("kompetenslyftet passar"), "searchable with the rest");
            assertEquals(List.of("Vad betyder digitalisering i vår kommun?", "För oss tillsammans?"), first.questions());
            assertEquals(LocalDate.of(2020, 2, 14), read.events().get(0).date(), "events in date order");
            assertEquals(2, read.participants().size());
            assertTrue(read.bodyText().contains("SKR:s kompetenslyft"));
            em.close();
        } finally {
            factory.close();
        }
    }

    @Test
    void whoMayReadDependsOnTheVisibility() {
        Organisation uddevalla = new Organisation(se.hjulet.hub.organisation.entity.OrganisationKind.MUNICIPALITY, "Uddevalla", "1485", "14");
        Person curator = new Person("https://idp.example", "curator");
        Person member = new Person("https://idp.example", "member");
        member.refreshFrom(new HubCaller("https://idp.example", "member", "M", null, Set.of("1485"), Set.of()), List.of(uddevalla));
        Person stranger = new Person("https://idp.example", "stranger");
        CuratedCollection collection = new CuratedCollection(curator);
        collection.arrange(List.of(), List.of(), Set.of(uddevalla));

        collection.describe("Samling", null, Visibility.PARTICIPANTS);
        assertTrue(collection.readableBy(curator, null));
        assertTrue(collection.readableBy(member, null));
        assertFalse(collection.readableBy(stranger, null));
        assertFalse(collection.readableBy(null, null));

        collection.describe("Samling", null, Visibility.LINK_ONLY);
        assertFalse(collection.readableBy(stranger, null));
        assertFalse(collection.readableBy(stranger, "gissning"));
        assertTrue(collection.readableBy(null, collection.linkToken()));
        String old = collection.linkToken();
        collection.renewLink();
        assertFalse(collection.readableBy(null, old), "a renewed link shuts the old one out");

        collection.describe("Samling", null, Visibility.PUBLIC);
        assertTrue(collection.readableBy(null, null));
    }

    @Test
    void onlyWebLinksAreItems() {
        assertThrows(InvalidInput.class, () -> CollectionItem.link("javascript:alert(1)", "x", null));
        assertThrows(InvalidInput.class, () -> CollectionItem.link("skr.se", "x", null));
        assertEquals("https://skr.se/a", CollectionItem.link(" https://skr.se/a ", "SKR", null).url());
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }
}

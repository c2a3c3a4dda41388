package se.hjulet.hub.indexing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.document.entity.DocumentContent;
import se.hjulet.hub.indexing.boundary.OutboxStore.Section;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.persistence.Database;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.search.extract.Extraction;
import se.hjulet.search.extract.ExtractionStatus;
import se.hjulet.search.index.IndexEntry;

/** A rebuild reads every public item once, page by page, on both databases; changes made meanwhile go through the outbox again. */
class RebuildPagesTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyPublicItemOnceInPagesAndNoDraft(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            Instant before = Instant.now().minusSeconds(1);
            Database.inTransaction(factory, em -> {
                Organisation sundsvall = em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", "2281").getSingleResult();
                for (int i = 0; i < 3; i++) {
                    LearningExample example = new LearningExample(sundsvall, null);
                    example.describe("Digitaliseringsrådet " + i, "Sju kommuner i samverkan.", "sv");
                    em.persist(example);
                    example.publish();
                }
                LearningExample draft = new LearningExample(sundsvall, null);
                draft.describe("Utkast", "Syns inte.", "sv");
                em.persist(draft);
                Project archived = new Project(sundsvall, null);
                archived.describe("Avslutat", "Arkiverat projekt.", "sv");
                em.persist(archived);
                archived.publish();
                archived.archive();
                LearningExample published = em.createQuery("select l from LearningExample l where l.title = 'Digitaliseringsrådet 0'",
                        LearningExample.class).getSingleResult();
                byte[] bytes = "Handlingsplan för kompetenslyft".getBytes();
                Document document = new Document(published, "plan.txt", "text/plain", bytes, null);
                em.persist(document);
                em.flush();
                em.persist(new DocumentContent(document, bytes));
                document.extracted(document.sha256(), new Extraction(ExtractionStatus.OK, "text/plain",
                        "Handlingsplan för kompetenslyft", null, null, "sv", null, null));
                Document ofDraft = new Document(draft, "utkast.txt", "text/plain", bytes, null);
                em.persist(ofDraft);
                Person curator = new Person("https://idp.example", "facilitator");
                em.persist(curator);
                CuratedCollection collection = new CuratedCollection(curator);
                collection.describe("Tankesmedjor", "Tre träffar.", Visibility.PUBLIC);
                collection.arrange(List.of(new Theme("UTBLICK", "Demokrati", List.of(CollectionItem.of(published, "Läs först")),
                        List.of("Vad betyder det för oss?"))), List.of(), Set.of(sundsvall));
                em.persist(collection);
                CuratedCollection hidden = new CuratedCollection(curator);
                hidden.describe("Bara med länk", null, Visibility.LINK_ONLY);
                em.persist(hidden);
                return null;
            });

            List<String> read = Database.inTransaction(factory, em -> {
                OutboxStore store = store(em);
                assertEquals(5, store.publicEntryCount(), "three examples, one document, one collection");
                List<String> ids = new ArrayList<>();
                for (Section section : Section.values()) {
                    long after = 0;
                    List<IndexEntry> page;
                    do {
                        page = store.publicEntriesAfter(section, after, 2);
                        page.forEach(entry -> ids.add(entry.id()));
                        after = page.isEmpty() ? after : page.get(page.size() - 1).databaseId();
                    } while (page.size() == 2);
                }
                return ids;
            });
            assertEquals(5, read.size(), "each once: " + read);
            assertEquals(Set.of("learning_example", "document", "collection"),
                    read.stream().map(id -> id.substring(0, id.indexOf(':'))).collect(Collectors.toSet()), read.toString());

            // Everything above changed after `before`: all of it (drafts and withdrawn too, so they leave the index) is queued again.
            int queued = Database.inTransaction(factory, em -> store(em).queueChangedSince(before));
            assertEquals(9, queued, "the five initiatives (a draft and an archived one too), both documents, both collections");
            assertEquals(0, (int) Database.inTransaction(factory, em -> store(em).queueChangedSince(Instant.now().plusSeconds(60))));
            long waiting = Database.inTransaction(factory, em -> em.createQuery("select count(e) from OutboxEntry e", Long.class).getSingleResult());
            assertEquals(9, waiting, "the test wrote its items directly, so only the queued entries wait");
        } finally {
            factory.close();
            database.drop();
        }
    }

    private static OutboxStore store(EntityManager em) {
        OutboxStore store = new OutboxStore();
        store.em = em;
        return store;
    }
}

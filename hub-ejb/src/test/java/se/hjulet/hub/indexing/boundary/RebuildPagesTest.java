package se.hjulet.hub.indexing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.collection.control.CollectionIndexEntries;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.document.control.DocumentIndexEntries;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.document.entity.DocumentContent;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.initiative.control.InitiativeIndexEntries;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.persistence.Database;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.question.control.QuestionIndexEntries;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;
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
                for (int section = 0; section < store.sections(); section++) {
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

    /** A page reads an item's documents, owner's federations, reuse count and collections for all its items at once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPageGivesEachItemTheEntryTheOutboxGivesIt(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            Database.inTransaction(factory, em -> {
                Organisation sundsvall = em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", "2281").getSingleResult();
                Organisation timra = em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", "2262").getSingleResult();
                Organisation federation = new Organisation(OrganisationKind.FEDERATION, "Medelpads kommunalförbund", null, "22");
                federation.addMember(sundsvall);
                em.persist(federation);
                List<LearningExample> examples = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    LearningExample example = new LearningExample(i % 2 == 0 ? sundsvall : timra, null);
                    example.describe("Skolskjuts " + i, "Samordnade turer.", "sv");
                    example.classify(Set.of("Utbildning"), Set.of("skolskjuts", "tur " + i));
                    if (i == 1) {
                        example.setParticipants(List.of(new Participant(sundsvall, ParticipantRole.PARTNER)));
                    }
                    em.persist(example);
                    example.publish();
                    examples.add(example);
                }
                for (int i = 0; i < 3; i++) {
                    byte[] bytes = ("Turlista " + i).getBytes();
                    Document document = new Document(examples.get(i % 2), "turlista-" + i + ".txt", "text/plain", bytes, null);
                    em.persist(document);
                    em.flush();
                    em.persist(new DocumentContent(document, bytes));
                    document.extracted(document.sha256(), new Extraction(ExtractionStatus.OK, "text/plain", "Turlista " + i,
                            null, null, "sv", null, null));
                }
                em.persist(new ReuseMark(examples.get(0), timra, ReuseKind.REUSED, null, null, null));
                LearningExample draft = new LearningExample(sundsvall, null);
                draft.describe("Skolskjuts, utkast", "Inte publicerat.", "sv");
                em.persist(draft);
                return null;
            });

            Database.inTransaction(factory, em -> {
                OutboxStore store = store(em);
                int pages = 0;
                for (int section = 0; section < store.sections(); section++) {
                    long after = 0;
                    List<IndexEntry> page;
                    do {
                        page = store.publicEntriesAfter(section, after, 2);
                        pages++;
                        Map<IndexContribution.Item, IndexEntry> drained = store.entriesFor(page.stream()
                                .map(e -> new IndexContribution.Item(e.kind(), e.databaseId())).toList());
                        assertEquals(page.size(), drained.size(), "the outbox reads the same items: " + drained.keySet());
                        for (IndexEntry entry : page) {
                            assertEquals(entryOf(store, em, entry.kind(), entry.databaseId()), entry, entry.id());
                            assertEquals(entry, drained.get(new IndexContribution.Item(entry.kind(), entry.databaseId())), entry.id());
                        }
                        after = page.isEmpty() ? after : page.get(page.size() - 1).databaseId();
                    } while (page.size() == 2);
                }
                assertTrue(pages > 3, "several pages: " + pages);
                // A drained batch mixes kinds, drafts, items of another kind under the same id, and items gone.
                List<IndexContribution.Item> mixed = new ArrayList<>();
                em.createQuery("select i from Initiative i", Initiative.class).getResultStream()
                        .forEach(i -> mixed.add(new IndexContribution.Item(i.kind(), i.id())));
                em.createQuery("select d from Document d", Document.class).getResultStream()
                        .forEach(d -> mixed.add(new IndexContribution.Item(Document.KIND, d.id())));
                long someId = mixed.get(0).id();
                mixed.add(new IndexContribution.Item("project", someId));
                mixed.add(new IndexContribution.Item("learning_example", 999_999L));
                Map<IndexContribution.Item, IndexEntry> batch = store.entriesFor(mixed);
                for (IndexContribution.Item item : mixed) {
                    IndexEntry single = entryOf(store, em, item.kind(), item.id());
                    assertEquals(single, batch.get(item), item.toString());
                }
                assertEquals(8, batch.size(), "five published examples and three documents, not the draft: " + batch.keySet());
                IndexEntry reused = store.publicEntriesAfter(0, 0, 10).stream().filter(e -> e.title().equals("Skolskjuts 0")).findFirst().orElseThrow();
                assertEquals(1, reused.reuseCount(), reused.toString());
                assertEquals(2, reused.attachments().size(), "its two documents: " + reused.attachments());
                return null;
            });
        } finally {
            factory.close();
            database.drop();
        }
    }

    /** The entry one item gets read alone, as its feature's contribution gives it; null when it must leave the index. */
    private static IndexEntry entryOf(OutboxStore store, EntityManager em, String kind, long id) {
        return store.contributions.stream().filter(c -> c.kinds().contains(kind)).findFirst().orElseThrow()
                .entryOf(em, kind, id).orElse(null);
    }

    private static OutboxStore store(EntityManager em) {
        OutboxStore store = new OutboxStore();
        store.em = em;
        // What CDI gives the store in the hub: every feature's contribution.
        store.contributions = List.of(new InitiativeIndexEntries(), new DocumentIndexEntries(), new CollectionIndexEntries(),
                new QuestionIndexEntries());
        return store;
    }
}

package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import se.hjulet.hub.indexing.control.SearchDocuments;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.search.cli.DatabaseDocuments;
import se.hjulet.search.extract.Extraction;
import se.hjulet.search.extract.ExtractionStatus;
import se.hjulet.search.index.SearchDocument;

/** The CLI's rebuild reads by JDBC exactly the search documents the hub itself indexes. */
class RebuildFromDatabaseTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCommandLineReadsWhatTheHubIndexes(Database database) throws Exception {
        EntityManagerFactory factory = database.migrated();
        try {
            Database.inTransaction(factory, em -> {
                Organisation sundsvall = em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", "2281").getSingleResult();
                LearningExample example = new LearningExample(sundsvall, null);
                example.describe("Digitaliseringsrådet", "Sju kommuner i samverkan.", "sv");
                example.tell(List.of("Alla kommuner behöver vara med."), "<p>Bakgrund om <b>e-tjänster</b></p>", "<p>Genomförande</p>",
                        List.of("Prestigelös kultur"), "", null);
                example.classify(Set.of("Digitalisering"), Set.of("råd"));
                em.persist(example);
                example.publish();
                LearningExample draft = new LearningExample(sundsvall, null);
                draft.describe("Utkast", "Syns inte.", "sv");
                em.persist(draft);
                byte[] bytes = "Handlingsplan för kompetenslyft".getBytes();
                Document document = new Document(example, "plan.txt", "text/plain", bytes, null);
                em.persist(document);
                em.flush();
                em.persist(new DocumentContent(document, bytes));
                document.extracted(document.sha256(), new Extraction(ExtractionStatus.OK, "text/plain",
                        "Handlingsplan för kompetenslyft", null, null, "sv", null, null));
                Person curator = new Person("https://idp.example", "facilitator");
                em.persist(curator);
                CuratedCollection collection = new CuratedCollection(curator);
                collection.describe("Tankesmedjor", "Tre träffar.", Visibility.PUBLIC);
                collection.arrange(List.of(new Theme("UTBLICK", "Demokrati", List.of(CollectionItem.of(example, "Läs först")),
                        List.of("Vad betyder det för oss?"))), List.of(), Set.of(sundsvall));
                em.persist(collection);
                CuratedCollection hidden = new CuratedCollection(curator);
                hidden.describe("Bara med länk", null, Visibility.LINK_ONLY);
                em.persist(hidden);
                return null;
            });

            EntityManager em = factory.createEntityManager();
            LearningExample example = em.createQuery("select l from LearningExample l where l.title = 'Digitaliseringsrådet'", LearningExample.class).getSingleResult();
            List<Document> documents = em.createNamedQuery(Document.OF_INITIATIVE, Document.class).setParameter("initiative", example).getResultList();
            CuratedCollection collection = em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).getSingleResult();
            Map<String, SearchDocument> hub = Stream.of(SearchDocuments.of(example, documents), SearchDocuments.of(documents.get(0)),
                    SearchDocuments.of(collection)).collect(Collectors.toMap(SearchDocument::id, Function.identity()));
            em.close();
            // What search filters the item by: the owner's kind, and without a period the year it was published.
            SearchDocument.Facets facets = hub.get(SearchDocuments.idOf(example.kind(), example.id())).facets();
            assertEquals("municipality", facets.organisationKind());
            assertEquals(List.of(example.publishedAt().atZone(java.time.ZoneOffset.UTC).getYear()), facets.years());

            List<SearchDocument> read;
            try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                read = new DatabaseDocuments(db).all();
                assertEquals(3, new DatabaseDocuments(db).count());
            }
            assertEquals(hub.keySet(), read.stream().map(SearchDocument::id).collect(Collectors.toSet()), "drafts and link-only collections stay out");
            for (SearchDocument fromDatabase : read) {
                SearchDocument expected = hub.get(fromDatabase.id());
                assertEquals(comparable(expected), comparable(fromDatabase), fromDatabase.id());
            }
        } finally {
            factory.close();
        }
    }

    /** Timestamps lose precision in the database; collection text may be joined differently but holds the same words. */
    private static List<Object> comparable(SearchDocument d) {
        return List.of(d.kind(), d.databaseId(), d.title(), String.valueOf(d.lead()), String.valueOf(d.body()).replaceAll("\\s+", " ").strip(),
                d.conclusions(), String.valueOf(d.organisationCode()), String.valueOf(d.organisationName()), d.organisationNames(),
                String.valueOf(d.countyCode()), Set.copyOf(d.policyAreas()), Set.copyOf(d.tags()), d.language(), d.visibility(),
                String.valueOf(d.publishedAt() == null ? null : d.publishedAt().truncatedTo(ChronoUnit.SECONDS)), d.url(), d.attachments());
    }
}

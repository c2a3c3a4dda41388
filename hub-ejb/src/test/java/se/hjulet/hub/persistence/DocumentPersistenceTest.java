package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.document.entity.DocumentContent;
import se.hjulet.hub.document.entity.DocumentStatus;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.search.extract.Extraction;
import se.hjulet.search.extract.ExtractionStatus;

/** Document bytes and extraction results survive a round trip on H2 and PostgreSQL alike. */
class DocumentPersistenceTest {

    static Stream<Database> databases() {
        return Stream.of(Database.h2(), Database.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bytesAndExtractedTextAreStoredAsTheyAre(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            byte[] bytes = new byte[3 * 1024 * 1024 + 7];
            new Random(4).nextBytes(bytes);
            String text = "Kompetenslyft för digitalisering. ".repeat(40_000); // ~1.4 M characters
            long id = Database.inTransaction(factory, em -> {
                LearningExample example = example(em);
                Document document = new Document(example, "rapport.pdf", "application/pdf", bytes, null);
                em.persist(document);
                em.flush();
                em.persist(new DocumentContent(document, bytes));
                document.extracted(document.sha256(), new Extraction(ExtractionStatus.TRUNCATED, "application/pdf", text,
                        "Rapport", "LiU", "sv", 42, "Only the first characters were kept."));
                return document.id();
            });

            EntityManager em = factory.createEntityManager();
            Document read = em.find(Document.class, id);
            assertEquals(DocumentStatus.TRUNCATED, read.status());
            assertEquals(text, read.text());
            assertEquals(42, read.pageCount());
            assertEquals(bytes.length, read.size());
            assertEquals(Document.sha256(bytes), read.sha256());
            assertArrayEquals(bytes, em.find(DocumentContent.class, id).bytes());
            assertEquals(List.of(read), em.createNamedQuery(Document.OF_INITIATIVE, Document.class)
                    .setParameter("initiative", read.initiative()).getResultList());
            em.close();
        } finally {
            factory.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameBytesTwiceInOneItemAreRefusedByTheDatabaseToo(Database database) {
        EntityManagerFactory factory = database.migrated();
        try {
            byte[] bytes = "samma innehåll".getBytes();
            Database.inTransaction(factory, em -> {
                LearningExample example = example(em);
                em.persist(new Document(example, "a.txt", "text/plain", bytes, null));
                return null;
            });
            assertThrows(PersistenceException.class, () -> Database.inTransaction(factory, em -> {
                LearningExample example = em.createQuery("select l from LearningExample l", LearningExample.class)
                        .getSingleResult();
                em.persist(new Document(example, "b.txt", "text/plain", bytes, null));
                return null;
            }));
        } finally {
            factory.close();
        }
    }

    @Test
    void aReadingOfReplacedBytesIsIgnored() {
        Document document = new Document(null, "a.txt", "text/plain", "första".getBytes(), null);
        String oldHash = document.sha256();
        document.replace("a.txt", "text/plain", "andra".getBytes());

        boolean taken = document.extracted(oldHash, new Extraction(ExtractionStatus.OK, "text/plain", "första",
                null, null, "sv", null, null));

        assertTrue(!taken && document.isPending());
        assertNull(document.extractedAt());
    }

    private static LearningExample example(EntityManager em) {
        Organisation owner = em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", "2281").getSingleResult();
        LearningExample example = new LearningExample(owner, null);
        example.describe("Digitaliseringsrådet", "Sju kommuner i samverkan.", "sv");
        em.persist(example);
        return example;
    }
}

package se.hjulet.search.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.hjulet.search.testing.TestFiles;

class ExtractorTest {

    private static final String TEXT = """
            Kompetenslyft för digitalisering
            Kommunala ledare behöver kunna leda digitaliseringen och det är inte en fråga för it-avdelningen.
            Alla behöver inte uppfinna hjulet, vi måste lära av varandra.
            """;
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Extractor EXTRACTOR = new Extractor(200_000, Duration.ofSeconds(20), null);

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void readsTextAndMetadataOfAPdf() {
        Extraction result = EXTRACTOR.extract(TestFiles.pdf("Rapport om ledarskap", "Linköpings universitet", TEXT));

        assertEquals(ExtractionStatus.OK, result.status(), result.message());
        assertEquals(PDF, result.mediaType());
        assertTrue(result.text().contains("uppfinna hjulet"), result.text());
        assertEquals("Rapport om ledarskap", result.title());
        assertEquals("Linköpings universitet", result.author());
        assertEquals(1, result.pageCount());
        assertEquals("sv", result.language());
    }

    @Test
    void readsADocx() {
        Extraction result = EXTRACTOR.extract(TestFiles.docx("Handlingsplan", "SKL", TEXT));

        assertEquals(ExtractionStatus.OK, result.status(), result.message());
        assertEquals(DOCX, result.mediaType());
        assertTrue(result.text().contains("Kompetenslyft för digitalisering"));
        assertEquals("Handlingsplan", result.title());
        assertEquals("SKL", result.author());
    }

    @Test
    void plainTextAndEnglish() {
        Extraction result = EXTRACTOR.extract("The council shares what it learns with the other municipalities in the region."
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(ExtractionStatus.OK, result.status());
        assertEquals("text/plain", result.mediaType());
        assertEquals("en", result.language());
    }

    @Test
    void aPdfNamedLikeAPictureIsStillAPdf() {
        // Detection never sees a name or a client's claim: only the bytes.
        byte[] claimsToBePng = TestFiles.pdf("Bild?", null, TEXT);

        assertEquals(PDF, EXTRACTOR.detect(claimsToBePng));
        assertEquals(ExtractionStatus.OK, EXTRACTOR.extract(claimsToBePng).status());
    }

    @Test
    void anEncryptedPdfIsReportedAsSuch() {
        Extraction result = EXTRACTOR.extract(TestFiles.encryptedPdf(TEXT));

        assertEquals(ExtractionStatus.ENCRYPTED, result.status(), result.message());
        assertEquals(PDF, result.mediaType());
        assertEquals("", result.text());
        assertTrue(result.message().contains("password"));
    }

    @Test
    void aTruncatedPdfFailsWithAReason() {
        Extraction result = EXTRACTOR.extract(TestFiles.truncatedPdf(TEXT.repeat(200)));

        // PDFBox may salvage pages before the cut; what matters is an answer, not an exception.
        assertNotNull(result.status());
        if (result.status() == ExtractionStatus.FAILED) {
            assertNotNull(result.message());
        }
        assertNotEquals(ExtractionStatus.ENCRYPTED, result.status());
    }

    @Test
    void anEmptyFileFails() {
        Extraction result = EXTRACTOR.extract(new byte[0]);

        assertEquals(ExtractionStatus.FAILED, result.status());
        assertEquals("The file is empty.", result.message());
    }

    @Test
    void aZipBombDocxIsStoppedEarly() {
        byte[] bomb = TestFiles.zipBombDocx(60);
        assertTrue(bomb.length < 1_000_000, "the bomb itself is small: " + bomb.length);

        Extraction result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EXTRACTOR.extract(bomb));

        assertNotEquals(ExtractionStatus.OK, result.status(), "a bomb is never read to the end");
        assertTrue(result.text().length() <= 200_000);
    }

    @Test
    void aZipBombIsNotRead() {
        byte[] bomb = TestFiles.zipBomb(10, 20);

        Extraction result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(bomb));

        assertEquals(ExtractionStatus.FAILED, result.status());
        assertEquals("application/zip", result.mediaType());
        assertFalse(Extractor.isSupported(result.mediaType()));
    }

    @Test
    void htmlLosesScriptsAndHandlers() {
        String html = """
                <!doctype html><html lang="sv"><head><title>Lärande exempel</title>
                <meta name="author" content="SKR"><script>alert('head')</script></head>
                <body onload="alert('load')"><h1>Tankesmedjor</h1><p onclick="steal()">Tio kommuner och ett förbund.</p>
                <script>document.cookie</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">länk</a>
                <svg><script>alert(3)</script></svg></body></html>""";

        Extraction result = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8));

        assertEquals(ExtractionStatus.OK, result.status());
        assertEquals("text/html", result.mediaType());
        assertEquals("Lärande exempel", result.title());
        assertEquals("SKR", result.author());
        assertEquals("sv", result.language());
        assertTrue(result.text().contains("Tio kommuner och ett förbund."));
        assertFalse(result.text().contains("alert"), result.text());
        assertFalse(result.text().contains("cookie"), result.text());
        assertFalse(result.text().contains("steal"), result.text());
    }

    @Test
    void textPastTheWriteLimitIsTruncated() {
        Extractor small = new Extractor(1_000, Duration.ofSeconds(20), null);
        try {
            Extraction result = small.extract(TestFiles.pdf("Lång", null, TEXT.repeat(100)));

            assertEquals(ExtractionStatus.TRUNCATED, result.status());
            assertTrue(result.text().length() <= 1_000);
            assertTrue(result.text().startsWith("Kompetenslyft"));
        } finally {
            small.close();
        }
    }

    @Test
    void aFileThatTakesTooLongFails() {
        Extractor impatient = new Extractor(5_000_000, Duration.ofMillis(1), null);
        try {
            Extraction result = impatient.extract(TestFiles.pdf("Lång", null, TEXT.repeat(2_000)));

            assertEquals(ExtractionStatus.FAILED, result.status());
            assertTrue(result.message().contains("longer than"), result.message());
        } finally {
            impatient.close();
        }
    }
}

package se.hjulet.benchmark.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.hjulet.search.extract.Extraction;
import se.hjulet.search.extract.ExtractionStatus;
import se.hjulet.search.extract.Extractor;

/**
 * The generated documents as the hub reads them: every format is read by Tika and by the hub's own extraction
 * pipeline into Swedish text with the document's title and its pages, and the same seed gives the same bytes.
 */
class DocumentFilesTest {

    private static final long SEED = 4711L;
    private static final int ITEMS = 600;
    /** The media type the hub detects for each format (Extractor.SUPPORTED). */
    private static final Map<DocumentFiles.Format, String> MEDIA_TYPES = Map.of(
            DocumentFiles.Format.PDF, "application/pdf",
            DocumentFiles.Format.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DocumentFiles.Format.PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            DocumentFiles.Format.ODT, "application/vnd.oasis.opendocument.text",
            DocumentFiles.Format.HTML, "text/html");

    private static List<Items.Municipality> municipalities;
    /** Per format: three short documents and the longest of the sample. */
    private static Map<DocumentFiles.Format, List<Items.DocumentSpec>> sample;
    private static Extractor extractor;
    /** The sample's bytes, made once: the long documents take seconds each. */
    private static final Map<Items.DocumentSpec, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void pickDocuments() {
        municipalities = HubReferenceData.municipalities();
        Items items = new Items(SEED, ITEMS, ITEMS * 2, municipalities);
        List<Items.DocumentSpec> all = IntStream.range(0, ITEMS).mapToObj(items::item).flatMap(i -> i.documents().stream()).toList();
        sample = new EnumMap<>(DocumentFiles.Format.class);
        for (DocumentFiles.Format format : DocumentFiles.Format.values()) {
            List<Items.DocumentSpec> ofFormat = all.stream().filter(d -> d.format() == format).toList();
            List<Items.DocumentSpec> chosen = new ArrayList<>(ofFormat.subList(0, Math.min(3, ofFormat.size())));
            ofFormat.stream().max(Comparator.comparingInt(Items.DocumentSpec::pages)).filter(d -> !chosen.contains(d)).ifPresent(chosen::add);
            sample.put(format, chosen);
        }
        extractor = new Extractor();
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    @Test
    void theSampleHasEveryFormatAndLongDocuments() {
        assertEquals(Set.of(DocumentFiles.Format.values()), sample.keySet());
        sample.forEach((format, documents) -> assertTrue(documents.size() >= 2, format + ": " + documents.size() + " documents"));
        int longest = sample.values().stream().flatMap(List::stream).mapToInt(Items.DocumentSpec::pages).max().orElse(0);
        assertTrue(longest >= 20, "the longest sampled document has " + longest + " pages");
    }

    @Test
    void theSameSeedGivesTheSameBytesWhenEverTheyAreMade() throws InterruptedException {
        Map<DocumentFiles.Format, byte[]> first = new EnumMap<>(DocumentFiles.Format.class);
        sample.forEach((format, documents) -> first.put(format, documents.get(0).bytes()));
        // Past the 2-second resolution of zip entry times: bytes that carry the clock would differ now.
        Thread.sleep(2_100);
        Items again = new Items(SEED, ITEMS, ITEMS * 2, municipalities);
        Map<String, Items.DocumentSpec> regenerated = IntStream.range(0, ITEMS).mapToObj(again::item)
                .flatMap(i -> i.documents().stream()).collect(Collectors.toMap(Items.DocumentSpec::name, d -> d));
        sample.forEach((format, documents) -> {
            Items.DocumentSpec document = regenerated.get(documents.get(0).name());
            assertNotNull(document, documents.get(0).name() + " is generated again");
            assertArrayEquals(first.get(format), document.bytes(), format + " " + document.name() + " made again differs");
        });
    }

    @Test
    void anotherSeedGivesOtherDocuments() {
        Items these = new Items(SEED, ITEMS, ITEMS * 2, municipalities);
        Items other = new Items(SEED + 1, ITEMS, ITEMS * 2, municipalities);
        int compared = 0;
        for (int index = 0; index < 5; index++) {
            List<Items.DocumentSpec> mine = these.item(index).documents();
            List<Items.DocumentSpec> theirs = other.item(index).documents();
            assertEquals(mine.size(), theirs.size(), "documents of item " + index);
            for (int d = 0; d < mine.size(); d++, compared++) {
                assertFalse(Arrays.equals(mine.get(d).bytes(), theirs.get(d).bytes()), "document " + d + " of item " + index);
            }
        }
        assertEquals(10, compared, "documents compared");
    }

    @Test
    void everyFormatIsReadByTikaIntoTextWithItsTitle() throws Exception {
        AutoDetectParser tika = new AutoDetectParser();
        for (Items.DocumentSpec document : sampled()) {
            BodyContentHandler text = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            try (InputStream in = TikaInputStream.get(bytesOf(document))) {
                tika.parse(in, text, metadata, new ParseContext());
            }
            assertTrue(containsTitle(text.toString(), document.title()),
                    document.format() + " " + document.name() + ": Tika's text lacks the title '" + document.title() + "'");
        }
    }

    @Test
    void theHubsPipelineReadsEveryDocumentAsSwedishWithItsPages() {
        Set<String> swedishWords = ItemsTest.swedishWordsOfTheVocabulary();
        for (Items.DocumentSpec document : sampled()) {
            String at = document.format() + " " + document.name() + " (" + document.pages() + " pages)";
            assertTrue(document.pages() >= 1 && document.pages() <= 60, at + ": pages out of 1–60");
            Extraction extraction = extractor.extract(bytesOf(document));
            assertEquals(ExtractionStatus.OK, extraction.status(), at + ": " + extraction.message());
            assertEquals(MEDIA_TYPES.get(document.format()), extraction.mediaType(), at + ": detected type");
            assertTrue(containsTitle(extraction.text(), document.title()), at + ": the text lacks the title '" + document.title() + "'");
            assertEquals("sv", extraction.language(), at + ": language");
            long words = Arrays.stream(extraction.text().split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT))
                    .filter(swedishWords::contains).distinct().count();
            assertTrue(words >= 5, at + ": " + words + " of the vocabulary's words with å, ä or ö survive extraction");
            // About 300 words a page, whatever the format.
            int wordCount = extraction.text().split("\\s+").length;
            assertTrue(wordCount >= 200 * document.pages(), at + ": " + wordCount + " words");
            if (document.format() == DocumentFiles.Format.HTML) {
                // A web page has no pages: one section with its heading each.
                assertEquals(document.pages(), countOf(new String(bytesOf(document), java.nio.charset.StandardCharsets.UTF_8), "<section>"),
                        at + ": sections");
            } else {
                assertEquals(document.pages(), extraction.pageCount(), at + ": pages (slides) the hub counts");
            }
        }
    }

    @Test
    void titlesAreNotAllEqual() {
        List<String> titles = sampled().stream().map(Items.DocumentSpec::title).toList();
        assertTrue(titles.stream().distinct().count() > titles.size() / 2, titles.toString());
        assertFalse(titles.stream().anyMatch(String::isBlank), "a document without title");
    }

    private static byte[] bytesOf(Items.DocumentSpec document) {
        return BYTES.computeIfAbsent(document, Items.DocumentSpec::bytes);
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static List<Items.DocumentSpec> sampled() {
        return sample.values().stream().flatMap(List::stream).toList();
    }

    /** The title, with any run of white space in the text counting as one space (extractors wrap lines). */
    private static boolean containsTitle(String text, String title) {
        return text.replaceAll("\\s+", " ").contains(title.replaceAll("\\s+", " "));
    }
}

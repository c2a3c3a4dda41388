package se.hjulet.search.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads text and metadata out of uploaded files with Tika (and Jsoup for HTML). Hostile input is
 * bounded three ways: a write limit on the text, Tika's zip-bomb guard (output/input ratio and nesting
 * depth), and a time limit per file. Never throws for a bad file; see {@link Extraction}. Thread-safe.
 */
public final class Extractor {

    /** The formats the hub accepts (detected from content). */
    public static final Set<String> SUPPORTED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    public static final int DEFAULT_WRITE_LIMIT = 5_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    /** Past this many characters of output, text more than 100 times larger than its input is a bomb. */
    private static final long BOMB_OUTPUT_THRESHOLD = 1_000_000;
    private static final long BOMB_MAX_RATIO = 100;
    private static final int MAX_XML_DEPTH = 100;
    private static final int MAX_PACKAGE_DEPTH = 10;

    /** Marks the metadata of the file itself (not of its embedded parts) as already detected. */
    private static final String DETECTED = "X-Hjulet-Detected";

    private final AutoDetectParser parser;
    /** Tika's own detector: the one plain Tika uses. */
    private final Detector detector;
    private final int writeLimit;
    private final Duration timeLimit;
    private final ExecutorService executor;

    /** With the defaults and an own pool of daemon threads. */
    public Extractor() {
        this(DEFAULT_WRITE_LIMIT, DEFAULT_TIME_LIMIT, null);
    }

    /**
     * @param writeLimit maximum characters of text kept; more gives {@link ExtractionStatus#TRUNCATED}
     * @param timeLimit  how long one file may take; longer gives {@link ExtractionStatus#FAILED}
     * @param executor   runs the parsing so it can be timed out (in a container: a managed executor);
     *                   null for an own pool of daemon threads
     */
    public Extractor(int writeLimit, Duration timeLimit, ExecutorService executor) {
        if (writeLimit < 1) {
            throw new IllegalArgumentException("The write limit must be positive, got " + writeLimit);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit);
        }
        this.parser = new AutoDetectParser();
        this.parser.setAutoDetectParserConfig(new AutoDetectParserConfig(
                null, BOMB_OUTPUT_THRESHOLD, BOMB_MAX_RATIO, MAX_XML_DEPTH, MAX_PACKAGE_DEPTH));
        this.detector = parser.getDetector();
        // extract() has detected the file's type on the very stream it parses; detecting it again (for an
        // OOXML or ODF file: opening the package again) was the pipeline's largest cost over plain Tika.
        // Embedded parts have metadata of their own, without the mark, so they are detected as usual.
        this.parser.setDetector((stream, metadata) -> {
            String detected = metadata.get(DETECTED);
            if (detected == null) {
                return detector.detect(stream, metadata);
            }
            metadata.remove(DETECTED);
            return MediaType.parse(detected);
        });
        this.writeLimit = writeLimit;
        this.timeLimit = timeLimit;
        this.executor = executor != null ? executor : Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "hjulet-extractor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The media type of these bytes, from their content alone (no name, no client's claim). */
    public String detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return MediaType.OCTET_STREAM.toString();
        }
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            return detect(stream).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private MediaType detect(TikaInputStream stream) {
        try {
            return detector.detect(stream, new Metadata());
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    public static boolean isSupported(String mediaType) {
        return mediaType != null && SUPPORTED.contains(mediaType);
    }

    /** Text and metadata of a file of a {@linkplain #SUPPORTED supported} type. */
    public Extraction extract(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Extraction.failed(MediaType.OCTET_STREAM.toString(), "The file is empty.");
        }
        // The detected type, for a message if the time runs out before the work has said it.
        AtomicReference<String> detected = new AtomicReference<>(MediaType.OCTET_STREAM.toString());
        Future<Extraction> work = executor.submit(() -> read(bytes, detected));
        try {
            return work.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return Extraction.failed(detected.get(), "Reading the file took longer than " + timeLimit.toSeconds() + " seconds.");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed(detected.get(), "Reading the file was interrupted.");
        } catch (ExecutionException e) {
            return Extraction.failed(detected.get(), "The file could not be read: " + describe(e.getCause()));
        }
    }

    /** Detects the type once, on the stream that is then parsed (as Tika's own parser does). */
    private Extraction read(byte[] bytes, AtomicReference<String> detected) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            MediaType type = detect(stream);
            String mediaType = type.getBaseType().toString();
            detected.set(mediaType);
            if (!isSupported(mediaType)) {
                return Extraction.failed(mediaType, "Files of type " + mediaType + " are not read.");
            }
            return isHtml(mediaType) ? html(bytes, mediaType) : tika(stream, type, mediaType);
        }
    }

    private Extraction tika(TikaInputStream stream, MediaType type, String mediaType) {
        BodyContentHandler handler = new BodyContentHandler(writeLimit);
        Metadata metadata = new Metadata();
        metadata.set(DETECTED, type.toString());
        ParseContext context = new ParseContext();
        // Text of embedded parts (an attachment in a DOCX, entries of a package) counts too.
        context.set(Parser.class, parser);
        ExtractionStatus status = ExtractionStatus.OK;
        String message = null;
        try {
            parser.parse(stream, handler, metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                status = ExtractionStatus.TRUNCATED;
                message = "Only the first " + writeLimit + " characters of text were kept.";
            } else if (isCause(e, EncryptedDocumentException.class)) {
                return new Extraction(ExtractionStatus.ENCRYPTED, mediaType, "", null, null, null, null,
                        "The file is password-protected, so its text cannot be read.");
            } else if (isCause(e, ZeroByteFileException.class)) {
                return Extraction.failed(mediaType, "The file is empty.");
            } else {
                return Extraction.failed(mediaType, "The file could not be read: " + describe(e));
            }
        }
        String text = tidy(handler.toString());
        String language = firstNonBlank(metadata.get(TikaCoreProperties.LANGUAGE), null);
        return new Extraction(status, mediaType, text,
                metadata.get(TikaCoreProperties.TITLE),
                firstNonBlank(metadata.get(TikaCoreProperties.CREATOR), metadata.get(Office.AUTHOR)),
                Languages.normalise(language, text),
                pages(metadata),
                message);
    }

    private Extraction html(byte[] bytes, String mediaType) throws IOException {
        Document page;
        try (InputStream stream = TikaInputStream.get(bytes)) {
            // Jsoup finds the charset from a BOM or <meta charset>; UTF-8 otherwise.
            page = Jsoup.parse(stream, null, "");
        }
        // Scripts and styles are data, not text; remove them so nothing executable reaches the index.
        page.select("script, style, noscript, template, iframe, object, embed, svg").remove();
        Element body = page.body();
        String text = body == null ? "" : body.wholeText();
        text = tidy(text);
        ExtractionStatus status = ExtractionStatus.OK;
        String message = null;
        if (text.length() > writeLimit) {
            text = text.substring(0, writeLimit);
            status = ExtractionStatus.TRUNCATED;
            message = "Only the first " + writeLimit + " characters of text were kept.";
        }
        String author = page.select("meta[name=author]").attr("content");
        String lang = page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang");
        return new Extraction(status, mediaType, text, page.title(), author, Languages.normalise(lang, text), null, message);
    }

    private static boolean isHtml(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static Integer pages(Metadata metadata) {
        for (var property : new org.apache.tika.metadata.Property[] {PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT}) {
            Integer value = metadata.getInt(property);
            if (value != null && value > 0) {
                return value;
            }
        }
        return null;
    }

    /**
     * Collapses runs of blank lines and trailing spaces that parsers leave behind: NUL becomes a space, spaces,
     * tabs, vertical tabs, form feeds and carriage returns before a line break go, more than two line breaks in a
     * row become two, and the ends are stripped. One pass over the characters: the text of a long PDF is
     * hundreds of thousands of them, and three regular expressions over it cost the pipeline more than Tika
     * spent on some files.
     */
    static String tidy(String text) {
        int length = text.length();
        StringBuilder tidied = new StringBuilder(length);
        int spacesFrom = -1; // where the run of spaces before the current character began, -1 when none
        int breaks = 0;      // line breaks in a row (spaces between them do not count) not yet written
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                spacesFrom = -1;
                breaks++;
            } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0000') {
                if (spacesFrom < 0) {
                    spacesFrom = i;
                }
            } else {
                if (breaks > 0) {
                    tidied.append(breaks == 1 ? "\n" : "\n\n");
                    breaks = 0;
                }
                if (spacesFrom >= 0) {
                    for (int j = spacesFrom; j < i; j++) {
                        char space = text.charAt(j);
                        tidied.append(space == '\u0000' ? ' ' : space);
                    }
                    spacesFrom = -1;
                }
                tidied.append(c);
            }
        }
        return tidied.toString().strip();
    }

    private static boolean isCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        String message = e == null ? null : e.getMessage();
        if (message == null || message.isBlank()) {
            return e == null ? "unknown error" : e.getClass().getSimpleName();
        }
        message = message.strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Only for the own pool; a managed executor belongs to the container. */
    public void close() {
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "Extractor[writeLimit=" + writeLimit + ", timeLimit=" + timeLimit + "]";
    }

}

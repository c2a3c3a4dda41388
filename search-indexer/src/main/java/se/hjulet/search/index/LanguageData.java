package se.hjulet.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The word lists the index settings read from Elasticsearch's config directory (paths relative to it,
 * {@value #DIRECTORY}/…). They ship on this module's class path under {@value #RESOURCES}; every node of
 * a cluster needs a copy in its config directory before an index is created ({@link #installInto}).
 */
public final class LanguageData {

    public static final String DIRECTORY = "hjulet";
    public static final String RESOURCES = "search/config/" + DIRECTORY + "/";
    /** Swedish words that may begin or end a compound (dictionary_decompounder, and {@code query.Compounds}). */
    public static final String COMPOUND_PARTS = "sv-compound-parts.txt";
    /** Swedish synonyms, applied to queries. */
    public static final String SYNONYMS = "sv-synonyms.txt";
    /** English → Swedish rules for English queries. */
    public static final String TRANSLATIONS = "en-sv.txt";
    public static final List<String> FILES = List.of(COMPOUND_PARTS, SYNONYMS, TRANSLATIONS);

    private LanguageData() {
    }

    /** Copies the files into {@code configDirectory/hjulet/}, replacing older copies. */
    public static void installInto(Path configDirectory) {
        Path target = configDirectory.resolve(DIRECTORY);
        try {
            Files.createDirectories(target);
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install the language data into " + target, e);
        }
    }

    /** One of {@link #FILES} from the class path. */
    public static InputStream open(String file) {
        InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new IllegalStateException(RESOURCES + file + " is not on the class path");
        }
        return in;
    }
}

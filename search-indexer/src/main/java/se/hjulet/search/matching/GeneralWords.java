package se.hjulet.search.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import se.hjulet.search.connection.ElasticsearchConnection;

/**
 * The words of {@code search/matching/general-words.txt} as the index stems them, so that the list can name any
 * inflection and still meet the stems of term vectors. Read once, through the index's own Swedish analyzer.
 */
final class GeneralWords {

    static final String RESOURCE = "search/matching/general-words.txt";
    private static final String ANALYZER = "hjulet_swedish";

    private final ElasticsearchConnection connection;
    private final String alias;
    private volatile Set<String> stems;

    GeneralWords(ElasticsearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
    }

    /** The stems; empty while the index does not exist yet (nothing to match then anyway). */
    Set<String> stems() {
        Set<String> known = stems;
        if (known == null) {
            List<String> words = words();
            try {
                AnalyzeResponse analysed = connection.call("analysing the general words", client -> client.indices()
                        .analyze(a -> a.index(alias).analyzer(ANALYZER).text(words)));
                known = analysed.tokens().stream().map(AnalyzeToken::token).collect(Collectors.toUnmodifiableSet());
                stems = known;
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                if (e.status() == 404) {
                    return Set.of();
                }
                throw e;
            }
        }
        return known;
    }

    static List<String> words() {
        try (InputStream in = GeneralWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

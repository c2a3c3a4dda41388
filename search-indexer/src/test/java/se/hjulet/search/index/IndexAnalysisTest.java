package se.hjulet.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** The index settings' analyzers, built from the analysis-hjulet plugin's default-distribution names. */
@ExtendWith(ElasticsearchNodeExtension.class)
class IndexAnalysisTest {

    private static final String ALIAS = "analysis-test";
    private static ElasticsearchConnection connection;

    @BeforeAll
    static void createIndex() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        new SearchIndex(connection, ALIAS).ensureExists();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void pluginIsInstalled() throws IOException {
        assertTrue(connection.client().cat().plugins().valueBody().stream()
                .anyMatch(plugin -> "analysis-hjulet".equals(plugin.component())));
    }

    @Test
    void settingsFromTheJsonResourceReachTheIndex() throws IOException {
        var settings = connection.client().indices().getSettings(get -> get.index(ALIAS)).result().values().iterator().next()
                .settings().index();
        assertEquals("1", settings.numberOfShards());
        assertEquals("0-1", settings.autoExpandReplicas());
        assertEquals("strict", connection.client().indices().getMapping(get -> get.index(ALIAS)).result().values()
                .iterator().next().mappings().dynamic().jsonValue());
    }

    @Test
    void swedishAnalyzerStemsInflectionsOfKommunToOneTermAndDropsStopWords() throws IOException {
        assertEquals(List.of("kommun", "kommun", "kommun", "samverkan"),
                tokens(a -> a.analyzer("hjulet_swedish").text("Kommunerna och kommunen i en kommun: samverkan")));
    }

    @Test
    void englishSubfieldStemsEnglish() throws IOException {
        assertEquals(List.of("municip", "cooper"), tokens(a -> a.field("title.en").text("The municipalities' cooperation")));
    }

    @Test
    void foldingNormalizerIgnoresCaseAndDiacritics() throws IOException {
        assertEquals(List.of("malmo stad"), tokens(a -> a.normalizer("hjulet_folding").text("Malmö STAD")));
        // The sort key keeps å, ä and ö, so Swedish titles do not sort Ö among the O's.
        assertEquals(List.of("örebro län"), tokens(a -> a.field("title.sort").text("Örebro Län")));
    }

    @Test
    void autocompleteIndexesWordPrefixes() throws IOException {
        List<String> prefixes = tokens(a -> a.field("title.autocomplete").text("Samverkan"));
        assertTrue(prefixes.containsAll(List.of("sa", "sam", "samverkan")), prefixes.toString());
    }

    @Test
    void compoundsAreIndexedWithTheirParts() throws IOException {
        List<String> parts = tokens(a -> a.field("body.parts").text("Planering av skolskjutsarna"));
        assertTrue(parts.containsAll(List.of("planering", "skjut")), parts.toString());
        assertTrue(parts.stream().anyMatch(t -> t.startsWith("skolskjut")), parts.toString());
    }

    @Test
    void synonymsFromTheFileMeetInflectedQueries() throws IOException {
        List<String> tokens = tokens(a -> a.analyzer("hjulet_swedish_synonyms").text("trygghetslarmen"));
        assertTrue(tokens.containsAll(List.of("trygghetslarm", "personlarm")), tokens.toString());
    }

    @Test
    void englishQueriesAreTranslatedIntoSwedishStems() throws IOException {
        List<String> tokens = tokens(a -> a.analyzer("hjulet_english_to_swedish").text("Snow clearing in Kiruna"));
        // The glossary's two words for it; "in" goes as a stop word; Kiruna stays and is stemmed like Swedish.
        assertEquals(List.of("snöröjning", "plogning", "kirun"), tokens);
    }

    private static List<String> tokens(java.util.function.UnaryOperator<AnalyzeRequest.Builder> request) throws IOException {
        return connection.client().indices().analyze(a -> request.apply(a.index(ALIAS))).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }
}

package se.hjulet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

class TokenFilterFactoriesTest {

    @Test
    void registersTheDefaultDistributionNamesOnly() {
        var plugin = new HjuletAnalysisPlugin();
        assertEquals(Set.of("stemmer", "asciifolding", "scandinavian_folding", "scandinavian_normalization", "edge_ngram",
                "dictionary_decompounder", "synonym_graph", "remove_duplicates"), plugin.getTokenFilters().keySet());
        // Like the default distribution, the two that need a word list or rules exist only as defined filters.
        assertTrue(plugin.getTokenFilters().get("synonym_graph").requiresAnalysisSettings());
        assertTrue(plugin.getTokenFilters().get("dictionary_decompounder").requiresAnalysisSettings());
        assertEquals(Set.of("keyword"), plugin.getTokenizers().keySet());
    }

    @Test
    void swedishStemmerJoinsTheFormsOfKommun() throws IOException {
        var stemmer = new StemmerFilterFactory("sv", settings("language", "swedish"));
        assertEquals(List.of("kommun", "kommun", "kommun", "samverkan"),
                terms("Kommun kommunen kommunerna samverkan", stemmer::create));
    }

    @Test
    void lightSwedishIsAvailableButStemsKommunDifferently() throws IOException {
        var stemmer = new StemmerFilterFactory("sv_light", settings("language", "light_swedish"));
        // Why the index uses "swedish": the light stemmer cuts "kommun" to "kommu" but "kommunerna" to "kommun".
        assertEquals(List.of("kommu", "kommun"), terms("kommun kommunerna", stemmer::create));
    }

    @Test
    void englishStemmersFollowTheirLanguageName() throws IOException {
        assertEquals(List.of("municip", "cooper"),
                terms("municipalities cooperation", new StemmerFilterFactory("en", settings("language", "english"))::create));
        assertEquals(List.of("municipality"),
                terms("municipalities", new StemmerFilterFactory("en_min", settings("language", "minimal_english"))::create));
        assertEquals(List.of("council"),
                terms("council's", new StemmerFilterFactory("en_pos", settings("name", "possessive_english"))::create));
    }

    @Test
    void unknownStemmerLanguageIsRefusedWithItsName() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new StemmerFilterFactory("x", settings("language", "klingon")));
        assertTrue(error.getMessage().contains("klingon"), error.getMessage());
    }

    @Test
    void asciiFoldingKeepsTheOriginalWhenAskedButNeverInANormalizer() throws IOException {
        var folding = new AsciiFoldingFilterFactory("fold", settings("preserve_original", "true"));
        assertEquals(List.of("malmo", "malmö"), terms("malmö", folding::create));
        assertEquals(List.of("malmo"), keywordTerms("malmö", folding::normalize));
    }

    @Test
    void scandinavianFiltersAreNormalizers() throws IOException {
        TokenFilterFactory folding = new NormalizingFilterFactory("f", Settings.EMPTY,
                org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter::new);
        assertTrue(folding instanceof NormalizingTokenFilterFactory);
        assertEquals(List.of("raksmorgas"), keywordTerms("räksmörgås", folding::normalize));
    }

    @Test
    void edgeNGramsGrowFromTheStart() throws IOException {
        var ngrams = new EdgeNGramFilterFactory("ac", Settings.builder().put("min_gram", 2).put("max_gram", 4).build());
        assertEquals(List.of("sa", "sam", "samv"), terms("samverkan", ngrams::create));
        assertThrows(IllegalArgumentException.class,
                () -> new EdgeNGramFilterFactory("bad", Settings.builder().put("min_gram", 5).put("max_gram", 2).build()));
    }

    private static Settings settings(String key, String value) {
        return Settings.builder().put(key, value).build();
    }

    /** Standard tokenizer + lowercase, as in the index analyzers, then the filter under test. */
    private static List<String> terms(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        var tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return collect(filter.apply(new LowerCaseFilter(tokenizer)));
    }

    private static List<String> keywordTerms(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        var tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(text));
        return collect(filter.apply(tokenizer));
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}

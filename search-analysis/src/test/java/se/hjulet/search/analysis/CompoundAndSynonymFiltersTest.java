package se.hjulet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dictionary_decompounder, synonym_graph and remove_duplicates as the index settings use them. */
class CompoundAndSynonymFiltersTest {

    @TempDir
    Path home;

    @Test
    void decompounderAddsTheKnownPartsOfACompoundAtItsPosition() throws IOException {
        Path config = Files.createDirectories(home.resolve("config/hjulet"));
        Files.writeString(config.resolve("parts.txt"), "# comment lines are skipped\nskolskjuts\nskjuts\nplanering\nsnö\nröjning\n");
        var decompounder = new DictionaryDecompounderFilterFactory(environment(), "parts", Settings.builder()
                .put("word_list_path", "hjulet/parts.txt").put("min_subword_size", 3).build());
        List<Token> tokens = tokens("Skolskjutsplanering och snöröjning", decompounder::create);
        assertEquals(List.of("skolskjutsplanering", "skolskjuts", "skjuts", "planering", "och", "snöröjning", "snö", "röjning"),
                tokens.stream().map(Token::term).toList());
        // The parts stand at the compound's position: a query for a part finds the compound.
        assertEquals(List.of(1, 0, 0, 0, 1, 1, 0, 0), tokens.stream().map(Token::increment).toList());
    }

    @Test
    void decompounderWithoutWordsIsRefused() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new DictionaryDecompounderFilterFactory(environment(), "bad", Settings.EMPTY));
        assertTrue(error.getMessage().contains("word_list"), error.getMessage());
    }

    @Test
    void synonymRulesAreParsedWithTheFiltersBeforeThemSoInflectedFormsMeet() throws IOException {
        var synonyms = synonymsAfterStemmer("äldreboende, särskilt boende\nwifi, trådlöst nätverk");
        // "boenden" and "boende" stem alike, so the rule written in base forms meets the plural.
        List<Token> tokens = tokens("särskilt boenden", in -> synonyms.create(stemmer().create(in)));
        assertTrue(tokens.stream().map(Token::term).toList().contains("äldreboend"), tokens.toString());
    }

    @Test
    void multiWordSynonymsMakeAGraphThatSpansTheWords() throws IOException {
        var synonyms = synonymsAfterStemmer("wifi, trådlöst nätverk");
        List<Token> tokens = tokens("wifi", in -> synonyms.create(stemmer().create(in)));
        // One path is the two words, the other the single word spanning both positions.
        assertEquals(3, tokens.size(), tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("wifi") && t.length() == 2), tokens.toString());
    }

    @Test
    void oneWayRulesReplaceTheInput() throws IOException {
        var translation = new SynonymGraphFilterFactory(environment(), "en_sv",
                Settings.builder().putList("synonyms", "snow clearing => snöröjning").build())
                .getChainAwareTokenFilterFactory(IndexCreationContext.CREATE_INDEX, standard(), List.of(), List.of(lowercase()), n -> null);
        assertEquals(List.of("snöröjning", "in", "kiruna"),
                tokens("Snow clearing in Kiruna", in -> translation.create(new LowerCaseFilter(in))).stream().map(Token::term).toList());
    }

    @Test
    void aRuleTheAnalyzerCannotParseStopsTheIndexUnlessLenient() {
        // The stop filter removes "och": the rule would have a hole, which is an error, or skipped when lenient.
        TokenFilterFactory stop = new TokenFilterFactory() {
            public String name() {
                return "stop";
            }

            public TokenStream create(TokenStream in) {
                return new org.apache.lucene.analysis.StopFilter(in, new org.apache.lucene.analysis.CharArraySet(List.of("och"), true));
            }
        };
        Settings rules = Settings.builder().putList("synonyms", "hälso och sjukvård, vård").build();
        assertThrows(IllegalArgumentException.class, () -> new SynonymGraphFilterFactory(environment(), "strict", rules)
                .getChainAwareTokenFilterFactory(IndexCreationContext.CREATE_INDEX, standard(), List.of(), List.of(stop), n -> null));
        new SynonymGraphFilterFactory(environment(), "lenient", Settings.builder().put(rules).put("lenient", true).build())
                .getChainAwareTokenFilterFactory(IndexCreationContext.CREATE_INDEX, standard(), List.of(), List.of(stop), n -> null);
    }

    @Test
    void synonymsNeedRulesAndTheSolrFormat() {
        assertThrows(IllegalArgumentException.class, () -> new SynonymGraphFilterFactory(environment(), "none", Settings.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new SynonymGraphFilterFactory(environment(), "wordnet",
                Settings.builder().putList("synonyms", "a, b").put("format", "wordnet").build()));
    }

    @Test
    void removeDuplicatesDropsTheSameTermAtOnePosition() throws IOException {
        var unique = new PlainFilterFactory("unique", Settings.EMPTY, RemoveDuplicatesTokenFilter::new);
        Path config = Files.createDirectories(home.resolve("config/hjulet"));
        Files.writeString(config.resolve("parts.txt"), "skolskjuts\n");
        var decompounder = new DictionaryDecompounderFilterFactory(environment(), "parts", Settings.builder()
                .put("word_list_path", "hjulet/parts.txt").build());
        // "skolskjuts" is its own part: once without the filter it would be there twice.
        assertEquals(List.of("skolskjuts"), tokens("skolskjuts", in -> unique.create(decompounder.create(in)))
                .stream().map(Token::term).toList());
    }

    private TokenFilterFactory synonymsAfterStemmer(String rules) {
        return new SynonymGraphFilterFactory(environment(), "sv", Settings.builder().putList("synonyms", rules.split("\n")).build())
                .getChainAwareTokenFilterFactory(IndexCreationContext.CREATE_INDEX, standard(), List.of(),
                        List.of(lowercase(), stemmer()), n -> null);
    }

    private Environment environment() {
        return new Environment(Settings.builder().put("path.home", home.toString()).build(), home.resolve("config"));
    }

    private static TokenizerFactory standard() {
        return TokenizerFactory.newFactory("standard", StandardTokenizer::new);
    }

    private static TokenFilterFactory lowercase() {
        return new PlainFilterFactory("lowercase", Settings.EMPTY, LowerCaseFilter::new);
    }

    private static StemmerFilterFactory stemmer() {
        return new StemmerFilterFactory("sv", Settings.builder().put("language", "swedish").build());
    }

    record Token(String term, int increment, int length) {
    }

    /** Standard tokenizer + lowercase, as in the index analyzers, then the filters under test. */
    private static List<Token> tokens(String text, java.util.function.Function<TokenStream, TokenStream> filter) throws IOException {
        var tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = filter.apply(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement(), length.getPositionLength()));
            }
            stream.end();
        }
        return tokens;
    }
}

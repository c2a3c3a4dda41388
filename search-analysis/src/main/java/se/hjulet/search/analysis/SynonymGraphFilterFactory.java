package se.hjulet.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * The {@code synonym_graph} token filter with rules in Solr format: {@code synonyms} (a list) or
 * {@code synonyms_path} (relative to the config directory), {@code expand} (true), {@code lenient}
 * (false: a rule that the analyzer cannot parse stops the index; true: it is skipped), {@code updateable}
 * (true restricts the filter to search analyzers). As in the default distribution, the rules are parsed
 * with the tokenizer and the filters that come before this one in the analyzer, so rules may be written in
 * plain words and still meet stemmed or lowercased tokens. Multi-word rules produce a token graph that
 * the query parsers turn into alternatives. The {@code wordnet} format and synonym sets are not supported.
 */
public class SynonymGraphFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean expand;
    private final boolean lenient;
    private final boolean updateable;

    public SynonymGraphFilterFactory(Environment environment, String name, Settings settings) {
        super(name, settings);
        this.environment = environment;
        this.settings = settings;
        this.expand = settings.getAsBoolean("expand", true);
        this.lenient = settings.getAsBoolean("lenient", false);
        this.updateable = settings.getAsBoolean("updateable", false);
        String format = settings.get("format", "solr");
        if (!"solr".equals(format)) {
            throw new IllegalArgumentException("The [synonym_graph] filter [" + name + "] of this plugin reads the solr format only, not ["
                    + format + "]");
        }
        if (settings.get("synonyms_set") != null) {
            throw new IllegalArgumentException("The [synonym_graph] filter [" + name + "] of this plugin does not read synonym sets;"
                    + " use synonyms or synonyms_path");
        }
        if (settings.getAsList("synonyms", null) == null && settings.get("synonyms_path") == null) {
            throw new IllegalArgumentException("The [synonym_graph] filter [" + name + "] needs synonyms or a synonyms_path");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("The [synonym_graph] filter [" + name() + "] is built per analyzer; it cannot be used alone");
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters) {
        Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]),
                previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
        SynonymMap synonyms = parse(ruleAnalyzer);
        String filterName = name();
        AnalysisMode mode = getAnalysisMode();
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return filterName;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                // An empty rule set has no FST; the stream then passes unchanged, as in the default distribution.
                return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // Synonyms are not applied to the rules of a later synonym filter.
                return IDENTITY_FILTER;
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return mode;
            }
        };
    }

    /** Parses the rules with the analyzer made of the filters before this one. */
    SynonymMap parse(Analyzer ruleAnalyzer) {
        try (Reader rules = rules()) {
            var parser = new RuleParser(expand, lenient, ruleAnalyzer);
            parser.parse(rules);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the synonyms of [" + name() + "]", e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The synonyms of [" + name() + "] have an error at line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        }
    }

    private Reader rules() {
        List<String> inline = settings.getAsList("synonyms", null);
        if (inline != null) {
            return new StringReader(String.join("\n", inline));
        }
        return Analysis.getReaderFromFile(environment, settings.get("synonyms_path"), "synonyms_path");
    }

    /** Solr rules; when lenient, a rule whose words the analyzer removes or splits oddly is skipped instead of failing. */
    static final class RuleParser extends SolrSynonymParser {
        private final boolean lenient;

        RuleParser(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException e) {
                if (lenient) {
                    return new CharsRef("");
                }
                throw e;
            }
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (!lenient || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }
    }
}

package se.hjulet.search.analysis;

import java.util.Map;

import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers Lucene token filters under the names the default Elasticsearch distribution gives them
 * (its analysis-common module), for the minimal distribution that lacks that module.
 * <p>
 * Only names the minimal server does not already have are registered: {@code stop}, {@code lowercase}
 * and the {@code standard} tokenizer are in its core, and a name registered twice stops the node.
 * The {@code keyword} tokenizer is here because {@code _analyze} needs it to try a normalizer.
 */
public class HjuletAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", (indexSettings, environment, name, settings) -> new StemmerFilterFactory(name, settings),
                "asciifolding", (indexSettings, environment, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
                "scandinavian_folding", (indexSettings, environment, name, settings) ->
                        new NormalizingFilterFactory(name, settings, ScandinavianFoldingFilter::new),
                "scandinavian_normalization", (indexSettings, environment, name, settings) ->
                        new NormalizingFilterFactory(name, settings, ScandinavianNormalizationFilter::new),
                "edge_ngram", (indexSettings, environment, name, settings) -> new EdgeNGramFilterFactory(name, settings),
                // These two need their settings (a word list, rules): they exist only as defined filters, as in the default distribution.
                "dictionary_decompounder", AnalysisPlugin.requiresAnalysisSettings((indexSettings, environment, name, settings) ->
                        new DictionaryDecompounderFilterFactory(environment, name, settings)),
                "synonym_graph", AnalysisPlugin.requiresAnalysisSettings((indexSettings, environment, name, settings) ->
                        new SynonymGraphFilterFactory(environment, name, settings)),
                "remove_duplicates", (indexSettings, environment, name, settings) ->
                        new PlainFilterFactory(name, settings, RemoveDuplicatesTokenFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("keyword", (indexSettings, environment, name, settings) -> {
            int bufferSize = settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE);
            return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
        });
    }
}

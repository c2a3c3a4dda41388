package se.hjulet.search.analysis;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * A token filter without parameters that changes characters only (never splits or drops tokens),
 * so it may also be used in a keyword normalizer.
 */
public class NormalizingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final UnaryOperator<TokenStream> filter;

    public NormalizingFilterFactory(String name, Settings settings, UnaryOperator<TokenStream> filter) {
        super(name, settings);
        this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }
}

package se.hjulet.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/**
 * The {@code dictionary_decompounder} token filter: adds the dictionary words found inside a token
 * (a compound) after it, at the same position. Settings as in the default distribution: {@code word_list}
 * or {@code word_list_path} (relative to the config directory, one word a line, {@code #} comments),
 * {@code min_word_size} (5), {@code min_subword_size} (2), {@code max_subword_size} (15),
 * {@code only_longest_match} (false).
 */
public class DictionaryDecompounderFilterFactory extends AbstractTokenFilterFactory {

    private final CharArraySet words;
    private final int minWordSize;
    private final int minSubwordSize;
    private final int maxSubwordSize;
    private final boolean onlyLongestMatch;

    public DictionaryDecompounderFilterFactory(Environment environment, String name, Settings settings) {
        super(name, settings);
        this.words = Analysis.getWordSet(environment, settings, "word_list");
        if (words == null) {
            throw new IllegalArgumentException("The [dictionary_decompounder] filter [" + name
                    + "] needs a word_list or a word_list_path");
        }
        this.minWordSize = settings.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
        this.minSubwordSize = settings.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
        this.maxSubwordSize = settings.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
        this.onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new DictionaryCompoundWordTokenFilter(tokenStream, words, minWordSize, minSubwordSize, maxSubwordSize,
                onlyLongestMatch);
    }
}

package se.hjulet.search.analysis;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The {@code stemmer} token filter: {@code language} (or its older spelling {@code name}) picks the
 * algorithm, with the same meaning as in the default distribution.
 */
public class StemmerFilterFactory extends AbstractTokenFilterFactory {

    // Same language -> algorithm choices as the default distribution, for the languages Hjulet meets.
    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = new TreeMap<>(Map.ofEntries(
            Map.entry("swedish", in -> new SnowballFilter(in, new SwedishStemmer())),
            Map.entry("light_swedish", SwedishLightStemFilter::new),
            Map.entry("english", PorterStemFilter::new),
            Map.entry("porter2", in -> new SnowballFilter(in, new EnglishStemmer())),
            Map.entry("light_english", KStemFilter::new),
            Map.entry("minimal_english", EnglishMinimalStemFilter::new),
            Map.entry("possessive_english", EnglishPossessiveFilter::new),
            Map.entry("norwegian", in -> new SnowballFilter(in, new NorwegianStemmer())),
            Map.entry("light_norwegian", NorwegianLightStemFilter::new),
            Map.entry("danish", in -> new SnowballFilter(in, new DanishStemmer())),
            Map.entry("finnish", in -> new SnowballFilter(in, new FinnishStemmer())),
            Map.entry("light_finnish", FinnishLightStemFilter::new)));

    private final UnaryOperator<TokenStream> stemmer;

    public StemmerFilterFactory(String name, Settings settings) {
        super(name, settings);
        String language = settings.get("language", settings.get("name", "english"));
        this.stemmer = STEMMERS.get(language);
        if (stemmer == null) {
            throw new IllegalArgumentException("The [stemmer] filter [" + name + "] has unknown language ["
                    + language + "]; this plugin knows " + STEMMERS.keySet());
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}

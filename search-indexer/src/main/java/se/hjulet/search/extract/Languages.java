package se.hjulet.search.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Swedish or English: from the file's own declaration when it has one, otherwise from common function
 * words. Tika's language detectors are not in the standard package, and the hub only needs sv/en.
 */
final class Languages {

    private static final Set<String> SWEDISH = Set.of("och", "att", "det", "som", "en", "är", "för", "med", "av",
            "på", "till", "den", "har", "inte", "de", "om", "ett", "vi", "kan", "från");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with",
            "on", "are", "as", "be", "this", "by", "we", "it", "from", "was", "have");
    private static final int LONGEST_WORD = Stream.concat(SWEDISH.stream(), ENGLISH.stream()).mapToInt(String::length).max().orElseThrow();
    private static final int SAMPLE = 20_000;

    private Languages() {
    }

    static String normalise(String declared, String text) {
        if (declared != null && !declared.isBlank()) {
            String code = declared.strip().toLowerCase(Locale.ROOT);
            if (code.startsWith("sv")) {
                return "sv";
            }
            if (code.startsWith("en")) {
                return "en";
            }
        }
        return guess(text);
    }

    static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = (text.length() > SAMPLE ? text.substring(0, SAMPLE) : text).toLowerCase(Locale.ROOT);
        int swedish = 0;
        int english = 0;
        // The words are the runs of letters; only short ones can be function words, so only they become strings.
        int length = sample.length();
        int i = 0;
        while (i < length) {
            int codePoint = sample.codePointAt(i);
            if (!Character.isLetter(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(codePoint = sample.codePointAt(i))) {
                i += Character.charCount(codePoint);
            }
            if (i - start <= LONGEST_WORD) {
                String word = sample.substring(start, i);
                if (SWEDISH.contains(word)) {
                    swedish++;
                } else if (ENGLISH.contains(word)) {
                    english++;
                }
            }
        }
        if (swedish + english < 3) {
            return null;
        }
        return swedish >= english ? "sv" : "en";
    }
}

package se.hjulet.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import se.hjulet.search.index.LanguageData;

/**
 * What the query side knows of words, from the same language data the index analysis reads: which words
 * are Swedish compounds and their parts, and whether a query is written in English. Immutable and
 * thread-safe; {@link #standard()} loads it once.
 */
public final class Vocabulary {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Endings an inflected Swedish word may add to a dictionary form, with what they replace (kamera → kameror). */
    private static final String[][] SWEDISH_ENDINGS = {
            {"arnas", ""}, {"ernas", ""}, {"ornas", "a"}, {"arna", ""}, {"erna", ""}, {"orna", "a"}, {"orna", ""},
            {"ens", ""}, {"ets", ""}, {"ar", ""}, {"ar", "e"}, {"er", ""}, {"er", "e"}, {"or", "a"}, {"or", ""},
            {"en", ""}, {"et", ""}, {"na", ""}, {"an", "a"}, {"n", ""}, {"t", ""}, {"s", ""}, {"a", ""}, {"e", ""}};
    /** Linking letters between the parts of a compound (skolskjuts|planering, snöröjning|s|rutin, kyrk|o|gård). */
    private static final String[] LINKS = {"", "s", "e", "a", "o", "u"};
    private static final int MIN_PART = 3;
    private static final int MIN_COMPOUND = 7;
    private static final int MIN_KNOWN_PART = 4;
    private static final int MIN_KNOWN_COMPOUND = 9;
    private static final Set<String> SWEDISH_FUNCTION_WORDS = Set.of("och", "i", "på", "av", "för", "med", "till", "om",
            "som", "att", "en", "ett", "det", "den", "de", "är", "vi", "hur", "vad", "inom", "från", "utan", "mot", "vid");
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "in", "for", "with", "to", "on",
            "at", "by", "from", "how", "what", "a", "an", "our", "we", "is", "are");

    private static Vocabulary standard;

    private final Set<String> swedish;
    private final Set<String> english;

    Vocabulary(Set<String> swedish, Set<String> english) {
        this.swedish = Set.copyOf(swedish);
        this.english = Set.copyOf(english);
    }

    /** From the class path's language data (the files the index settings name). */
    public static synchronized Vocabulary standard() {
        if (standard == null) {
            Set<String> swedish = new HashSet<>(lines(LanguageData.COMPOUND_PARTS));
            Set<String> english = new HashSet<>();
            for (String rule : lines(LanguageData.TRANSLATIONS)) {
                int arrow = rule.indexOf("=>");
                if (arrow < 0) {
                    continue;
                }
                for (String term : rule.substring(0, arrow).split(",")) {
                    english.addAll(words(term));
                }
            }
            standard = new Vocabulary(swedish, english);
        }
        return standard;
    }

    /** The words of a text as the index sees them: letters and digits, lowercased. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A dictionary word, or an inflected form of one. */
    boolean isSwedishWord(String word) {
        if (swedish.contains(word) || SWEDISH_FUNCTION_WORDS.contains(word)) {
            return true;
        }
        for (String[] ending : SWEDISH_ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() - ending[0].length() >= MIN_PART
                    && swedish.contains(word.substring(0, word.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a Swedish compound, as the words a text would use for them ("hemtjänstplanering" →
     * hemtjänst, planering); empty when the word is no compound. A word the dictionary knows as a whole
     * ("vattenläcka") is split only into longer parts, since its short parts are more often chance.
     * Of several splits, the one with the fewest parts and then the longest shortest part wins.
     */
    public List<String> compoundParts(String word) {
        if (word.length() < MIN_COMPOUND) {
            return List.of();
        }
        if (isSwedishWord(word)) {
            return word.length() < MIN_KNOWN_COMPOUND ? List.of() : split(word, 2, MIN_KNOWN_PART);
        }
        return split(word, 3, MIN_PART);
    }

    private List<String> split(String word, int maxParts, int minPart) {
        List<String> best = List.of();
        int bestShortest = 0;
        for (int end = minPart; end <= word.length() - minPart; end++) {
            String head = word.substring(0, end);
            if (!swedish.contains(head)) {
                continue;
            }
            for (String link : LINKS) {
                int start = end + link.length();
                if (!word.startsWith(link, end) || word.length() - start < minPart) {
                    continue;
                }
                String tail = word.substring(start);
                List<String> parts;
                if (isSwedishWord(tail)) {
                    parts = List.of(head, tail);
                } else if (maxParts > 2) {
                    List<String> rest = split(tail, maxParts - 1, minPart);
                    if (rest.isEmpty()) {
                        continue;
                    }
                    parts = new ArrayList<>();
                    parts.add(head);
                    parts.addAll(rest);
                } else {
                    continue;
                }
                int shortest = parts.stream().mapToInt(String::length).min().orElse(0);
                if (parts.size() < best.size() || best.isEmpty() || (parts.size() == best.size() && shortest > bestShortest)) {
                    best = parts;
                    bestShortest = shortest;
                }
            }
        }
        return best;
    }

    /** The text with each compound replaced by its parts, for the fields that index compounds' parts. */
    String withCompoundsSplit(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            List<String> parts = compoundParts(word);
            out.add(parts.isEmpty() ? word : String.join(" ", parts));
        }
        return String.join(" ", out);
    }

    /**
     * More words of the text are English only than Swedish only (function words count too); or, when
     * every word could be either ("solar panels"), a phrase of several words that are all English.
     */
    boolean looksEnglish(String text) {
        int englishOnly = 0;
        int swedishOnly = 0;
        List<String> words = words(text);
        for (String word : words) {
            boolean isEnglish = isEnglishWord(word);
            boolean isSwedish = isSwedishWord(word);
            if (isEnglish && !isSwedish) {
                englishOnly++;
            } else if (isSwedish && !isEnglish) {
                swedishOnly++;
            }
        }
        if (englishOnly == 0 && swedishOnly == 0) {
            return words.size() > 1 && words.stream().allMatch(this::isEnglishWord);
        }
        return englishOnly > swedishOnly;
    }

    /** A word of the translation rules or an English function word, also in its regular plural. */
    private boolean isEnglishWord(String word) {
        return english.contains(word) || ENGLISH_FUNCTION_WORDS.contains(word)
                || (word.endsWith("ies") && english.contains(word.substring(0, word.length() - 3) + "y"))
                || (word.endsWith("es") && english.contains(word.substring(0, word.length() - 2)))
                || (word.endsWith("s") && english.contains(word.substring(0, word.length() - 1)));
    }

    private static List<String> lines(String file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(LanguageData.open(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return lines;
    }
}

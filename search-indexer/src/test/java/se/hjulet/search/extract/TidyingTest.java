package se.hjulet.search.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The text tidying and the language guess are written as one pass over the characters (for speed); they must
 * give what the plain definitions give: the regular expressions they were first written with.
 */
class TidyingTest {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> SWEDISH = Set.of("och", "att", "det", "som", "en", "är", "för", "med", "av",
            "på", "till", "den", "har", "inte", "de", "om", "ett", "vi", "kan", "från");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with",
            "on", "are", "as", "be", "this", "by", "we", "it", "from", "was", "have");

    /** The definition: NUL is a space, spaces before a line break go, at most one blank line in a row, no ends. */
    private static String tidiedByDefinition(String text) {
        return text.replace('\u0000', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** The definition: words are runs of letters of the lower-cased first 20,000 characters. */
    private static String guessedByDefinition(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int swedish = 0;
        int english = 0;
        for (String word : WORDS.split(sample.toLowerCase(Locale.ROOT))) {
            if (SWEDISH.contains(word)) {
                swedish++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return swedish + english < 3 ? null : swedish >= english ? "sv" : "en";
    }

    @Test
    void tidyingKeepsTextAndRemovesWhatParsersLeave() {
        assertEquals("Rubrik\n\nFörsta stycket.\nAndra raden.",
                Extractor.tidy("  \n\nRubrik \t\r\n\n \n\n\nFörsta stycket.  \nAndra raden.\u0000\n \n"));
        assertEquals("a \tb", Extractor.tidy("a \tb"));
        assertEquals("a  b", Extractor.tidy("a\u0000 b"));
        assertEquals("", Extractor.tidy(" \n\t\n "));
    }

    @Test
    void tidyingGivesWhatItsDefinitionGives() {
        char[] alphabet = {'a', 'ö', ' ', ' ', '\t', '\u000B', '\f', '\r', '\u0000', '\n', '\n', '\n', '\u2028', '\u00A0'};
        Random random = new Random(20261202);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertEquals(tidiedByDefinition(input), Extractor.tidy(input), () -> "for " + input.replace("\n", "\\n").replace("\u0000", "\\0"));
        }
    }

    @Test
    void theLanguageGuessGivesWhatItsDefinitionGives() {
        String[] words = {"och", "Och", "ATT", "det", "är", "från", "the", "And", "of", "with", "kommun", "i", "se",
                "samverkan", "the-", "och.", "1990", "inte", "have", "ochatt", "İn", "Ärende"};
        String[] gaps = {" ", "  ", ", ", "\n", "-", "\u00A0", "1", ". "};
        Random random = new Random(1485);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(15);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String input = text.toString();
            assertEquals(guessedByDefinition(input), Languages.guess(input), () -> "for " + input);
        }
        String longText = "the council of the region ".repeat(1_000) + "och det är inte att ".repeat(3_000);
        assertEquals(guessedByDefinition(longText), Languages.guess(longText));
        assertEquals("en", Languages.guess(longText));
    }
}

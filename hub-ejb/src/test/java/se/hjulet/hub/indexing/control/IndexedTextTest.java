package se.hjulet.hub.indexing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndexedTextTest {

    @Test
    void aReportOfOrdinaryLengthIsIndexedWhole() {
        String report = "Handlingsplan för digital samverkan i Fyrbodal. ".repeat(2_000);
        assertEquals(report, IndexEntries.indexedText(report));
        assertNull(IndexEntries.indexedText(null));
    }

    @Test
    void aHugeTextIsCutAtAWordsEndNearTheLimit() {
        String huge = "kompetensförsörjning ".repeat(300_000);
        String indexed = IndexEntries.indexedText(huge);
        assertTrue(indexed.length() <= IndexEntries.MAX_INDEXED_TEXT && indexed.length() > IndexEntries.MAX_INDEXED_TEXT - 30,
                "length " + indexed.length());
        assertTrue(indexed.endsWith("kompetensförsörjning"), "no half word at the end");
    }

    @Test
    void aTextWithoutSpacesIsCutWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String huge = "a" + emoji.repeat(IndexEntries.MAX_INDEXED_TEXT);
        String indexed = IndexEntries.indexedText(huge);
        assertTrue(indexed.length() <= IndexEntries.MAX_INDEXED_TEXT);
        assertTrue(!Character.isHighSurrogate(indexed.charAt(indexed.length() - 1)), "no lone half of a pair");
    }
}

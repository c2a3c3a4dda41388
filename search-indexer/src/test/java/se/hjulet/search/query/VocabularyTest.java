package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The query side's word knowledge, from the language data the index reads as well. */
class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void compoundsSplitIntoTheWordsATextWouldUse() {
        assertEquals(List.of("skolskjuts", "planering"), vocabulary.compoundParts("skolskjutsplanering"));
        assertEquals(List.of("hemtjänst", "planering"), vocabulary.compoundParts("hemtjänstplanering"));
        // The linking s between the parts is not a part.
        assertEquals(List.of("snöröjning", "rutiner"), vocabulary.compoundParts("snöröjningsrutiner"));
        assertEquals("skolskjuts planering i kiruna", vocabulary.withCompoundsSplit("Skolskjutsplanering i Kiruna"));
    }

    @Test
    void shortDictionaryWordsStayWholeAndLongOnesSplitIntoLongerParts() {
        assertEquals(List.of(), vocabulary.compoundParts("kommunerna"));
        assertEquals(List.of(), vocabulary.compoundParts("samverkan"));
        assertEquals(List.of(), vocabulary.compoundParts("kiruna"), "a name is no compound");
        // The dictionary knows "vattenläcka", but a text may well say "läckor i vattnet".
        assertEquals(List.of("vatten", "läckor"), vocabulary.compoundParts("vattenläckor"));
    }

    @Test
    void englishQueriesAreToldFromSwedishOnes() {
        assertTrue(vocabulary.looksEnglish("snow clearing"));
        assertTrue(vocabulary.looksEnglish("school transport in rural areas"));
        assertTrue(vocabulary.looksEnglish("solar panels"));
        assertFalse(vocabulary.looksEnglish("snöröjning i Kiruna"));
        assertFalse(vocabulary.looksEnglish("e-arkiv"));
        assertFalse(vocabulary.looksEnglish("plan"), "a word of both languages is taken as Swedish");
    }
}

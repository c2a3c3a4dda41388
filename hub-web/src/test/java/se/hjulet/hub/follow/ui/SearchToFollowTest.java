package se.hjulet.hub.follow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.platform.entity.InvalidInput;

/** Following the search a page shows: its words and filters from the query string, not its order or page. */
class SearchToFollowTest {

    @Test
    void wordsAndFiltersAreKeptOrderAndPageAreNot() {
        var search = SearchToFollow.of("q=sn%C3%B6r%C3%B6jning+i+byn&kind=project&county=14&county=22&sort=newest&page=3&county=14");
        assertEquals("snöröjning i byn", search.query());
        assertEquals(Map.of("kind", List.of("project"), "county", List.of("14", "22")), search.filters());
    }

    @Test
    void unknownParametersBadEscapesAndEmptyValuesAreLeftOut() {
        var search = SearchToFollow.of("q=&year=&colour=blue&kind=%zz");
        assertEquals("", search.query());
        assertEquals(Map.of("kind", List.of("%zz")), search.filters(), "the search's own check refuses a bad value later");
        assertTrue(SearchToFollow.of(null).isEmpty());
        assertTrue(SearchToFollow.of("sort=newest").isEmpty());
    }

    @Test
    void theButtonsTargetBecomesTheFollowOfItsKind() {
        var item = Following.input("item", "42");
        assertEquals("item", item.kind());
        assertEquals(42L, item.item());
        assertEquals("none", item.delivery(), "news in the app only; mail is chosen elsewhere");
        var organisation = Following.input("organisation", "1485");
        assertEquals("1485", organisation.organisation());
        var search = Following.input("search", "q=plogbilar&county=14");
        assertEquals("plogbilar", search.query());
        assertEquals(Map.of("county", List.of("14")), search.filters());
        assertNull(Following.input("item", "abc").item(), "not an id: the boundary refuses it by name");
        assertThrows(InvalidInput.class, () -> Following.input("person", "7"));
    }
}

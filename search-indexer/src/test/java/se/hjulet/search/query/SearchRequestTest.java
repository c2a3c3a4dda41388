package se.hjulet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void textIsTrimmedAndBlankFiltersAreDropped() {
        SearchRequest request = new SearchRequest("  samverkan ", null, " ", 0, 10);
        assertEquals("samverkan", request.text());
        assertEquals(List.of(), request.kinds());
        assertEquals(null, request.organisationCode());
    }

    @Test
    void pageSizeAbove100IsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> SearchRequest.forText("x").page(0, 101));
        assertEquals("The page size must be between 0 and 100, got 101", error.getMessage());
    }

    @Test
    void negativeFromIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> SearchRequest.forText("x").page(-1, 10));
        assertEquals("The first hit (from) cannot be negative, got -1", error.getMessage());
    }

    @Test
    void pagingBeyondTenThousandHitsIsRefused() {
        SearchRequest.forText("x").page(9_900, 100);
        var error = assertThrows(IllegalArgumentException.class, () -> SearchRequest.forText("x").page(9_950, 100));
        assertTrue(error.getMessage().startsWith("Only the first 10000 hits can be paged through"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.forText("x").page(Integer.MAX_VALUE, 100));
    }

    @Test
    void textLongerThan500CharactersIsRefused() {
        SearchRequest.forText("a".repeat(500));
        var error = assertThrows(IllegalArgumentException.class, () -> SearchRequest.forText("a".repeat(501)));
        assertEquals("The search text is too long (501 characters); at most 500 are allowed", error.getMessage());
    }

    @Test
    void unknownKindIsRefused() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.forText("x").withKinds(List.of("project", "blog")));
        assertTrue(error.getMessage().startsWith("Unknown kind 'blog'"), error.getMessage());
    }
}

package se.hjulet.hub.follow.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.search.query.Facet;

class SavedSearchTest {

    @Test
    void filtersAreStoredAsTheSearchUrlWritesThemAndReadBack() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("policyArea", List.of("Skola och förskola"));
        filters.put("county", List.of("14", "25"));
        String stored = SavedSearch.filtersOf("skolskjuts", filters);
        assertEquals("county=14&county=25&policyArea=Skola+och+f%C3%B6rskola", stored);
        var request = SavedSearch.requestOf("skolskjuts", stored);
        assertEquals("skolskjuts", request.text());
        assertEquals(List.of("14", "25"), request.values(Facet.COUNTY));
        assertEquals(List.of("Skola och förskola"), request.values(Facet.AREA));
        assertEquals(Map.of("county", List.of("14", "25"), "policyArea", List.of("Skola och förskola")), SavedSearch.asMap(stored));
    }

    @Test
    void unknownFiltersAndBadValuesAreRefusedNamingTheField() {
        assertEquals("filters", assertThrows(InvalidInput.class,
                () -> SavedSearch.filtersOf("x", Map.of("colour", List.of("blue")))).field());
        assertEquals("filters", assertThrows(InvalidInput.class,
                () -> SavedSearch.filtersOf("x", Map.of("county", List.of("Bohuslän")))).field());
        assertEquals("query", assertThrows(InvalidInput.class, () -> SavedSearch.filtersOf("x".repeat(501), Map.of())).field());
    }
}

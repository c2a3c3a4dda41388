package se.hjulet.hub.follow.control;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchRequest;

/**
 * A saved search's filters as its URL writes them ({@code county=14&kind=project}): the form they are stored in,
 * shown in and read back from, checked like any search.
 */
public final class SavedSearch {

    private SavedSearch() {
    }

    /** The filters as a query string, facets in their order, values as given; checked as a search would check them. */
    public static String filtersOf(String query, Map<String, List<String>> filters) {
        Map<Facet, List<String>> chosen = facets(filters);
        try {
            new SearchRequest(query, chosen, SearchRequest.Sort.NEWEST, 0, 1);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage().contains("search text") ? "query" : "filters", e.getMessage());
        }
        return chosen.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> e.getKey().parameter() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    /** The search a saved one stands for (newest first). */
    public static SearchRequest requestOf(String query, String filters) {
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        if (filters != null && !filters.isBlank()) {
            for (String pair : filters.split("&")) {
                String[] parts = pair.split("=", 2);
                Facet facet = facetNamed(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
                if (facet != null && parts.length == 2) {
                    chosen.computeIfAbsent(facet, f -> new ArrayList<>()).add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
        }
        return new SearchRequest(query, chosen, SearchRequest.Sort.NEWEST, 0, SearchRequest.DEFAULT_SIZE);
    }

    /** The filters as a map, parameter name → values, for views. */
    public static Map<String, List<String>> asMap(String filters) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        requestOf("", filters).filters().forEach((facet, values) -> map.put(facet.parameter(), values));
        return map;
    }

    private static Map<Facet, List<String>> facets(Map<String, List<String>> filters) {
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        if (filters == null) {
            return chosen;
        }
        filters.forEach((name, values) -> {
            Facet facet = facetNamed(name);
            if (facet == null) {
                throw new InvalidInput("filters", "Unknown filter '" + name + "'; the search's filters are "
                        + java.util.Arrays.stream(Facet.values()).map(Facet::parameter).toList() + ".");
            }
            if (values != null && !values.isEmpty()) {
                chosen.put(facet, values);
            }
        });
        return chosen;
    }

    private static Facet facetNamed(String name) {
        for (Facet facet : Facet.values()) {
            if (facet.parameter().equals(name)) {
                return facet;
            }
        }
        return null;
    }
}

package se.hjulet.hub.follow.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.search.query.Facet;

/**
 * The search a search page shows, read from its query string, as a follow saves it: the words and the filters
 * (order and page are how one looks at the results, not what one follows).
 *
 * @param query   the words, trimmed; empty for a search by filters only
 * @param filters facet parameter → values, in the order the URL has them
 */
public record SearchToFollow(String query, Map<String, List<String>> filters) {

    private static final Set<String> FACETS = Stream.of(Facet.values()).map(Facet::parameter).collect(Collectors.toSet());

    public static SearchToFollow of(String queryString) {
        String query = "";
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (queryString != null && !queryString.isBlank()) {
            for (String pair : queryString.split("&")) {
                String[] parts = pair.split("=", 2);
                String name = decode(parts[0]);
                String value = parts.length == 2 ? decode(parts[1]).strip() : "";
                if ("q".equals(name)) {
                    query = value;
                } else if (FACETS.contains(name) && !value.isEmpty()) {
                    List<String> values = filters.computeIfAbsent(name, n -> new ArrayList<>());
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                }
            }
        }
        return new SearchToFollow(query, filters);
    }

    /** Nothing to follow: no words and no filters. */
    public boolean isEmpty() {
        return query.isEmpty() && filters.isEmpty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}

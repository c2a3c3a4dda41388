package se.hjulet.search.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import se.hjulet.search.index.IndexEntry;

/**
 * What a visitor asked for. The constructor checks the bounds, so a request that exists is a valid one;
 * a bad one is refused with an {@link IllegalArgumentException} whose message can be shown to a person.
 *
 * @param text    words to search for (at most {@value #MAX_TEXT_LENGTH} characters); blank lists everything,
 *                newest first
 * @param filters chosen values per facet (kinds among {@link IndexEntry#KINDS}); no entry for a facet: all
 * @param sort    relevance (newest first when there is no text) or newest
 * @param from    index of the first hit (0-based)
 * @param size    hits per page, 0..{@value #MAX_SIZE}
 */
public record SearchRequest(String text, Map<Facet, List<String>> filters, Sort sort, int from, int size) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window: deeper paging is refused by the cluster too. */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 20;

    /** The order of hits. */
    public enum Sort {
        RELEVANCE, NEWEST;

        /** {@code relevance} or {@code newest} (any case); null or blank means relevance. */
        public static Sort of(String name) {
            if (name == null || name.isBlank()) {
                return RELEVANCE;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown sort '" + name + "'; choose relevance or newest");
            }
        }
    }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The search text is too long (" + text.length()
                    + " characters); at most " + MAX_TEXT_LENGTH + " are allowed");
        }
        Map<Facet, List<String>> checked = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> cleaned = values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                        .filter(v -> !v.isEmpty()).distinct().toList();
                if (cleaned.size() > Facet.MAX_VALUES) {
                    throw new IllegalArgumentException("At most " + Facet.MAX_VALUES + " values of " + facet.parameter()
                            + " can be chosen at once");
                }
                for (String value : cleaned) {
                    if (facet == Facet.KIND ? !IndexEntry.KINDS.contains(value) : !facet.accepts(value)) {
                        throw new IllegalArgumentException(facet == Facet.KIND
                                ? "Unknown kind '" + value + "'; choose among " + IndexEntry.KINDS
                                : "'" + value + "' is not a valid " + facet.parameter());
                    }
                }
                if (!cleaned.isEmpty()) {
                    checked.put(facet, cleaned);
                }
            });
        }
        filters = Map.copyOf(checked);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (from < 0) {
            throw new IllegalArgumentException("The first hit (from) cannot be negative, got " + from);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The page size must be between 0 and " + MAX_SIZE + ", got " + size);
        }
        if ((long) from + size > MAX_WINDOW) {
            throw new IllegalArgumentException("Only the first " + MAX_WINDOW + " hits can be paged through (from "
                    + from + " + size " + size + "); please narrow the search");
        }
    }

    /** Text, kinds and one organisation (the older form). */
    public SearchRequest(String text, List<String> kinds, String organisationCode, int from, int size) {
        this(text, filtersOf(kinds, organisationCode), Sort.RELEVANCE, from, size);
    }

    /** First page of {@value #DEFAULT_SIZE} hits for {@code text}, no filters. */
    public static SearchRequest forText(String text) {
        return new SearchRequest(text, Map.of(), Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public List<String> kinds() {
        return values(Facet.KIND);
    }

    /** The one organisation chosen, or null (none or several). */
    public String organisationCode() {
        List<String> organisations = values(Facet.ORGANISATION);
        return organisations.size() == 1 ? organisations.get(0) : null;
    }

    /** The chosen values of a facet; empty when all are allowed. */
    public List<String> values(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchRequest withKinds(List<String> kinds) {
        return with(Facet.KIND, kinds);
    }

    public SearchRequest withOrganisation(String organisationCode) {
        return with(Facet.ORGANISATION, organisationCode == null || organisationCode.isBlank() ? List.of() : List.of(organisationCode));
    }

    /** The same request with these values for one facet (empty: all). */
    public SearchRequest with(Facet facet, List<String> values) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, values == null ? List.of() : values);
        return new SearchRequest(text, changed, sort, from, size);
    }

    public SearchRequest sorted(Sort sort) {
        return new SearchRequest(text, filters, sort, from, size);
    }

    public SearchRequest page(int from, int size) {
        return new SearchRequest(text, filters, sort, from, size);
    }

    private static Map<Facet, List<String>> filtersOf(List<String> kinds, String organisationCode) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        if (kinds != null) {
            filters.put(Facet.KIND, new ArrayList<>(kinds));
        }
        if (organisationCode != null && !organisationCode.isBlank()) {
            filters.put(Facet.ORGANISATION, List.of(organisationCode));
        }
        return filters;
    }
}

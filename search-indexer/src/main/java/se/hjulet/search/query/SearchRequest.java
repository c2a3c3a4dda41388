package se.hjulet.search.query;

import java.util.List;
import java.util.Objects;

import se.hjulet.search.index.SearchDocument;

/**
 * What a visitor asked for. The constructor checks the bounds, so a request that exists is a valid one;
 * a bad one is refused with an {@link IllegalArgumentException} whose message can be shown to a person.
 *
 * @param text             words to search for (at most {@value #MAX_TEXT_LENGTH} characters); blank lists
 *                         everything, newest first
 * @param kinds            only these kinds ({@link SearchDocument#KINDS}); empty for all
 * @param organisationCode only items of this organisation, or null
 * @param from             index of the first hit (0-based)
 * @param size             hits per page, 0..{@value #MAX_SIZE}
 */
public record SearchRequest(String text, List<String> kinds, String organisationCode, int from, int size) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window: deeper paging is refused by the cluster too. */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The search text is too long (" + text.length()
                    + " characters); at most " + MAX_TEXT_LENGTH + " are allowed");
        }
        kinds = kinds == null ? List.of() : kinds.stream().filter(Objects::nonNull).distinct().toList();
        for (String kind : kinds) {
            if (!SearchDocument.KINDS.contains(kind)) {
                throw new IllegalArgumentException("Unknown kind '" + kind + "'; choose among " + SearchDocument.KINDS);
            }
        }
        organisationCode = organisationCode == null || organisationCode.isBlank() ? null : organisationCode.strip();
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

    /** First page of {@value #DEFAULT_SIZE} hits for {@code text}, no filters. */
    public static SearchRequest forText(String text) {
        return new SearchRequest(text, List.of(), null, 0, DEFAULT_SIZE);
    }

    public SearchRequest withKinds(List<String> kinds) {
        return new SearchRequest(text, kinds, organisationCode, from, size);
    }

    public SearchRequest withOrganisation(String organisationCode) {
        return new SearchRequest(text, kinds, organisationCode, from, size);
    }

    public SearchRequest page(int from, int size) {
        return new SearchRequest(text, kinds, organisationCode, from, size);
    }
}

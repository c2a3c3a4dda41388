package se.hjulet.search.query;

import java.util.List;

/**
 * What the search box offers while a person types: items whose title begins so, and organisations
 * whose name does (each with the number of its published items). Plain text: escape when rendering.
 */
public record Suggestions(List<Item> items, List<Organisation> organisations) {

    public static final Suggestions NONE = new Suggestions(List.of(), List.of());

    public Suggestions {
        items = List.copyOf(items);
        organisations = List.copyOf(organisations);
    }

    public record Item(String id, String kind, String title, String organisationName, String url) {
    }

    public record Organisation(String code, String name, long items) {
    }
}

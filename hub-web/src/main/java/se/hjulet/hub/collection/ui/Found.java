package se.hjulet.hub.collection.ui;

import java.io.Serializable;
import se.hjulet.search.query.SearchHit;

/** A search hit the editor offers to add: kept in the view between the search and the press of "add". */
public record Found(String kind, long id, String title, String organisation, String url) implements Serializable {

    /** What may go into a collection: published initiatives of every kind and documents, never a collection or a question. */
    static final java.util.List<String> KINDS = java.util.List.of("learning_example", "project", "procurement_need", "document");

    static Found of(SearchHit hit) {
        return new Found(hit.kind(), hit.databaseId(), hit.title(), hit.organisationName(), hit.url());
    }
}

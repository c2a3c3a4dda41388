package se.hjulet.hub.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;

/**
 * Searching everything published. The index only ever holds public items and every query filters on
 * visibility too, so drafts cannot leak even if a stale entry remained.
 * Throws {@link se.hjulet.search.SearchUnavailableException} while Elasticsearch is down.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HubSearch {

    @Inject
    SearchBackend backend;

    public SearchResult search(SearchRequest request) {
        return backend.search().search(request);
    }
}

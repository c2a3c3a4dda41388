package se.hjulet.hub.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.SearchDocument;
import se.hjulet.search.query.SearchHit;
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

    @PersistenceContext
    EntityManager em;

    public SearchResult search(SearchRequest request) {
        return backend.search().search(request);
    }

    /**
     * Which of these hits are initiatives their owners have not confirmed for a year, so readers see
     * the warning in results too. Read from the database: the index never needs rewriting as time passes.
     */
    public Set<String> possiblyOutdated(List<SearchHit> hits) {
        Map<Long, String> initiatives = hits.stream()
                .filter(h -> !SearchDocument.DOCUMENT.equals(h.kind()) && !SearchDocument.COLLECTION.equals(h.kind()))
                .collect(Collectors.toMap(SearchHit::databaseId, SearchHit::id, (a, b) -> a));
        if (initiatives.isEmpty()) {
            return Set.of();
        }
        return em.createNamedQuery(Initiative.POSSIBLY_OUTDATED, Long.class)
                .setParameter("ids", initiatives.keySet())
                .setParameter("confirmedBefore", Instant.now().minus(Initiative.CONFIRMATION_HOLDS))
                .getResultStream().map(initiatives::get).collect(Collectors.toSet());
    }
}

package se.hjulet.hub.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;
import se.hjulet.search.query.Suggestions;

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

    /** Titles and organisations that begin with what was typed, for the search box. */
    public Suggestions suggest(String typed, int size) {
        return backend.search().suggest(typed, size);
    }

    /**
     * Names of CPV divisions (two digits, as the search facet counts them) in the language asked for
     * ("sv" or "en"), from the vocabulary's top level. Found by id: CPV codes are in the shared entity cache
     * (they never change at run time), so after the first time a search asks for them it needs no database
     * round trip (a query would make one for every search and every results page).
     */
    public Map<String, String> cpvDivisionNames(Collection<String> divisions, String language) {
        Map<String, String> names = new HashMap<>();
        for (String division : divisions) {
            if (isDivision(division) && !names.containsKey(division)) {
                CpvCode code = em.find(CpvCode.class, division + "000000");
                if (code != null) {
                    names.put(division, code.label(language));
                }
            }
        }
        return names;
    }

    private static boolean isDivision(String value) {
        return value != null && value.length() == 2 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Which of these hits are initiatives their owners have not confirmed for a year, so readers see
     * the warning in results too. Read from the database: the index never needs rewriting as time passes.
     */
    public Set<String> possiblyOutdated(List<SearchHit> hits) {
        Map<Long, String> initiatives = hits.stream()
                .filter(h -> !IndexEntry.DOCUMENT.equals(h.kind()) && !IndexEntry.COLLECTION.equals(h.kind()))
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

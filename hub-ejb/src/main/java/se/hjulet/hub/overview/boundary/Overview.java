package se.hjulet.hub.overview.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.procurement.entity.ProcurementStatus;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.Search;
import se.hjulet.search.query.SearchResult;

/**
 * The figures of the overview page. Counts come from the search index, which holds published items only and
 * counts them exactly as the search page does, so every figure equals the total of the search it links to.
 * Only the planned procurement windows are not in the index: those are read from the database, published needs only.
 * Throws {@link se.hjulet.search.SearchUnavailableException} while Elasticsearch is down.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Overview {

    /** The needs that still take partners: the overview's "open" needs (index values, as the search filters them). */
    public static final List<String> OPEN_STATUSES = List.of("planning", "open_for_partners");

    @Inject
    SearchBackend backend;

    @PersistenceContext
    EntityManager em;

    /** A municipality of the reference data. */
    public record Municipality(String code, String name) {
    }

    /** A published need that still takes partners: when its procurement is planned to start, and its CPV divisions. */
    public record PlannedNeed(long id, LocalDate windowFrom, Set<String> cpvDivisions) {
    }

    /** Every value of every facet counted under these filters (public items only). */
    public SearchResult counts(Map<Facet, List<String>> filters) {
        return backend.search().counts(filters, Search.MAX_VALUES_PER_FACET);
    }

    /** The county's municipalities by name; empty for an unknown county. */
    public List<Municipality> municipalitiesOf(String countyCode) {
        return em.createQuery("select o.code, o.name from Organisation o where o.kind = :kind and o.countyCode = :county order by o.name",
                        Object[].class)
                .setParameter("kind", OrganisationKind.MUNICIPALITY)
                .setParameter("county", countyCode)
                .getResultStream().map(row -> new Municipality((String) row[0], (String) row[1])).toList();
    }

    /** The published needs still open for partners, with the divisions of all their CPV codes (as the index has them). */
    public List<PlannedNeed> openNeeds() {
        List<ProcurementStatus> open = OPEN_STATUSES.stream().map(s -> ProcurementStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT))).toList();
        String where = " where n.status = :published and n.procurementStatus in :open";
        Stream<Object[]> main = em.createQuery("select n.id, n.windowFrom, c.code from ProcurementNeed n join n.mainCpv c" + where, Object[].class)
                .setParameter("published", InitiativeStatus.PUBLISHED).setParameter("open", open).getResultStream();
        Stream<Object[]> additional = em.createQuery("select n.id, n.windowFrom, c.code from ProcurementNeed n join n.additionalCpv c" + where,
                        Object[].class)
                .setParameter("published", InitiativeStatus.PUBLISHED).setParameter("open", open).getResultStream();
        Map<Long, LocalDate> windows = new LinkedHashMap<>();
        Map<Long, Set<String>> divisions = new LinkedHashMap<>();
        Stream.concat(main, additional).forEach(row -> {
            long id = ((Number) row[0]).longValue();
            windows.put(id, (LocalDate) row[1]);
            divisions.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(((String) row[2]).substring(0, 2));
        });
        return windows.entrySet().stream()
                .map(e -> new PlannedNeed(e.getKey(), e.getValue(), Set.copyOf(divisions.get(e.getKey())))).toList();
    }
}

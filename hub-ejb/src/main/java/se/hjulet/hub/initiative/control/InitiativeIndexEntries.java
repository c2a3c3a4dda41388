package se.hjulet.hub.initiative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.indexing.control.IndexEntries;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.search.index.IndexEntry;

/** How learning examples, projects and procurement needs look to the search index, with their documents' text. */
@ApplicationScoped
public class InitiativeIndexEntries implements IndexContribution {

    private static final String PUBLISHED = "se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED";

    @Override
    public Set<String> kinds() {
        return Set.of(LearningExample.KIND, Project.KIND, ProcurementNeed.KIND);
    }

    /** One item, read as a batch of one: the outbox and a rebuild page read items only one way. */
    @Override
    public Optional<IndexEntry> entryOf(EntityManager em, String kind, long id) {
        return Optional.ofNullable(entriesOf(em, kind, List.of(id)).get(id));
    }

    @Override
    public long publicCount(EntityManager em) {
        return em.createQuery("select count(i) from Initiative i where i.status = " + PUBLISHED, Long.class).getSingleResult();
    }

    /** A page of a full rebuild: read as the outbox reads a batch ({@link #entriesOf(EntityManager, List)}). */
    @Override
    public List<IndexEntry> publicEntriesAfter(EntityManager em, long afterId, int max) {
        List<Initiative> page = em.createQuery("select i from Initiative i join fetch i.owner where i.status = " + PUBLISHED
                        + " and i.id > :after order by i.id", Initiative.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        return entriesOf(em, page);
    }

    /** A drained batch of the outbox: the public ones among these items, read together. */
    @Override
    public Map<Long, IndexEntry> entriesOf(EntityManager em, String kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Initiative> items = em.createQuery("select i from Initiative i join fetch i.owner where i.id in :ids order by i.id",
                        Initiative.class)
                .setParameter("ids", ids).getResultStream().filter(item -> item.kind().equals(kind) && item.isPublic()).toList();
        Map<Long, IndexEntry> entries = new HashMap<>();
        entriesOf(em, items).forEach(entry -> entries.put(entry.databaseId(), entry));
        return entries;
    }

    /**
     * The items' entries, with their documents, owners' federations and reuse counts read for all of them at once, and
     * their policy areas, tags, conclusions, success factors and CPV codes in one query each ({@code @BatchFetch}). One by
     * one, each entry took about ten queries. Participants and a project's financing are still read per item: batch
     * reading an element collection of embeddables with a relation fails in EclipseLink 4.0.7, both as the annotation
     * (it could not write them then) and as a query's batch hint (a test got a NullPointerException reading them).
     */
    private static List<IndexEntry> entriesOf(EntityManager em, List<Initiative> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(Initiative::id).toList();
        Map<Long, List<Document>> documents = new HashMap<>();
        em.createQuery("select d from Document d where d.initiative.id in :ids order by d.id", Document.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(d -> documents.computeIfAbsent(d.initiative().id(), i -> new ArrayList<>()).add(d));
        Map<Long, List<Organisation>> federations = new HashMap<>();
        List<Long> owners = items.stream().map(i -> i.owner().id()).distinct().toList();
        em.createQuery("select m.id, f from Organisation f join f.members m where m.id in :owners order by f.name", Object[].class)
                .setParameter("owners", owners).getResultStream()
                .forEach(row -> federations.computeIfAbsent((Long) row[0], o -> new ArrayList<>()).add((Organisation) row[1]));
        Map<Long, Integer> reuseCounts = new HashMap<>();
        em.createQuery("select r.item.id, count(r) from ReuseMark r where r.item.id in :ids group by r.item.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> reuseCounts.put((Long) row[0], ((Number) row[1]).intValue()));
        return items.stream().map(item -> of(item, documents.getOrDefault(item.id(), List.of()),
                federations.getOrDefault(item.owner().id(), List.of()), reuseCounts.getOrDefault(item.id(), 0))).toList();
    }

    @Override
    public List<Item> allPublic(EntityManager em) {
        return em.createNamedQuery(Initiative.ALL_PUBLISHED, Initiative.class).getResultStream()
                .map(item -> new Item(item.kind(), item.id())).toList();
    }

    @Override
    public List<Item> changedSince(EntityManager em, Instant since) {
        List<Item> changed = new ArrayList<>();
        em.createQuery("select i from Initiative i where i.updatedAt >= :since", Initiative.class).setParameter("since", since)
                .getResultStream().forEach(item -> changed.add(new Item(item.kind(), item.id())));
        // A reuse mark changes the reused item's entry (its reuse count); the item's updatedAt stays.
        em.createQuery("select distinct r.item from ReuseMark r where r.createdAt >= :since", Initiative.class)
                .setParameter("since", since).getResultStream().forEach(item -> changed.add(new Item(item.kind(), item.id())));
        return changed;
    }

    /**
     * The item with its documents, the federations its owner belongs to (for matching: two members of one
     * kommunalförbund are natural partners), and how many organisations marked that they reused it (a lift in ranking).
     */
    public static IndexEntry of(Initiative initiative, List<Document> documents, List<Organisation> ownerFederations,
                                int reuseCount) {
        return new IndexEntry(
                IndexEntries.idOf(initiative.kind(), initiative.id()),
                initiative.kind(),
                initiative.id(),
                initiative.title(),
                initiative.lead(),
                initiative.bodyText(),
                initiative.keyPoints(),
                initiative.owner().reference(),
                initiative.owner().name(),
                initiative.involvedOrganisations().map(Organisation::name).toList(),
                initiative.owner().countyCode(),
                List.copyOf(initiative.policyAreas()),
                List.copyOf(initiative.tags()),
                initiative.language(),
                initiative.isPublic() ? "public" : "private",
                initiative.publishedAt(),
                initiative.updatedAt(),
                initiative.pagePath(),
                documents.stream().map(d -> new IndexEntry.Attachment(d.id(), d.name(), IndexEntries.indexedText(d.text()))).toList(),
                facetsOf(initiative),
                matchingOf(initiative, ownerFederations),
                reuseCount);
    }

    /** What matching compares besides text and facets: the owner's federations and size, a need's window. */
    static IndexEntry.Matching matchingOf(Initiative initiative, List<Organisation> ownerFederations) {
        Organisation owner = initiative.owner();
        List<String> federations = new ArrayList<>(ownerFederations.stream().map(Organisation::reference).toList());
        if (owner.isFederation()) {
            federations.add(owner.reference());
        }
        if (initiative instanceof ProcurementNeed need) {
            return new IndexEntry.Matching(federations, owner.population(), need.windowFrom(), need.windowTo(),
                    need.openForCoProcurement(), need.joinDeadline());
        }
        return new IndexEntry.Matching(federations, owner.population(), null, null, false, null);
    }

    /** What search filters the item by: the owner's kind and size, the years it runs, and its kind's own states. */
    static IndexEntry.Facets facetsOf(Initiative initiative) {
        Organisation owner = initiative.owner();
        List<String> cpv = List.of();
        String phase = null;
        String status = null;
        if (initiative instanceof ProcurementNeed need) {
            cpv = need.allCpv().stream().map(CpvCode::code).toList();
            status = need.procurementStatus() == null ? null : need.procurementStatus().name().toLowerCase(Locale.ROOT);
        } else if (initiative instanceof Project project) {
            phase = project.phase() == null ? null : project.phase().name().toLowerCase(Locale.ROOT);
        }
        return new IndexEntry.Facets(owner.kind().name().toLowerCase(Locale.ROOT), owner.sizeGroup(), years(initiative),
                cpv, null, phase, status);
    }

    /**
     * The years the item's period touches; an ongoing one runs to this year; without a period, the year it
     * was published.
     */
    public static List<Integer> years(Initiative initiative) {
        Period period = initiative.period();
        if (period != null && period.from() != null) {
            Integer to = period.to() != null ? Integer.valueOf(period.to().getYear())
                    : period.ongoing() ? Integer.valueOf(Math.max(period.from().getYear(), Year.now().getValue())) : null;
            return IndexEntry.Facets.yearsBetween(period.from().getYear(), to);
        }
        Instant published = initiative.publishedAt();
        return published == null ? List.of() : List.of(published.atZone(ZoneOffset.UTC).getYear());
    }
}

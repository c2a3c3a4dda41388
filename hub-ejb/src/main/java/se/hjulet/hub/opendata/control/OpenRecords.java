package se.hjulet.hub.opendata.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.DatasetSummary;
import se.hjulet.hub.opendata.entity.OpenRecord;
import se.hjulet.hub.opendata.entity.RecordPage;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;

/**
 * Reads a page of a dataset with a fixed number of queries, however many items it holds: the items with
 * their owners, then the participants, policy areas, tags (and a need's CPV codes) of all of them at once.
 * Touching the entities' lazy collections item by item would cost a query per item and collection.
 */
public final class OpenRecords {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    private OpenRecords() {
    }

    /** The published items of the dataset with an id above {@code after}, in id order, at most {@code size}. */
    public static RecordPage page(EntityManager em, Dataset dataset, long after, int size) {
        List<Initiative> items = new ArrayList<>(em.createNamedQuery(Initiative.PUBLISHED_OF_TYPE_AFTER, Initiative.class)
                .setParameter("type", dataset.type())
                .setParameter("after", after)
                .setMaxResults(size + 1) // one more tells whether a next page exists
                .getResultList());
        boolean more = items.size() > size;
        if (more) {
            items = items.subList(0, size);
        }
        if (items.isEmpty()) {
            return new RecordPage(dataset, List.of(), after, size, null);
        }
        List<Long> ids = items.stream().map(Initiative::id).toList();
        Map<Long, List<OpenRecord.Participant>> participants = new HashMap<>();
        for (Object[] row : rows(em, Initiative.PARTICIPANTS_OF, ids)) {
            participants.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new OpenRecord.Participant((String) row[1], (String) row[2], lower(row[3])));
        }
        Map<Long, List<String>> policyAreas = strings(rows(em, Initiative.POLICY_AREAS_OF, ids));
        Map<Long, List<String>> tags = strings(rows(em, Initiative.TAGS_OF, ids));
        Map<Long, String> mainCpv = new HashMap<>();
        Map<Long, List<String>> additionalCpv = new HashMap<>();
        if (dataset == Dataset.PROCUREMENT_NEEDS) {
            for (Object[] row : rows(em, ProcurementNeed.MAIN_CPV_OF, ids)) {
                mainCpv.put((Long) row[0], row[1] + "-" + row[2]);
            }
            for (Object[] row : rows(em, ProcurementNeed.ADDITIONAL_CPV_OF, ids)) {
                additionalCpv.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row[1] + "-" + row[2]);
            }
        }
        List<OpenRecord> records = items.stream().map(i -> record(i,
                participants.getOrDefault(i.id(), List.of()), policyAreas.getOrDefault(i.id(), List.of()),
                tags.getOrDefault(i.id(), List.of()), mainCpv.get(i.id()), additionalCpv.getOrDefault(i.id(), List.of())))
                .toList();
        return new RecordPage(dataset, records, after, size, more ? ids.get(ids.size() - 1) : null);
    }

    /** How many published items the dataset has and when the latest of them changed. */
    public static DatasetSummary summary(EntityManager em, Dataset dataset) {
        long count = em.createNamedQuery(Initiative.PUBLISHED_COUNT_OF_TYPE, Long.class)
                .setParameter("type", dataset.type()).getSingleResult();
        // Ordered and limited rather than max(): an aggregate would bypass the Instant converter.
        Instant modified = em.createNamedQuery(Initiative.PUBLISHED_UPDATES_OF_TYPE, Instant.class)
                .setParameter("type", dataset.type()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new DatasetSummary(dataset, count, modified);
    }

    private static List<Object[]> rows(EntityManager em, String query, Collection<Long> ids) {
        return em.createNamedQuery(query, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static Map<Long, List<String>> strings(List<Object[]> rows) {
        Map<Long, List<String>> byId = new HashMap<>();
        for (Object[] row : rows) {
            byId.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byId;
    }

    static OpenRecord record(Initiative item, List<OpenRecord.Participant> participants, List<String> policyAreas,
                             List<String> tags, String mainCpv, List<String> additionalCpv) {
        Organisation owner = item.owner();
        Period period = item.period() == null ? new Period(null, null, false) : item.period();
        var learning = item instanceof LearningExample l ? l : null;
        var project = item instanceof Project p ? p : null;
        var need = item instanceof ProcurementNeed n ? n : null;
        return new OpenRecord(item.id(), item.kind(), item.title(), item.lead(), item.language(), item.licence(),
                item.pagePath(), owner.name(), owner.code(), lower(owner.kind()), owner.countyCode(),
                List.copyOf(participants), List.copyOf(policyAreas), List.copyOf(tags),
                period.from(), period.to(), period.ongoing(),
                item.publishedAt(), item.updatedAt(), item.lastConfirmedAt(),
                learning == null ? null : learning.originallyPublished(),
                project == null ? null : lower(project.phase()),
                project == null ? null : lower(project.collaborationLevel()),
                project == null ? null : project.budgetSek(),
                need == null ? null : mainCpv,
                need == null ? List.of() : List.copyOf(additionalCpv),
                need == null ? null : lower(need.procurementStatus()),
                need == null ? null : need.valueMinSek(),
                need == null ? null : need.valueMaxSek(),
                need == null ? null : need.windowFrom(),
                need == null ? null : need.windowTo(),
                need == null ? null : need.contractMonths(),
                need == null ? null : need.openForCoProcurement(),
                need == null ? null : need.joinDeadline());
    }

    private static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
    }
}

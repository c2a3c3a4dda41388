package se.hjulet.hub.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.indexing.control.IndexEntries;
import se.hjulet.hub.initiative.control.InitiativeIndexEntries;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.search.index.IndexEntry;

/** A document on its own (kind {@code document}): found and shown as itself, visible when its item is. */
@ApplicationScoped
public class DocumentIndexEntries implements IndexContribution {

    private static final String OF_PUBLISHED = "d.initiative.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED";

    @Override
    public Set<String> kinds() {
        return Set.of(Document.KIND);
    }

    @Override
    public Optional<IndexEntry> entryOf(EntityManager em, String kind, long id) {
        return Optional.ofNullable(em.find(Document.class, id)).filter(d -> d.initiative().isPublic())
                .map(DocumentIndexEntries::of);
    }

    @Override
    public long publicCount(EntityManager em) {
        return em.createQuery("select count(d) from Document d where " + OF_PUBLISHED, Long.class).getSingleResult();
    }

    @Override
    public List<IndexEntry> publicEntriesAfter(EntityManager em, long afterId, int max) {
        return em.createQuery("select d from Document d where " + OF_PUBLISHED + " and d.id > :after order by d.id", Document.class)
                .setParameter("after", afterId).setMaxResults(max).getResultStream().map(DocumentIndexEntries::of).toList();
    }

    @Override
    public List<Item> allPublic(EntityManager em) {
        return em.createNamedQuery(Document.OF_PUBLIC_INITIATIVES, Document.class).getResultStream()
                .map(document -> new Item(Document.KIND, document.id())).toList();
    }

    @Override
    public List<Item> changedSince(EntityManager em, Instant since) {
        return em.createQuery("select d.id from Document d where d.updatedAt >= :since or d.extractedAt >= :since", Long.class)
                .setParameter("since", since).getResultStream().map(id -> new Item(Document.KIND, id)).toList();
    }

    static IndexEntry of(Document document) {
        Initiative initiative = document.initiative();
        return IndexEntry.builder(Document.KIND, document.id())
                .title(document.name())
                .lead(document.title())
                .body(IndexEntries.indexedText(document.text()))
                .organisation(initiative.owner().reference(), initiative.owner().name())
                .organisationNames(initiative.involvedOrganisations().map(Organisation::name).toList())
                .countyCode(initiative.owner().countyCode())
                .policyAreas(List.copyOf(initiative.policyAreas()))
                .language(document.language() == null ? initiative.language() : document.language())
                .visibility(initiative.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(initiative.publishedAt())
                .updatedAt(document.updatedAt())
                // The item's page lists the document with its download link.
                .url(initiative.pagePath())
                .facets(new IndexEntry.Facets(initiative.owner().kind().name().toLowerCase(Locale.ROOT),
                        initiative.owner().sizeGroup(), InitiativeIndexEntries.years(initiative), List.of(), List.of(), null, null))
                .build();
    }
}

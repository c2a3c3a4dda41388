package se.hjulet.hub.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.indexing.control.IndexContribution;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.search.index.IndexEntry;

/** A public collection: its themes, items, notes and questions are its text; participants its organisations. */
@ApplicationScoped
public class CollectionIndexEntries implements IndexContribution {

    private static final String PUBLIC = "c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC";

    @Override
    public Set<String> kinds() {
        return Set.of(CuratedCollection.KIND);
    }

    @Override
    public Optional<IndexEntry> entryOf(EntityManager em, String kind, long id) {
        return Optional.ofNullable(em.find(CuratedCollection.class, id)).filter(CuratedCollection::isPublic)
                .map(CollectionIndexEntries::of);
    }

    @Override
    public long publicCount(EntityManager em) {
        return em.createQuery("select count(c) from CuratedCollection c where " + PUBLIC, Long.class).getSingleResult();
    }

    @Override
    public List<IndexEntry> publicEntriesAfter(EntityManager em, long afterId, int max) {
        return em.createQuery("select c from CuratedCollection c where " + PUBLIC + " and c.id > :after order by c.id",
                        CuratedCollection.class)
                .setParameter("after", afterId).setMaxResults(max).getResultStream().map(CollectionIndexEntries::of).toList();
    }

    @Override
    public List<Item> allPublic(EntityManager em) {
        return em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).getResultStream()
                .map(collection -> new Item(CuratedCollection.KIND, collection.id())).toList();
    }

    @Override
    public List<Item> changedSince(EntityManager em, Instant since) {
        return em.createQuery("select c.id from CuratedCollection c where c.updatedAt >= :since", Long.class)
                .setParameter("since", since).getResultStream().map(id -> new Item(CuratedCollection.KIND, id)).toList();
    }

    static IndexEntry of(CuratedCollection collection) {
        return IndexEntry.builder(CuratedCollection.KIND, collection.id())
                .title(collection.title())
                .lead(collection.description())
                .body(collection.bodyText())
                .conclusions(collection.themes().stream().map(Theme::title).toList())
                .organisationNames(collection.participants().stream().map(Organisation::name).toList())
                .visibility(collection.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(collection.createdAt())
                .updatedAt(collection.updatedAt())
                .url(collection.pagePath())
                .build();
    }
}

package se.hjulet.hub.follow.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.follow.control.SavedSearch;
import se.hjulet.hub.follow.entity.Delivery;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.FollowKind;
import se.hjulet.hub.follow.entity.Notification;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.query.SearchRequest;

/**
 * Turns what the search index just took in into news for the people who follow it: the item itself, its
 * organisations, or a saved search that finds it. Runs after the outbox worker has indexed a batch, so only
 * published initiatives and public collections (what the index holds) can give news; a follow never brings news of
 * a change from before it began, and a person hears of one change of an item once, whatever follows found it.
 */
@Stateless
public class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
    private static final Set<String> INITIATIVES = Set.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT,
            IndexEntry.PROCUREMENT_NEED);

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchBackend backend;

    /**
     * Notifications for the items just indexed ({@code kind:id} as the index names them); only what is published or
     * public now counts, whatever the change was.
     *
     * @return how many of them are to be mailed at once
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int newsOf(List<String> indexed) {
        // Runs after every indexed batch, on the indexing lane: what nobody follows costs one small query, not a
        // read of every item in the batch.
        Set<FollowKind> followed = Set.copyOf(em.createNamedQuery(Follow.KINDS_IN_USE, FollowKind.class).getResultList());
        if (followed.isEmpty()) {
            return 0;
        }
        Map<Long, String> initiativeIds = new LinkedHashMap<>();
        Map<Long, String> collectionIds = new LinkedHashMap<>();
        Map<Long, CuratedCollection> collections = new LinkedHashMap<>();
        for (String documentId : indexed) {
            int colon = documentId.indexOf(':');
            String kind = documentId.substring(0, Math.max(0, colon));
            long databaseId;
            try {
                databaseId = Long.parseLong(documentId.substring(colon + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (INITIATIVES.contains(kind)) {
                initiativeIds.put(databaseId, documentId);
            } else if (CuratedCollection.KIND.equals(kind)) {
                CuratedCollection collection = em.find(CuratedCollection.class, databaseId);
                if (collection != null && collection.isPublic()) {
                    collections.put(collection.id(), collection);
                    collectionIds.put(collection.id(), documentId);
                }
            }
        }
        // The batch's items in one read (was one read each).
        Map<Long, Initiative> initiatives = new LinkedHashMap<>();
        if (!initiativeIds.isEmpty()) {
            em.createQuery("select i from Initiative i where i.id in :ids", Initiative.class).setParameter("ids", initiativeIds.keySet())
                    .getResultStream().filter(Initiative::isPublic).forEach(i -> initiatives.put(i.id(), i));
        }
        List<String> ids = new ArrayList<>();
        initiatives.keySet().forEach(id -> ids.add(initiativeIds.get(id)));
        collections.keySet().forEach(id -> ids.add(collectionIds.get(id)));
        if (ids.isEmpty()) {
            return 0;
        }
        News news = new News();
        if (!initiatives.isEmpty() && followed.contains(FollowKind.ITEM)) {
            em.createNamedQuery(Follow.OF_ITEMS, Follow.class).setParameter("ids", initiatives.keySet()).getResultStream()
                    .forEach(f -> news.add(f, initiatives.get(f.initiative().id())));
        }
        if (!initiatives.isEmpty() && followed.contains(FollowKind.ORGANISATION)) {
            Map<Long, List<Initiative>> byOrganisation = new LinkedHashMap<>();
            initiatives.values().forEach(i -> i.involvedOrganisations()
                    .forEach(o -> byOrganisation.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(i)));
            em.createNamedQuery(Follow.OF_ORGANISATIONS, Follow.class).setParameter("ids", byOrganisation.keySet())
                    .getResultStream().forEach(f -> byOrganisation.get(f.organisation().id()).forEach(i -> news.add(f, i)));
        }
        if (!collections.isEmpty() && followed.contains(FollowKind.COLLECTION)) {
            em.createNamedQuery(Follow.OF_COLLECTIONS, Follow.class).setParameter("ids", collections.keySet()).getResultStream()
                    .forEach(f -> news.add(f, collections.get(f.collection().id())));
        }
        List<Follow> searches = followed.contains(FollowKind.SEARCH)
                ? em.createNamedQuery(Follow.SEARCHES, Follow.class).getResultList() : List.of();
        List<Follow> valid = new ArrayList<>();
        List<SearchRequest> requests = new ArrayList<>();
        for (Follow follow : searches) {
            try {
                requests.add(SavedSearch.requestOf(follow.searchQuery(), follow.searchFilters()));
                valid.add(follow);
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "Saved search of follow " + follow.id() + " cannot run any more: " + e.getMessage());
            }
        }
        if (!valid.isEmpty()) {
            List<Set<String>> found = backend.search().whichFind(requests, ids);
            for (int i = 0; i < valid.size(); i++) {
                Follow follow = valid.get(i);
                for (String id : found.get(i)) {
                    long databaseId = Long.parseLong(id.substring(id.indexOf(':') + 1));
                    if (id.startsWith(CuratedCollection.KIND + ":")) {
                        news.add(follow, collections.get(databaseId));
                    } else {
                        news.add(follow, initiatives.get(databaseId));
                    }
                }
            }
        }
        return news.instantMails;
    }

    /** The notifications of one batch: one per person and change of an item, whichever follow found it first. */
    private final class News {
        private final Set<String> given = new HashSet<>();
        private int instantMails;

        void add(Follow follow, Initiative item) {
            if (item == null || !follow.isNews(item.updatedAt()) || !given.add(follow.person().id() + "/i" + item.id())
                    || em.createNamedQuery(Notification.ALREADY_OF_ITEM, Long.class).setParameter("person", follow.person())
                    .setParameter("initiative", item).setParameter("changedAt", item.updatedAt()).getSingleResult() > 0) {
                return;
            }
            boolean toldSincePublished = item.publishedAt() != null && em.createNamedQuery(Notification.TOLD_SINCE, Long.class)
                    .setParameter("person", follow.person()).setParameter("initiative", item)
                    .setParameter("since", item.publishedAt()).getSingleResult() > 0;
            persist(Notification.of(follow, item, toldSincePublished), follow);
        }

        void add(Follow follow, CuratedCollection collection) {
            if (collection == null || !follow.isNews(collection.updatedAt()) || !given.add(follow.person().id() + "/c" + collection.id())
                    || em.createNamedQuery(Notification.ALREADY_OF_COLLECTION, Long.class).setParameter("person", follow.person())
                    .setParameter("collection", collection).setParameter("changedAt", collection.updatedAt()).getSingleResult() > 0) {
                return;
            }
            persist(Notification.of(follow, collection), follow);
        }

        private void persist(Notification notification, Follow follow) {
            em.persist(notification);
            if (notification.mailDue() && follow.delivery() == Delivery.INSTANT) {
                instantMails++;
            }
        }
    }


}

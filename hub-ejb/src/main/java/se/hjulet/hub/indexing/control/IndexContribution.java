package se.hjulet.hub.indexing.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.hjulet.search.index.IndexEntry;

/**
 * What a feature tells the search index about its kinds of item. Each feature that has items in the index contributes
 * one (an application-scoped bean in its control package); the outbox and the rebuild ask every contribution and know
 * no feature themselves. A contribution reads through the caller's entity manager, inside the caller's transaction.
 */
public interface IndexContribution {

    /** An item of the index by kind and database id, as the outbox queues it. */
    record Item(String kind, long id) {
    }

    /** The index kinds this contribution answers for ({@code learning_example}, {@code document}, …). */
    Set<String> kinds();

    /** The item's entry as the index should hold it now; empty when it must not be in the index (gone, draft, private). */
    Optional<IndexEntry> entryOf(EntityManager em, String kind, long id);

    /**
     * The entries of several items of one kind as the index should hold them now, by database id; an item missing from
     * the answer must leave the index. The outbox reads each drained batch with one call; one {@link #entryOf} per item
     * unless the contribution reads them together.
     */
    default Map<Long, IndexEntry> entriesOf(EntityManager em, String kind, Collection<Long> ids) {
        Map<Long, IndexEntry> entries = new HashMap<>();
        ids.forEach(id -> entryOf(em, kind, id).ifPresent(entry -> entries.put(id, entry)));
        return entries;
    }

    /** How many entries a full rebuild writes for these kinds. */
    long publicCount(EntityManager em);

    /**
     * The entries of public items whose id follows {@code afterId}, in id order, at most {@code max}: a page of a full
     * rebuild. Paging by id keeps every page as cheap as the first and skips nothing while items change.
     */
    List<IndexEntry> publicEntriesAfter(EntityManager em, long afterId, int max);

    /** Every item that belongs in the index, for an index that was created empty. */
    List<Item> allPublic(EntityManager em);

    /** Every item whose entry may have changed since the instant (those that left the index too, so they leave it). */
    List<Item> changedSince(EntityManager em, Instant since);
}

package se.hjulet.hub.bulk.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.RelationInput;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Many items in the caller's one transaction, each written by the boundaries an author's single request
 * uses: the same checks of who may act for the owner, the same validation of references (organisations,
 * CPV codes, relation targets) and one search outbox entry per change. Either all are stored or none.
 */
@Stateless
public class BulkLoad {

    public static final int MAX_ITEMS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Initiatives initiatives;

    @Inject
    Relations relations;

    /** What was stored: the new item's id and kind. */
    @Schema(name = "BulkLoadStored", description = "A stored item of a bulk load: its id and kind (learning_example, project, procurement_need)")
    public record Stored(long id, String kind) {
    }

    /** The items in the order given. */
    public List<Stored> load(List<BulkEntry> entries) {
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ITEMS) {
            throw new InvalidInput("items", "Send between 1 and " + MAX_ITEMS + " items at a time.");
        }
        List<Stored> stored = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Initiative item = load(i, entries.get(i));
            stored.add(new Stored(item.id(), item.kind()));
            // Each flush compares every object the persistence context holds with its state when read: with
            // all items of a request kept, writing them took time growing with the square of their number
            // (measured: 11 items/s at 200 a request). Written items are done with: let them go.
            em.flush();
            em.clear();
        }
        return stored;
    }

    private Initiative load(int position, BulkEntry entry) {
        InitiativeInput<?> input = entry == null ? null : entry.input();
        if (input == null) {
            throw new InvalidInput("items[" + position + "]",
                    "Each item gives exactly one of learningExample, project and procurementNeed.");
        }
        try {
            return write(input, entry);
        } catch (InvalidInput e) {
            // Which of the many items is wrong, and where in it.
            throw new InvalidInput("items[" + position + "]." + e.field(), e.getMessage());
        }
    }

    private <T extends Initiative> T write(InitiativeInput<T> input, BulkEntry entry) {
        T item = initiatives.draft(input);
        if (entry.published()) {
            item = initiatives.publish(input.kind(), item.id());
        }
        for (RelationInput link : entry.links()) {
            relations.link(input.kind(), item.id(), link);
        }
        return item;
    }
}

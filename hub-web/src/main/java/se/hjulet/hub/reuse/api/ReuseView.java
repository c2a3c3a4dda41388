package se.hjulet.hub.reuse.api;

import java.time.Instant;
import java.util.List;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.initiative.api.RelationView.ItemRef;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * One organisation's "we reused this" as the API shows it: the reused item, the organisation, how (reused or
 * inspired), and its own item that came of it when the reader may see that item.
 */
public record ReuseView(long id, ItemRef item, OrganisationRef organisation, String how, ItemRef ownItem, String note,
                        Instant createdAt) {

    public static ReuseView of(ReuseMark mark, Initiative visibleOwnItem) {
        return new ReuseView(mark.id(), ItemRef.of(mark.item()), OrganisationRef.of(mark.organisation()), mark.how().name(),
                visibleOwnItem == null ? null : ItemRef.of(visibleOwnItem), mark.note(), mark.createdAt());
    }

    /** Who reused an item: "Återanvänt av N organisationer", who they are, and their marks. */
    public record OfItem(long itemId, int count, List<OrganisationRef> organisations, List<ReuseView> marks) {
    }

    /** An organisation's reuse both ways: what it reused from others, and who reused its work. */
    public record OfOrganisation(OrganisationRef organisation, int reusedCount, List<ReuseView> reused, int reusedByCount,
                                 List<ReuseView> reusedBy) {
    }
}

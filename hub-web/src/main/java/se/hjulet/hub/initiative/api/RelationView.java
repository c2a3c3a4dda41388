package se.hjulet.hub.initiative.api;

import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Relation;

/** A lifecycle link as seen from one item: its name from that side ("realised_by" / "realises") and the other item. */
public record RelationView(long id, String relation, ItemRef item) {

    public record ItemRef(long id, String kind, String title, String status, String url) {
        public static ItemRef of(Initiative i) {
            return new ItemRef(i.id(), i.kind(), i.title(), i.status().name().toLowerCase(), i.pagePath());
        }
    }

    public static RelationView of(Relation r, Initiative seenFrom) {
        return new RelationView(r.id(), r.nameSeenFrom(seenFrom), ItemRef.of(r.otherEnd(seenFrom)));
    }
}

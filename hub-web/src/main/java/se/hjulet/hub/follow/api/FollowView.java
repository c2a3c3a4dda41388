package se.hjulet.hub.follow.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.hjulet.hub.follow.control.SavedSearch;
import se.hjulet.hub.follow.entity.Follow;

/** A follow as the API shows it; the unsubscribe token stays in the person's mail. */
public record FollowView(long id, String kind, Long item, Long collection, String organisation, String query,
                         Map<String, List<String>> filters, String delivery, String describes, Instant createdAt) {

    static FollowView of(Follow f) {
        return new FollowView(f.id(), f.kind().name().toLowerCase(Locale.ROOT),
                f.initiative() == null ? null : f.initiative().id(),
                f.collection() == null ? null : f.collection().id(),
                f.organisation() == null ? null : f.organisation().reference(),
                f.searchQuery(), f.searchFilters() == null ? null : SavedSearch.asMap(f.searchFilters()),
                f.delivery().name().toLowerCase(Locale.ROOT), f.describe(), f.createdAt());
    }
}

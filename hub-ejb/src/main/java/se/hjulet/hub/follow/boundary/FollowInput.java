package se.hjulet.hub.follow.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What to follow and how to hear of it.
 *
 * @param kind         {@code item}, {@code collection}, {@code organisation} or {@code search}
 * @param item         the initiative's id (kind item)
 * @param collection   the collection's id (kind collection; public collections only give news)
 * @param organisation the organisation's code, or its name without one (kind organisation)
 * @param query        the search's words (kind search)
 * @param filters      the search's filters as the search API names them ({@code {"county": ["14"]}})
 * @param delivery     {@code none} (only in the app), {@code instant}, {@code daily} or {@code weekly}; none if left out
 */
public record FollowInput(
        @NotBlank @Size(max = 20) String kind,
        Long item,
        Long collection,
        @Size(max = 200) String organisation,
        @Size(max = 500) String query,
        Map<@Size(max = 40) String, List<@Size(max = 200) String>> filters,
        @Size(max = 20) String delivery) {
}

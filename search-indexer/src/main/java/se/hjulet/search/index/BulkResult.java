package se.hjulet.search.index;

import java.util.Map;
import java.util.Set;

/**
 * Outcome of a bulk write.
 *
 * @param written     operations that succeeded (a delete of an id that was not there counts as success)
 * @param failures    id -> reason for every operation that still failed after retrying overload rejections
 * @param unavailable the ids among the failures that failed because the cluster could not take them now
 *                    (a 5xx: no master, a shard without a copy): nothing is wrong with them
 */
public record BulkResult(int written, Map<String, String> failures, Set<String> unavailable) {

    public BulkResult {
        failures = Map.copyOf(failures);
        unavailable = Set.copyOf(unavailable);
    }

    public BulkResult(int written, Map<String, String> failures) {
        this(written, failures, Set.of());
    }

    /** Every failure was the cluster's, not the documents': try them all again when it is whole. */
    public boolean failedOnlyForTheCluster() {
        return hasFailures() && unavailable.containsAll(failures.keySet());
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    public Set<String> failedIds() {
        return failures.keySet();
    }
}

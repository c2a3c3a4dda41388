package se.hjulet.search.index;

import java.util.Map;
import java.util.Set;

/**
 * Outcome of a bulk write.
 *
 * @param written  operations that succeeded (a delete of an id that was not there counts as success)
 * @param failures id -> reason for every operation that still failed after retrying overload rejections
 */
public record BulkResult(int written, Map<String, String> failures) {

    public BulkResult {
        failures = Map.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    public Set<String> failedIds() {
        return failures.keySet();
    }
}

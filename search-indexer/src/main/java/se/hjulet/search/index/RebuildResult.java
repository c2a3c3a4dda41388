package se.hjulet.search.index;

import java.util.List;
import java.util.Map;

/**
 * Outcome of {@link SearchIndex#rebuild}.
 *
 * @param newIndex       the concrete index the alias now points to
 * @param removedIndices the indices the alias pointed to before: deleted, or being deleted after the grace period
 *                       when the rebuild wrote on a sender thread
 * @param indexed        documents written to the new index
 * @param failures       id -> reason for documents that could not be written
 */
public record RebuildResult(String newIndex, List<String> removedIndices, long indexed, Map<String, String> failures) {

    public RebuildResult {
        removedIndices = List.copyOf(removedIndices);
        failures = Map.copyOf(failures);
    }
}

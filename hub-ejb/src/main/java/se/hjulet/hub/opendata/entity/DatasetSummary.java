package se.hjulet.hub.opendata.entity;

import java.time.Instant;

/** How many published items a dataset has and when the latest of them changed (null when it has none). */
public record DatasetSummary(Dataset dataset, long items, Instant modified) {
}

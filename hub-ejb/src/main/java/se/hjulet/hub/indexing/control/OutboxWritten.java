package se.hjulet.hub.indexing.control;

/** Fired when a transaction writes search outbox entries; observed after it commits to drain them at once. */
public record OutboxWritten() {
}

package se.hjulet.hub.indexing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.hjulet.hub.indexing.control.OutboxWritten;

/**
 * Starts a drain as soon as a change is committed, so what a person publishes is searchable at once;
 * the worker's schedule stays as the safety net for retries and for changes made elsewhere.
 */
@ApplicationScoped
public class DrainAfterCommit {

    @Inject
    OutboxWorker worker;

    void drain(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        worker.drainSoon();
    }
}

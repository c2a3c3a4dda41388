package se.hjulet.hub.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import se.hjulet.hub.indexing.boundary.OutboxStore;
import se.hjulet.hub.indexing.boundary.OutboxWorker;

/**
 * Whether what is published becomes findable. Readiness: how long the oldest due change has waited for
 * the search index; past {@code hub.outbox.max-lag-seconds} the hub is not ready, and says which item
 * waits and why. Liveness: a worker inside one batch for longer than any batch can take (Tika's time
 * limit and a bulk request included) is stuck, and only a restart frees it.
 */
@ApplicationScoped
public class IndexingHealth {

    @Inject
    OutboxStore outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    @ConfigProperty(name = "hub.outbox.max-lag-seconds", defaultValue = "300")
    long maxLagSeconds;

    @Inject
    @ConfigProperty(name = "hub.outbox.stuck-after-seconds", defaultValue = "300")
    long stuckAfterSeconds;

    @Produces
    @Readiness
    HealthCheck searchIndexing() {
        return () -> {
            OutboxStore.Backlog backlog = outbox.backlog();
            long lag = backlog.oldestDueAge().toSeconds();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("search-indexing")
                    .status(lag <= maxLagSeconds)
                    .withData("waiting", backlog.waiting())
                    .withData("oldestDueSeconds", lag);
            if (lag > maxLagSeconds) {
                response.withData("message", "Search is " + lag + " s behind the database (limit " + maxLagSeconds + " s): "
                        + backlog.waiting() + " changes wait; the oldest due is " + backlog.oldestDueItem() + ", waiting since "
                        + backlog.oldestDueSince() + (backlog.oldestDueError() == null ? "" : "; it failed with: " + backlog.oldestDueError()));
            }
            return response.build();
        };
    }

    @Produces
    @Liveness
    HealthCheck searchOutboxWorker() {
        return () -> {
            Duration busy = worker.busyFor().orElse(Duration.ZERO);
            HealthCheckResponseBuilder response = HealthCheckResponse.named("search-outbox-worker")
                    .status(busy.toSeconds() <= stuckAfterSeconds)
                    .withData("batchRunningSeconds", busy.toSeconds());
            if (busy.toSeconds() > stuckAfterSeconds) {
                response.withData("message", "The search outbox worker has been inside one batch for " + busy.toSeconds()
                        + " s (limit " + stuckAfterSeconds + " s): it is stuck, and nothing published becomes searchable until the hub restarts.");
            }
            return response.build();
        };
    }
}

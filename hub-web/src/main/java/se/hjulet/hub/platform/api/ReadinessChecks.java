package se.hjulet.hub.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.hjulet.hub.search.control.SearchBackend;

/**
 * MicroProfile Health readiness: the database and Elasticsearch, each reported by name. Lives in the
 * web module because Payara runs health checks with the web module's contexts active.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    SearchBackend search;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            // Looked up per check: the data source is defined by an EJB and bound after CDI validation.
            try (Connection connection = InitialContext.<DataSource>doLookup("java:app/jdbc/hub").getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (Exception e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck elasticsearch() {
        return () -> HealthCheckResponse.named("elasticsearch").status(search.isAvailable()).build();
    }
}

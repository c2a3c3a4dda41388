package se.hjulet.hub.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Declares the hub's data source from MicroProfile Config (H2 by default, PostgreSQL by configuration)
 * and brings its schema up to date before anything else touches it.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/hub",
        className = "${MPCONFIG=hub.db.datasource-class}",
        url = "${MPCONFIG=hub.db.url}",
        user = "${MPCONFIG=hub.db.user}",
        password = "${MPCONFIG=hub.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20,
        // After a database restart the pooled connections are dead: each is checked (Connection.isValid)
        // before it is handed out, and the first dead one makes the pool drop them all, so requests fail
        // cleanly during the outage (503) and work again afterwards without restarting the hub.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}

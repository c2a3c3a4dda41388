package se.hjulet.hub.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A real database for persistence tests: a fresh H2 file database, or the PostgreSQL server that
 * {@code ./hjulet test} starts (HJULET_TEST_POSTGRES_URL, _USER, _PASSWORD). Migrated by the same
 * Flyway scripts the hub runs.
 */
public record Database(String name, String url, String user, String password, String schema) {

    public static Database h2() {
        Path file = Path.of("target", "h2-" + UUID.randomUUID(), "hub").toAbsolutePath();
        return new Database("H2", "jdbc:h2:file:" + file, "sa", "", null);
    }

    public static Database postgres() {
        String url = System.getenv("HJULET_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The PostgreSQL persistence tests need a server: run them with ./hjulet test,"
                    + " or set HJULET_TEST_POSTGRES_URL, HJULET_TEST_POSTGRES_USER and HJULET_TEST_POSTGRES_PASSWORD.");
        }
        // A schema of its own per test, so test runs sharing the server cannot disturb each other.
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new Database("PostgreSQL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv("HJULET_TEST_POSTGRES_USER"), System.getenv("HJULET_TEST_POSTGRES_PASSWORD"), schema);
    }

    /** A freshly migrated database (a new H2 file, or a new PostgreSQL schema). */
    public EntityManagerFactory migrated() {
        return migrated(Map.of());
    }

    /** The same, with more properties for the persistence unit (a logger that counts statements, say). */
    public EntityManagerFactory migrated(Map<String, Object> properties) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (schema != null) {
            configuration.schemas(schema).createSchemas(true);
        }
        configuration.load().migrate();
        var unit = new java.util.HashMap<String, Object>(properties);
        unit.putAll(Map.of(
                "eclipselink.persistencexml", "META-INF/persistence-test.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password == null ? "" : password));
        return Persistence.createEntityManagerFactory("hub-test", unit);
    }

    /** Removes the PostgreSQL schema this test made; H2 files go with target/. */
    public void drop() {
        if (schema == null) {
            return;
        }
        try (var connection = java.sql.DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not drop test schema " + schema, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}

package se.hjulet.benchmark.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The hub as production runs it, on this machine: PostgreSQL (a schema of its own in the server the tests
 * use), an Elasticsearch cluster of one or more nodes, an OpenID Connect provider, and one or more Payara
 * domains with the hub deployed, each booted with the hub's Payara settings.
 */
public final class HubStack implements AutoCloseable {

    /** Where things are: the built EAR, the server zips, the hub's Payara settings and a working directory. */
    public record Parts(Path ear, Path servers, Path payaraSettings, Path work) {

        Path payaraZip() {
            return servers.resolve("payara.zip");
        }

        Path elasticsearchZip() {
            return servers.resolve("elasticsearch.zip");
        }

        Path analysisPlugin() {
            return servers.resolve("search-analysis-plugin.zip");
        }
    }

    /** PostgreSQL from the environment ./hjulet test and ./hjulet benchmark set. */
    public record Database(String url, String user, String password) {

        public static Database fromEnvironment() {
            return new Database(required("HJULET_TEST_POSTGRES_URL"), required("HJULET_TEST_POSTGRES_USER"),
                    required("HJULET_TEST_POSTGRES_PASSWORD"));
        }

        private static String required(String variable) {
            String value = System.getenv(variable);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Set " + variable + " to a PostgreSQL database the benchmark may use (./hjulet benchmark does)");
            }
            return value;
        }

        /** The JDBC URL of a schema in this database. */
        public String urlOf(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    private final Parts parts;
    private final Database database;
    private final String name;
    private final String schema;
    private final String alias;
    private final List<PayaraDomain> domains = new ArrayList<>();
    private ElasticsearchCluster cluster;
    private OpenIdProvider openId;

    /** @param name names the schema, the index alias and the domains ({@code bench} → {@code hjulet-bench}) */
    public HubStack(Parts parts, Database database, String name) {
        this.parts = parts;
        this.database = database;
        this.name = name;
        this.schema = name + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        this.alias = "hjulet-" + name;
    }

    /**
     * Starts the search nodes and the provider, creates the schema, then {@code instances} Payara domains (one
     * after another: two booting at once on two cores take longer than twice one) with the hub deployed.
     *
     * @param extraSettings asadmin commands run on the i-th domain once it is up, before the hub is deployed (may be none)
     * @param deployOptions  options of {@code asadmin deploy} besides the name
     */
    public void start(int searchNodes, String searchHeap, int instances, String payaraHeap, IntFunction<List<String>> extraSettings,
            Map<String, String> extraEnvironment, String... deployOptions) throws Exception {
        long began = System.nanoTime();
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        cluster = ElasticsearchCluster.of(searchNodes, parts.work().resolve("elasticsearch"), parts.elasticsearchZip(),
                parts.analysisPlugin(), alias, name + "-", searchHeap);
        CompletableFuture<Void> search = CompletableFuture.runAsync(() -> {
            try {
                cluster.start();
            } catch (Exception e) {
                throw new IllegalStateException("Elasticsearch did not start", e);
            }
        });
        openId = new OpenIdProvider(freePort());
        Path payara = unpackedPayara();
        search.get();
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "HUB_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "HUB_DB_URL", database.urlOf(schema),
                "HUB_DB_USER", database.user(),
                "HUB_DB_PASSWORD", database.password(),
                "HUB_ELASTICSEARCH_HOSTS", cluster.hosts(),
                "HUB_ELASTICSEARCH_INDEX", alias,
                "HUB_OIDC_PROVIDER_URI", openId.issuer(),
                "HUB_OIDC_CLIENT_ID", OpenIdProvider.CLIENT_ID,
                "HUB_OIDC_CLIENT_SECRET", OpenIdProvider.CLIENT_SECRET));
        environment.putAll(extraEnvironment);
        for (int i = 0; i < instances; i++) {
            Path settings = parts.work().resolve("pre-boot-commands-" + (i + 1) + ".asadmin");
            Files.writeString(settings, Files.readString(parts.payaraSettings()));
            PayaraDomain domain = PayaraDomain.create(payara, instances == 1 ? name : name + "-" + (i + 1), environment, settings);
            if (payaraHeap != null) {
                domain.heap(payaraHeap);
            }
            domain.start();
            List<String> extra = extraSettings.apply(i);
            if (!extra.isEmpty()) {
                // The data grid's member port and interface are read at boot only.
                domain.configure(extra);
                domain.stop();
                domain.start();
            }
            domain.deploy(parts.ear(), deployOptions);
            domain.awaitHub();
            domains.add(domain);
        }
        System.out.printf("[stack %s] PostgreSQL schema %s, %d search node(s), %d Payara domain(s) up in %d s%n", name, schema,
                searchNodes, instances, (System.nanoTime() - began) / 1_000_000_000);
    }

    public PayaraDomain domain(int i) {
        return domains.get(i);
    }

    public List<PayaraDomain> domains() {
        return List.copyOf(domains);
    }

    public ElasticsearchCluster cluster() {
        return cluster;
    }

    public OpenIdProvider openId() {
        return openId;
    }

    public String alias() {
        return alias;
    }

    public Database database() {
        return database;
    }

    public String schema() {
        return schema;
    }

    /** A token for a platform admin, who may act for every organisation: the loader of generated data. */
    public String adminToken(Duration lifetime) throws Exception {
        return openId.logIn("bulk-loader-" + name, Map.of("name", "Bulk Loader", "email", "loader@example.se",
                "organisations", List.of(), "groups", List.of("admin")), lifetime);
    }

    /** Payara unpacked once into the working directory (with unzip, which keeps the scripts executable). */
    private Path unpackedPayara() throws Exception {
        Path home = parts.work().resolve("payara6");
        Path marker = home.resolve(".unpacked");
        if (!Files.exists(marker)) {
            Files.createDirectories(parts.work());
            Process unzip = new ProcessBuilder("unzip", "-q", "-o", parts.payaraZip().toString(), "-d", parts.work().toString())
                    .inheritIO().start();
            if (unzip.waitFor() != 0) {
                throw new IllegalStateException("Could not unpack " + parts.payaraZip());
            }
            Files.writeString(marker, parts.payaraZip().toString());
        }
        return home;
    }

    @Override
    public void close() {
        for (PayaraDomain domain : domains) {
            try {
                domain.stop();
            } catch (Exception e) {
                System.err.println("[stack] could not stop " + domain.name() + ": " + e);
            }
        }
        if (cluster != null) {
            cluster.stop();
        }
        if (openId != null) {
            openId.close();
        }
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (Exception e) {
            System.err.println("[stack] could not drop schema " + schema + ": " + e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.benchmark.stack.ElasticsearchCluster;
import se.hjulet.benchmark.stack.PayaraDomain;

/**
 * The fault suite: the hub on PostgreSQL and a three-node Elasticsearch cluster, in a Payara domain of
 * its own, under load and through crashes: thousands of publishes, a search node killed, Payara killed
 * with SIGKILL while changes wait, PostgreSQL restarted while writes run. Nothing published may be
 * lost, no request may fail with a 5xx other than a clear 503 while the database is away.
 * <p>
 * Sizes: {@code hjulet.faults.items} items per load phase (5,000 in the test command).
 */
@ExtendWith(OpenIdProvider.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final String UDDEVALLA = "1485";
    private static final String STOCKHOLM = "0180";
    private static final int ITEMS = Integer.getInteger("hjulet.faults.items", 5000);

    private static ElasticsearchCluster cluster;
    private static PayaraDomain payara;
    private static HubClient loader;
    private static HubClient anonymous;

    @BeforeAll
    static void startTheHubOnPostgresqlAndAThreeNodeCluster() throws Exception {
        String url = required("HJULET_TEST_POSTGRES_URL");
        String user = required("HJULET_TEST_POSTGRES_USER");
        String password = required("HJULET_TEST_POSTGRES_PASSWORD");
        String schema = "faults_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        try (var connection = DriverManager.getConnection(url, user, password); var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }

        cluster = ElasticsearchCluster.ofThree(Path.of("target/faults-elasticsearch"));
        cluster.start();
        payara = PayaraDomain.create(Path.of("target/payara6"), "faults", Map.of(
                "HUB_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "HUB_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "HUB_DB_USER", user,
                "HUB_DB_PASSWORD", password,
                "HUB_ELASTICSEARCH_HOSTS", cluster.hosts(),
                "HUB_ELASTICSEARCH_INDEX", "hjulet-faults",
                "HUB_OIDC_PROVIDER_URI", "http://127.0.0.1:" + Integer.getInteger("hjulet.test.oidc.port") + "/hjulet",
                "HUB_OIDC_CLIENT_ID", "hjulet",
                "HUB_OIDC_CLIENT_SECRET", "test-secret",
                "HUB_OUTBOX_INTERVAL_MS", "200"));
        payara.start();
        payara.deploy(Path.of(System.getProperty("hjulet.ear")));
        payara.awaitHub();
        loader = new HubClient(payara.base(), OpenIdProvider.logIn("faults-loader", "Lotta Last", List.of(UDDEVALLA), List.of()));
        anonymous = HubClient.anonymous(payara.base());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (payara != null) {
            payara.stop();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    @Order(1)
    void itemsPublishedByOneClientThenByFourAreAllSearchableWithinTenSeconds() throws Exception {
        for (int clients : new int[] {1, 4}) {
            String word = LearningExamplesIT.uniqueWord();
            Load load = load(clients, ITEMS, word);
            assertTrue(load.failures().isEmpty(), clients + " clients: " + load.failures().size() + " failures, e.g. "
                    + load.failures().stream().limit(5).toList());
            long lastPublish = System.nanoTime();
            ConcurrencyIT.awaitTotal(anonymous, word, ITEMS, 10_000);
            System.out.printf("Fault suite: %d items created and published by %d client(s) of one person in %.1f s (%.0f items/s);"
                            + " all searchable %d ms after the last publish%n", ITEMS, clients, load.seconds(), ITEMS / load.seconds(),
                    (System.nanoTime() - lastPublish) / 1_000_000);
        }
    }

    @Test
    @Order(2)
    void searchesKeepAnsweringAndNoPublishIsLostWhenASearchNodeIsKilled() throws Exception {
        String known = LearningExamplesIT.uniqueWord();
        load(1, 20, known);
        ConcurrencyIT.awaitTotal(anonymous, known, 20, 10_000);
        JsonNode shards = shardsOfTheIndex();
        assertEquals(2, shards.size(), "one primary and one replica: " + shards);

        String word = LearningExamplesIT.uniqueWord();
        AtomicBoolean running = new AtomicBoolean(true);
        var searchStatuses = new ConcurrentLinkedQueue<String>();
        var publishFailures = new ConcurrentLinkedQueue<String>();
        var published = new ConcurrentLinkedQueue<Long>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    var answer = anonymous.search(known);
                    searchStatuses.add(answer.status() == 200 && answer.body().get("total").asLong() == 20 ? "ok"
                            : answer.status() + " " + answer.raw());
                }
                return null;
            }));
        }
        workers.add(pool.submit(() -> {
            for (int n = 0; running.get(); n++) {
                publishOne(word, n, published, publishFailures);
            }
            return null;
        }));
        Thread.sleep(5_000);
        // The node that holds the primary: its replica must take over.
        int victim = nodeHoldingThePrimary(shards);
        cluster.node(victim).kill();
        long killedAt = System.nanoTime();
        Thread.sleep(15_000);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Map<String, Long> searches = searchStatuses.stream().collect(Collectors.groupingBy(s -> s.length() > 60 ? s.substring(0, 60) : s,
                TreeMap::new, Collectors.counting()));
        assertEquals(List.of("ok"), List.copyOf(searches.keySet()), "every search answered in full: " + searches);
        assertTrue(publishFailures.isEmpty(), "publishes failed: " + publishFailures);
        long lastPublish = System.nanoTime();
        ConcurrencyIT.awaitTotal(anonymous, word, published.size(), 120_000);
        System.out.printf("Fault suite: search node %d (the primary's) killed while %d searches and %d publishes ran for 15 s;"
                        + " every search answered in full, and all %d published items were searchable %.1f s after the last"
                        + " publish (%.1f s after the kill)%n", victim, searchStatuses.size(), published.size(), published.size(),
                (System.nanoTime() - lastPublish) / 1e9, (System.nanoTime() - killedAt) / 1e9);
        cluster.start(); // the killed node rejoins, for the cases after this one
    }

    @Test
    @Order(3)
    void afterPayaraIsKilledWithFiveHundredChangesWaitingEveryOneIsIndexedOnce() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        cluster.stop();
        var published = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<String>();
        for (int n = 0; n < 500; n++) {
            publishOne(word, n, published, failures);
        }
        assertTrue(failures.isEmpty(), "writes work while search is away: " + failures);
        long waiting = readiness().path("checks").findValues("data").stream()
                .filter(d -> d.has("waiting")).findFirst().map(d -> d.get("waiting").asLong()).orElse(-1L);
        assertTrue(waiting >= 500, "the outbox holds the 500 changes: " + waiting);

        payara.killHard();
        cluster.start();
        long restartedAt = System.nanoTime();
        payara.start();
        payara.awaitHub();
        ConcurrencyIT.awaitTotal(anonymous, word, 500, 120_000);
        double seconds = (System.nanoTime() - restartedAt) / 1e9;
        long inIndex = countInIndex(published);
        assertEquals(500, inIndex, "each item is in the index once");
        System.out.printf("Fault suite: Payara killed with %d changes waiting; after the restart all 500 items were searchable"
                + " within %.1f s of starting Payara again, each once in the index%n", waiting, seconds);
    }

    @Test
    @Order(4)
    void whilePostgresqlRestartsWritesGetAClear503AndWorkAgainAfterwards() throws Exception {
        String cluster = System.getenv("HJULET_TEST_POSTGRES_CLUSTER");
        assumeTrue(cluster != null && !cluster.isBlank(),
                "Restarting PostgreSQL needs HJULET_TEST_POSTGRES_CLUSTER (\"15 main\"), which ./hjulet test sets when it runs the server");
        String word = LearningExamplesIT.uniqueWord();
        // Writes of an organisation of their own, so that what is stored can be listed in full afterwards.
        var writer = new HubClient(payara.base(), OpenIdProvider.logIn("faults-writer", "Vera Skrivare", List.of(STOCKHOLM), List.of()));
        AtomicBoolean running = new AtomicBoolean(true);
        var outcomes = new ConcurrentLinkedQueue<Write>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int thread = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    String title = "Omstart " + thread + "-" + n + " " + word;
                    var answer = writer.post("projects", ProjectsAndNeedsIT.project(STOCKHOLM, title, "Skrivs under omstarten"));
                    outcomes.add(new Write(title, System.nanoTime(), answer.status(), answer.status() == 201 ? answer.body().get("id").asLong() : -1,
                            answer.body() != null && answer.body().has("message") ? answer.message() : answer.raw()));
                    Thread.sleep(50);
                }
                return null;
            }));
        }
        Thread.sleep(3_000);
        pgctl(cluster, "stop");
        long stoppedAt = System.nanoTime();
        Thread.sleep(8_000);
        pgctl(cluster, "start");
        long startedAt = System.nanoTime();
        Thread.sleep(15_000);
        running.set(false);
        for (Future<?> task : writers) {
            task.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Write::status, TreeMap::new, Collectors.counting()));
        assertEquals(Collections.emptySet(), byStatus.keySet().stream().filter(s -> s != 201 && s != 503).collect(Collectors.toSet()),
                "only successes and clear 503s: " + byStatus + " " + outcomes.stream().filter(o -> o.status() != 201 && o.status() != 503).limit(3).toList());
        assertTrue(byStatus.getOrDefault(503, 0L) > 0, "the outage was noticed: " + byStatus);
        outcomes.stream().filter(o -> o.status() == 503).findFirst().ifPresent(o ->
                assertTrue(o.message().contains("database"), "the 503 says why: " + o.message()));
        List<Write> afterRestart = outcomes.stream().filter(o -> o.at() > startedAt).toList();
        Write firstSuccess = afterRestart.stream().filter(o -> o.status() == 201).findFirst().orElseThrow(
                () -> new AssertionError("no write succeeded after PostgreSQL came back: " + byStatus));
        List<Write> lastFive = afterRestart.subList(Math.max(0, afterRestart.size() - 5), afterRestart.size());
        assertTrue(lastFive.stream().allMatch(o -> o.status() == 201), "writes work again without restarting the hub: " + lastFive);

        // Nothing half-stored: a 201 is stored in full, a 503 left nothing behind.
        var stored = writer.get("projects?mine=true").body();
        var storedTitles = new java.util.HashSet<String>();
        stored.forEach(p -> storedTitles.add(p.get("title").asText()));
        for (Write write : outcomes) {
            assertEquals(write.status() == 201, storedTitles.contains(write.title()), "stored exactly when acknowledged: " + write);
        }
        System.out.printf("Fault suite: PostgreSQL stopped for %.1f s while writes ran: %s; the first write succeeded %.1f s after"
                        + " it started again%n", (startedAt - stoppedAt) / 1e9, byStatus, (firstSuccess.at() - startedAt) / 1e9);
    }

    record Write(String title, long at, int status, long id, String message) {
    }

    record Load(double seconds, List<String> failures) {
    }

    /** {@code clients} threads of the same person create and publish {@code items} learning examples and projects between them. */
    private static Load load(int clients, int items, String word) throws Exception {
        var failures = new ConcurrentLinkedQueue<String>();
        var published = new ConcurrentLinkedQueue<Long>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(() -> {
                for (int n = client; n < items; n += clients) {
                    publishOne(word, n, published, failures);
                }
                return null;
            });
        }
        long began = System.nanoTime();
        ConcurrencyIT.inParallel(work);
        return new Load((System.nanoTime() - began) / 1e9, List.copyOf(failures));
    }

    private static void publishOne(String word, int n, ConcurrentLinkedQueue<Long> published, ConcurrentLinkedQueue<String> failures) {
        try {
            boolean project = n % 2 == 0;
            String kind = project ? "projects" : "learning-examples";
            String title = "Initiativ " + n + " " + word;
            var created = loader.post(kind, project ? ProjectsAndNeedsIT.project(UDDEVALLA, title, "Ett av många")
                    : HubClient.loadExample(UDDEVALLA, title));
            if (created.status() != 201) {
                failures.add("create " + created.status() + " " + created.raw());
                return;
            }
            long id = created.body().get("id").asLong();
            var publish = loader.post(kind + "/" + id + "/publish", null);
            if (publish.status() != 200) {
                failures.add("publish " + publish.status() + " " + publish.raw());
                return;
            }
            published.add(id);
        } catch (Exception e) {
            failures.add(e.toString());
        }
    }

    private static JsonNode readiness() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payara.base() + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        return HubClient.JSON.readTree(answer.body());
    }

    private static JsonNode shardsOfTheIndex() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cluster.anyRunningUrl()
                + "/_cat/shards/hjulet-faults?format=json&h=prirep,node,state")).build(), HttpResponse.BodyHandlers.ofString());
        return HubClient.JSON.readTree(answer.body());
    }

    private static int nodeHoldingThePrimary(JsonNode shards) {
        for (JsonNode shard : shards) {
            if ("p".equals(shard.get("prirep").asText())) {
                return Integer.parseInt(shard.get("node").asText().replace("faults-", ""));
            }
        }
        throw new IllegalStateException("no primary shard in " + shards);
    }

    /** How many of these items the index holds, asked of Elasticsearch itself. */
    private static long countInIndex(ConcurrentLinkedQueue<Long> ids) throws Exception {
        String terms = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String query = "{\"query\": {\"bool\": {\"filter\": [{\"terms\": {\"databaseId\": [" + terms + "]}},"
                + " {\"terms\": {\"kind\": [\"project\", \"learning_example\"]}}]}}}";
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cluster.anyRunningUrl() + "/hjulet-faults/_count"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return HubClient.JSON.readTree(answer.body()).get("count").asLong();
    }

    private static void pgctl(String cluster, String action) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster"));
        command.addAll(List.of(cluster.strip().split("\\s+")));
        command.add(action);
        if (action.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The fault suite runs on PostgreSQL: set " + variable + " (./hjulet test does)");
        }
        return value;
    }
}

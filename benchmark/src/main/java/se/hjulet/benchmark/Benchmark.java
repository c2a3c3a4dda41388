package se.hjulet.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import se.hjulet.benchmark.generate.Items;
import se.hjulet.benchmark.load.Http;
import se.hjulet.benchmark.load.Loader;
import se.hjulet.benchmark.measure.CapturingProxy;
import se.hjulet.benchmark.measure.ClosedLoop;
import se.hjulet.benchmark.measure.ExtractionComparison;
import se.hjulet.benchmark.measure.Latencies;
import se.hjulet.benchmark.measure.Memory;
import se.hjulet.benchmark.measure.Report;
import se.hjulet.benchmark.stack.HubStack;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.Search;
import se.hjulet.search.query.SearchRequest;

/**
 * {@code ./hjulet benchmark}: starts the hub on PostgreSQL and Elasticsearch in a Payara domain of its own,
 * loads generated items and documents through the hub's bulk and upload endpoints, and measures every pair
 * side by side in one run: the hub's search, suggestions and rebuild against the same work sent to
 * Elasticsearch straight, the hub's extraction against plain Tika, publish → searchable under steady writes,
 * page render times, and the memory of it all. Prints one table and writes it with a plot.
 */
public final class Benchmark {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final Settings settings;
    private final Http http = new Http();
    private final Report report = new Report();
    private HubStack stack;
    private String hub;
    private String token;

    record Settings(int items, int documents, long seed, Path out, HubStack.Parts parts, Duration perLevel, List<Integer> levels,
                    int probes, String payaraHeap, String searchHeap, int extractionFiles, int loadClients, boolean profile,
                    Set<String> phases, Duration hold) {

        /** The phases a run measures ({@code --phases search,similar}); loading always runs, the rest by default too. */
        static final List<String> ALL_PHASES = List.of("extraction", "search", "suggestions", "similar", "publish", "pages", "rebuild", "memory");

        boolean measures(String phase) {
            return phases.contains(phase);
        }

        static Settings parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Expected --option value, got " + args[i]);
                }
                options.put(args[i].substring(2), args[i + 1]);
            }
            int items = Integer.parseInt(options.getOrDefault("items", "1000"));
            Path root = Path.of(options.getOrDefault("root", "."));
            return new Settings(items,
                    Integer.parseInt(options.getOrDefault("documents", String.valueOf(items / 5))),
                    Long.parseLong(options.getOrDefault("seed", "20261201")),
                    Path.of(options.getOrDefault("out", root.resolve("benchmark/results").toString())),
                    new HubStack.Parts(Path.of(options.getOrDefault("ear", root.resolve("hub-ear/target/hub.ear").toString())),
                            Path.of(options.getOrDefault("servers", root.resolve("benchmark/target/servers").toString())),
                            Path.of(options.getOrDefault("payara-settings", root.resolve("hub-ear/src/main/payara/pre-boot-commands.asadmin").toString())),
                            Path.of(options.getOrDefault("work", root.resolve("benchmark/target/work").toString()))),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", items >= 20_000 ? "60" : "8"))),
                    List.of(options.getOrDefault("clients", "1,20,100").split(",")).stream().map(String::strip).map(Integer::valueOf).toList(),
                    Integer.parseInt(options.getOrDefault("probes", items >= 20_000 ? "40" : "10")),
                    // At 100,000 items and 20,000 documents Payara held 149 MB after a full collection and
                    // Elasticsearch 57 MB in its old generation; with 512 MB each that size ran with every goal met.
                    options.getOrDefault("payara-heap", items >= 20_000 ? "-Xmx512m" : null),
                    options.getOrDefault("search-heap", items >= 20_000 ? "-Xms512m -Xmx512m" : "-Xms384m -Xmx384m"),
                    // 300 files were about 2 s a round, too short to tell 10 % from noise; 900 are about 6 s.
                    Integer.parseInt(options.getOrDefault("extraction-files", items >= 20_000 ? "900" : "40")),
                    Integer.parseInt(options.getOrDefault("load-clients", "2")),
                    Boolean.parseBoolean(options.getOrDefault("profile", "false")),
                    phases(options.getOrDefault("phases", String.join(",", ALL_PHASES))),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("hold", "0"))));
        }

        private static Set<String> phases(String list) {
            Set<String> phases = new LinkedHashSet<>(List.of(list.split(",")).stream().map(String::strip).toList());
            for (String phase : phases) {
                if (!ALL_PHASES.contains(phase)) {
                    throw new IllegalArgumentException("Unknown phase '" + phase + "'; the phases are " + ALL_PHASES);
                }
            }
            return phases;
        }
    }

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        int exit = new Benchmark(settings).run();
        System.exit(exit);
    }

    private int run() throws Exception {
        System.out.printf("Hjulet benchmark: %,d items and %,d documents (seed %d)%n", settings.items(), settings.documents(), settings.seed());
        stack = new HubStack(settings.parts(), HubStack.Database.fromEnvironment(), "bench");
        try {
            stack.start(1, settings.searchHeap(), 1, settings.payaraHeap(), i -> List.of(), Map.of());
            hub = stack.domain(0).base().toString().replaceAll("/+$", "");
            token = stack.adminToken(TOKEN_LIFETIME);
            Items items = profiled("load", this::load);
            waitForMerges();
            if (settings.measures("extraction")) {
                extraction(items);
            }
            phase("search", this::search);
            phase("suggestions", this::suggestions);
            phase("similar", this::similarAndPartners);
            phase("publish", this::publishToSearchable);
            phase("pages", this::pages);
            phase("rebuild", this::rebuild);
            if (settings.measures("memory")) {
                memory();
            }
            holdForDiagnosis();
        } finally {
            String name = settings.items() + "-items";
            System.out.println();
            System.out.println(report.table());
            report.write(settings.out(), name, String.format(Locale.ROOT, "Hjulet at %,d items and %,d documents", settings.items(),
                    settings.documents()));
            System.out.println("Written: " + settings.out().resolve(name + ".md") + " and " + name + ".svg");
            stack.close();
        }
        return 0; // goals missed are figures to read, not failures; a broken run ends with an exception
    }

    /**
     * With {@code --hold S}: the loaded stack stays up S seconds after the measuring, to look into it by hand (slow
     * log, term vectors, heap histograms) at the size just loaded, which takes long to load again.
     */
    private void holdForDiagnosis() throws Exception {
        if (settings.hold().isZero()) {
            return;
        }
        System.out.println(report.table());
        System.out.printf("Holding the stack for %d s: hub %s, Elasticsearch %s, Payara pid %d%n", settings.hold().toSeconds(), hub,
                stack.cluster().anyRunningUrl(), stack.domain(0).pid());
        Thread.sleep(settings.hold().toMillis());
    }

    /** A measuring step of the benchmark. */
    private interface Step {
        void run() throws Exception;
    }

    /** Runs a phase if the settings ask for it, recorded under its own name when profiling. */
    private void phase(String name, Step step) throws Exception {
        if (settings.measures(name)) {
            profiled(name, () -> {
                step.run();
                return null;
            });
        }
    }

    /**
     * With {@code --profile true}: a JFR recording of Payara (profile settings: method samples every 10 ms,
     * allocation, locks) for the phase, written next to the report as {@code <phase>.jfr}.
     */
    private <T> T profiled(String phase, java.util.concurrent.Callable<T> work) throws Exception {
        if (!settings.profile()) {
            return work.call();
        }
        long pid = stack.domain(0).pid();
        Path file = settings.out().resolve(settings.items() + "-items-" + phase + ".jfr").toAbsolutePath();
        Files.createDirectories(settings.out());
        jcmd(pid, "JFR.start", "name=" + phase, "settings=profile");
        try {
            return work.call();
        } finally {
            jcmd(pid, "JFR.stop", "name=" + phase, "filename=" + file);
            System.out.println("  profile of " + phase + ": " + file);
        }
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    // --- loading ---------------------------------------------------------------------------------------

    private Items load() throws Exception {
        Loader loader = new Loader(http, hub, token, System.out);
        List<Items.Municipality> municipalities = loader.municipalities();
        Items items = new Items(settings.seed(), settings.items(), settings.documents(), municipalities);
        System.out.printf("Loading through POST /api/v1/initiatives/bulk and the upload endpoint (%d municipalities own the items)%n",
                municipalities.size());
        long began = System.nanoTime();
        Loader.Result loaded = loader.loadItems(items, 200, settings.loadClients());
        Loader.Result documents = loader.loadDocuments(items, loaded.ids(), settings.documents(), settings.loadClients());
        long lastWrite = System.nanoTime();
        double caughtUp = awaitIndexed(Duration.ofHours(3));
        report.add(new Report.Row("load: items through the bulk endpoint", rate(loaded.itemsPerSecond(), "items/s"), "–", "–", "–", "–"));
        report.add(new Report.Row("load: documents through the upload endpoint", rate(documents.documentsPerSecond(), "documents/s"),
                "–", "–", "–", "–"));
        report.add(new Report.Row("load: search caught up after the last write (text read, indexed)", seconds(caughtUp), "–", "–", "–", "–"));
        report.note(String.format(Locale.ROOT, "Loaded %,d items and %,d documents in %.0f s; the index held everything %.0f s after the last write.",
                settings.items(), documents.documents(), (lastWrite - began) / 1e9, caughtUp));
        return items;
    }

    /** Waits until the outbox is empty (every document read, every item indexed); seconds waited. */
    private double awaitIndexed(Duration timeout) throws Exception {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            Http.Answer ready = http.get(hub + "/health/ready");
            long waiting = ready.status() < 0 ? -1 : ready.json().path("checks").findValues("data").stream()
                    .filter(d -> d.has("waiting")).findFirst().map(d -> d.get("waiting").asLong()).orElse(-1L);
            if (waiting == 0) {
                System.out.println();
                return (System.nanoTime() - began) / 1e9;
            }
            if (waiting != last) {
                System.out.printf("\r  waiting for the search index: %,d changes to go   ", waiting);
                last = waiting;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The search index did not catch up within " + timeout);
    }

    // --- extraction ------------------------------------------------------------------------------------

    /**
     * Until Elasticsearch has merged what the load wrote (no merge running for three seconds in a row, at most five
     * minutes): a merge running on one side of a pair and not the other would be measured as that side's cost.
     */
    private void waitForMerges() throws InterruptedException {
        String es = stack.cluster().anyRunningUrl();
        long began = System.nanoTime();
        long deadline = began + Duration.ofMinutes(5).toNanos();
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() < deadline) {
            JsonNode nodes = http.get(es + "/_nodes/stats/indices/merge").requireStatus(200, "Merge statistics").json().get("nodes");
            long running = 0;
            for (JsonNode node : nodes) {
                running += node.path("indices").path("merges").path("current").asLong();
            }
            quiet = running == 0 ? quiet + 1 : 0;
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ROOT, "Elasticsearch's merges settled in %.0f s%n", (System.nanoTime() - began) / 1e9);
    }

    private void extraction(Items items) {
        ExtractionComparison.Result result = ExtractionComparison.run(ExtractionComparison.files(settings.seed(), settings.extractionFiles()));
        double ratio = result.pipelineFilesPerSecond() / result.tikaFilesPerSecond();
        report.add(new Report.Row(String.format(Locale.ROOT, "extraction: %d files (%.1f MB), files/s", result.files(), result.megabytes()),
                rate(result.pipelineFilesPerSecond(), "files/s"), rate(result.tikaFilesPerSecond(), "files/s (plain Tika)"),
                ratio(ratio), "≥ 0.90", met(ratio >= 0.9)));
    }

    // --- search ----------------------------------------------------------------------------------------

    /** A line of the query log: the hub's URL, and the requests its search sends Elasticsearch for it. */
    private record Query(String hubUrl, List<CapturingProxy.Captured> raw) {
    }

    private static final int WARM_UP_CLIENTS = 20;

    private void search() throws Exception {
        List<String> log = lines("query-log.txt");
        List<Query> queries = new ArrayList<>();
        String es = stack.cluster().anyRunningUrl();
        try (CapturingProxy proxy = new CapturingProxy(es); ElasticsearchConnection connection = new ElasticsearchConnection(proxy.url())) {
            Search search = new Search(connection, stack.alias());
            for (String line : log) {
                search.search(requestOf(line));
                queries.add(new Query(hub + "/api/v1/search?" + line, proxy.take()));
            }
        }
        queries.forEach(q -> http.get(q.hubUrl()).requireStatus(200, "Search " + q.hubUrl()));
        IntFunction<Http.Answer> straight = i -> raw(es, queries.get(i % queries.size()).raw());
        IntFunction<Http.Answer> throughHub = i -> http.get(queries.get(i % queries.size()).hubUrl());
        // Both sides warmed up with 20 clients for half a level each: a recording of the 20,000-item run showed Payara's JIT
        // compiler using as much CPU as its request threads through the first minutes of searching (27 s of compiling
        // in 104 s), a cost of the first minutes after a start that a server running for days does not pay.
        Duration warmUp = settings.perLevel().dividedBy(2);
        ClosedLoop.run(WARM_UP_CLIENTS, warmUp, straight);
        ClosedLoop.run(WARM_UP_CLIENTS, warmUp, throughHub);
        for (int clients : settings.levels()) {
            Duration half = settings.perLevel().dividedBy(2);
            // Raw, hub, hub, raw: a drift of the machine during the level (a merge ending, caches warming) falls on both
            // sides alike instead of on the side measured first.
            Latencies raw = ClosedLoop.run(clients, half, straight);
            Latencies hubbed = ClosedLoop.run(clients, half, throughHub).plus(ClosedLoop.run(clients, half, throughHub));
            raw = raw.plus(ClosedLoop.run(clients, half, straight));
            report.add(new Report.Level(clients, hubbed, raw));
            double ratio = hubbed.p95() / raw.p95();
            report.add(new Report.Row("search, " + clients + (clients == 1 ? " client" : " clients"), hubbed.summary(),
                    raw.summary() + " (Elasticsearch)", ratio(ratio) + " p95, " + ratio(hubbed.throughput() / raw.throughput()) + " throughput",
                    clients == 20 ? "p95 ≤ 1.3×" : "–", clients == 20 ? met(ratio <= 1.3) : "–"));
            System.out.printf("  search at %d clients: hub %s | Elasticsearch %s%n", clients, hubbed.summary(), raw.summary());
        }
    }

    /** The same requests the hub's search sent, straight to Elasticsearch, one after another as the hub does. */
    private Http.Answer raw(String es, List<CapturingProxy.Captured> requests) {
        long began = System.nanoTime();
        Http.Answer last = null;
        for (CapturingProxy.Captured request : requests) {
            last = http.send(HttpRequest.newBuilder(URI.create(es + request.pathAndQuery())).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(request.body())).build());
            if (last.status() != 200) {
                return last;
            }
        }
        return last == null ? new Http.Answer(-1, "no request", 0) : new Http.Answer(200, last.body(), System.nanoTime() - began);
    }

    /** As the hub's search resource reads the query string. */
    private static SearchRequest requestOf(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            filters.put(facet, parameters.getOrDefault(facet.parameter(), List.of()));
        }
        String q = parameters.getOrDefault("q", List.of("")).get(0);
        String sort = parameters.getOrDefault("sort", List.of("")).get(0);
        return new SearchRequest(q, filters, SearchRequest.Sort.of(sort), 0, 10);
    }

    private void suggestions() throws Exception {
        List<String> prefixes = lines("prefixes.txt");
        String es = stack.cluster().anyRunningUrl();
        List<Query> queries = new ArrayList<>();
        try (CapturingProxy proxy = new CapturingProxy(es); ElasticsearchConnection connection = new ElasticsearchConnection(proxy.url())) {
            Search search = new Search(connection, stack.alias());
            for (String prefix : prefixes) {
                search.suggest(prefix, 6);
                queries.add(new Query(hub + "/api/v1/search/suggestions?q=" + Http.encode(prefix), proxy.take()));
            }
        }
        queries.forEach(q -> http.get(q.hubUrl()));
        Duration duration = settings.perLevel().dividedBy(2);
        Latencies raw = ClosedLoop.run(1, duration, i -> raw(es, queries.get(i % queries.size()).raw()));
        Latencies hubbed = ClosedLoop.run(1, duration, i -> http.get(queries.get(i % queries.size()).hubUrl()));
        double ratio = hubbed.p95() / raw.p95();
        report.add(new Report.Row("autocomplete (search box), 1 client", hubbed.summary(), raw.summary() + " (Elasticsearch)",
                ratio(ratio) + " p95", "p95 ≤ 50 ms", met(hubbed.p95() <= 50)));
    }

    /** The matching work's endpoints, where this build has them. */
    private void similarAndPartners() throws Exception {
        List<Long> items = publishedIds("project", 50);
        items.addAll(publishedIds("learning_example", 50));
        List<Long> needs = publishedIds("procurement_need", 50);
        measureIfPresent("similar items", items, id -> hub + "/api/v1/initiatives/" + id + "/similar", "p95 ≤ 100 ms", 100);
        measureIfPresent("partners of a procurement need", needs, id -> hub + "/api/v1/procurement-needs/" + id + "/partners", "–", -1);
    }

    private void measureIfPresent(String what, List<Long> ids, java.util.function.LongFunction<String> url, String goal, double goalMillis)
            throws Exception {
        if (ids.isEmpty()) {
            report.add(new Report.Row(what, "no items to ask about", "–", "–", goal, "–"));
            return;
        }
        Http.Answer first = http.get(url.apply(ids.get(0)));
        if (first.status() == 404 || first.status() == 405) {
            report.add(new Report.Row(what, "endpoint not in this build (" + first.status() + ")", "–", "–", goal, "–"));
            return;
        }
        ids.forEach(id -> http.get(url.apply(id)));
        Latencies measured = ClosedLoop.run(1, settings.perLevel().dividedBy(2), i -> http.get(url.apply(ids.get(i % ids.size()))));
        report.add(new Report.Row(what + ", 1 client", measured.summary(), "–", "–", goal,
                goalMillis > 0 ? met(measured.p95() <= goalMillis) : "–"));
    }

    private List<Long> publishedIds(String kind, int count) {
        JsonNode hits = http.get(hub + "/api/v1/search?kind=" + kind + "&size=" + count).requireStatus(200, "Listing " + kind).json().get("hits");
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.get("databaseId").asLong()));
        return ids;
    }

    // --- publish → searchable ---------------------------------------------------------------------------

    /**
     * A steady write load (two writers, each creating and publishing an item every half second) while a
     * prober publishes items with a word of their own and asks search for it until the very item is found.
     */
    private void publishToSearchable() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int n = 0; writing.get(); n++) {
                    long began = System.nanoTime();
                    try {
                        createAndPublish("Skrivlast " + writer + "-" + n + " om samverkan", "1480");
                    } catch (RuntimeException e) {
                        failures.add(e.getMessage());
                    }
                    sleepRest(began, 500);
                }
            });
            thread.start();
            writers.add(thread);
        }
        long[] latencies = new long[settings.probes()];
        try {
            Thread.sleep(2000);
            for (int p = 0; p < settings.probes(); p++) {
                String word = probeWord(p);
                long id = createAndPublish("Mätpunkt " + word, "0180");
                long published = System.nanoTime();
                latencies[p] = awaitFound(word, id, published);
                Thread.sleep(300);
            }
        } finally {
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
        }
        Latencies measured = Latencies.of(latencies, 0, failures.size());
        if (!failures.isEmpty()) {
            report.note("Writes refused during publish → searchable: " + failures.size() + ", e.g. " + failures.peek());
        }
        report.add(new Report.Row("publish → searchable under 4 writes/s (" + settings.probes() + " probes)",
                String.format(Locale.ROOT, "p50 %.2f s / p95 %.2f s", measured.p50() / 1000, measured.p95() / 1000), "–", "–",
                "p95 ≤ 2 s", met(measured.p95() <= 2000)));
    }

    private long createAndPublish(String title, String owner) {
        String body = Http.JSON.createObjectNode().put("title", title).put("lead", "Ett initiativ som skrivs under mätningen.")
                .put("ownerOrganisation", owner).toString();
        long id = http.postJson(hub + "/api/v1/learning-examples", token, body).requireStatus(201, "Creating " + title).json().get("id").asLong();
        http.postJson(hub + "/api/v1/learning-examples/" + id + "/publish", token, "").requireStatus(200, "Publishing " + title);
        return id;
    }

    private long awaitFound(String word, long id, long published) throws InterruptedException {
        long deadline = published + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer answer = http.get(hub + "/api/v1/search?q=" + word);
            if (answer.status() == 200) {
                for (JsonNode hit : answer.json().get("hits")) {
                    if (hit.get("databaseId").asLong() == id) {
                        return System.nanoTime() - published;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Item " + id + " was not searchable within 60 s of publishing");
    }

    /** A made-up word no generated text has: consonant-vowel pairs from the probe's number. */
    private static String probeWord(int n) {
        String consonants = "bdfgklmnprstv";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder("zq");
        int value = n + 1000;
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(value % consonants.length())).append(vowels.charAt((value / 13) % vowels.length()));
            value /= 7;
        }
        return word.append("x").toString();
    }

    // --- pages -----------------------------------------------------------------------------------------

    private void pages() throws Exception {
        List<String> log = lines("query-log.txt");
        List<String> results = log.stream().filter(l -> !l.contains("&")).map(l -> hub + "/sok.xhtml?" + l).toList();
        List<String> itemPages = new ArrayList<>();
        for (String kind : List.of("learning_example", "project", "procurement_need")) {
            http.get(hub + "/api/v1/search?kind=" + kind + "&size=20").json().get("hits").forEach(h -> itemPages.add(hub + h.get("url").asText()));
        }
        results.forEach(http::getPage);
        itemPages.forEach(http::getPage);
        Duration duration = settings.perLevel().dividedBy(2);
        Latencies resultPage = ClosedLoop.run(1, duration, i -> http.getPage(results.get(i % results.size())));
        Latencies itemPage = ClosedLoop.run(1, duration, i -> http.getPage(itemPages.get(i % itemPages.size())));
        report.add(new Report.Row("page: search results (sok.xhtml), 1 client", resultPage.summary(), "–", "–", "–", "–"));
        report.add(new Report.Row("page: an item, 1 client", itemPage.summary(), "–", "–", "–", "–"));
    }

    // --- rebuild ---------------------------------------------------------------------------------------

    /**
     * The hub's full rebuild from the database ({@code POST /api/v1/admin/search-index/rebuild}: read in pages,
     * fill a new index, move the alias) against a raw {@code _bulk} of the same entries (exported from the index
     * beforehand, not timed) into an index with the same settings and mappings.
     */
    private void rebuild() throws Exception {
        String es = stack.cluster().anyRunningUrl();
        List<byte[]> bodies = exportAsBulkBodies(es);
        String rawAlias = stack.alias() + "-raw";
        long documents;
        double rawSeconds;
        try (ElasticsearchConnection connection = new ElasticsearchConnection(es)) {
            SearchIndex raw = new SearchIndex(connection, rawAlias);
            raw.ensureExists();
            long began = System.nanoTime();
            for (byte[] bulk : bodies) {
                JsonNode answer = http.send(HttpRequest.newBuilder(URI.create(es + "/" + rawAlias + "/_bulk")).timeout(Duration.ofMinutes(5))
                        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(bulk)).build())
                        .requireStatus(200, "Raw bulk").json();
                if (answer.path("errors").asBoolean()) {
                    throw new IllegalStateException("Raw bulk refused documents: " + answer.toString().substring(0, 500));
                }
            }
            raw.refresh();
            rawSeconds = (System.nanoTime() - began) / 1e9;
            documents = http.get(es + "/" + rawAlias + "/_count").json().get("count").asLong();
            for (String index : raw.concreteIndices()) {
                http.send(HttpRequest.newBuilder(URI.create(es + "/" + index)).DELETE().build());
            }
        }
        bodies.clear();

        long began = System.nanoTime();
        String rebuildUrl = hub + "/api/v1/admin/search-index/rebuild";
        http.postJson(rebuildUrl, token, "").requireStatus(202, "Starting the rebuild");
        JsonNode progress;
        do {
            Thread.sleep(200);
            progress = http.send(HttpRequest.newBuilder(URI.create(rebuildUrl)).header("Authorization", "Bearer " + token).GET().build())
                    .requireStatus(200, "Rebuild progress").json();
        } while ("running".equals(progress.get("state").asText()));
        double hubSeconds = (System.nanoTime() - began) / 1e9;
        if (!"done".equals(progress.get("state").asText())) {
            throw new IllegalStateException("The rebuild ended " + progress);
        }
        long rebuilt = progress.get("indexed").asLong();
        double ratio = (rebuilt / hubSeconds) / (documents / rawSeconds);
        report.add(new Report.Row(String.format(Locale.ROOT, "full rebuild from the database (%,d entries)", rebuilt),
                String.format(Locale.ROOT, "%.1f s, %.0f entries/s", hubSeconds, rebuilt / hubSeconds),
                String.format(Locale.ROOT, "%.1f s, %.0f entries/s (raw _bulk of %,d)", rawSeconds, documents / rawSeconds, documents),
                ratio(ratio) + " throughput", "≥ 0.70", met(ratio >= 0.7)));
    }

    /** Every entry of the hub's index as {@code _bulk} bodies of 500, read with a scroll. */
    private List<byte[]> exportAsBulkBodies(String es) {
        List<byte[]> bodies = new ArrayList<>();
        JsonNode page = http.send(HttpRequest.newBuilder(URI.create(es + "/" + stack.alias() + "/_search?scroll=2m"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"size\": " + SearchIndex.BATCH_SIZE + ", \"sort\": [\"_doc\"]}")).build()).requireStatus(200, "Export").json();
        while (page.path("hits").path("hits").size() > 0) {
            StringBuilder body = new StringBuilder();
            for (JsonNode hit : page.get("hits").get("hits")) {
                body.append("{\"index\":{\"_id\":").append(hit.get("_id").toString()).append("}}\n").append(hit.get("_source").toString()).append('\n');
            }
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
            String scroll = page.get("_scroll_id").asText();
            page = http.send(HttpRequest.newBuilder(URI.create(es + "/_search/scroll")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scroll\": \"2m\", \"scroll_id\": \"" + scroll + "\"}")).build())
                    .requireStatus(200, "Export").json();
        }
        return bodies;
    }

    // --- memory ----------------------------------------------------------------------------------------

    private void memory() throws Exception {
        Memory.Process payara = Memory.ofJava(stack.domain(0).pid());
        String es = stack.cluster().anyRunningUrl();
        JsonNode nodes = http.get(es + "/_nodes/stats/jvm?filter_path=nodes.*.jvm.mem").json().get("nodes");
        JsonNode node = nodes.elements().next();
        long esPid = Memory.pidOfElasticsearch(es, http);
        long esRss = Memory.residentBytes(esPid);
        long esHeapUsed = node.path("jvm").path("mem").path("heap_used_in_bytes").asLong();
        long esHeapMax = node.path("jvm").path("mem").path("heap_max_in_bytes").asLong();
        long postgres = Memory.postgresProportionalBytes();
        long total = payara.residentBytes() + esRss + postgres;
        report.add(new Report.Row("memory: Payara", Memory.heapAndRss(payara.heapUsedBytes(), payara.heapCommittedBytes(), payara.residentBytes()),
                "–", "–", "–", "–"));
        report.add(new Report.Row("memory: Elasticsearch", Memory.heapAndRss(esHeapUsed, esHeapMax, esRss)
                + ", of which index files mapped " + Memory.megabytes(Memory.residentFileBytes(esPid)), "–", "–", "–", "–"));
        report.add(new Report.Row("memory: PostgreSQL (proportional set of all its processes)", Memory.megabytes(postgres), "–", "–", "–", "–"));
        report.add(new Report.Row("memory: the whole stack, resident", Memory.megabytes(total), "–", "–", "≤ 3 GB", met(total <= 3L << 30)));
        report.add(new Report.Row("memory: Payara's heap after a full collection (what it needs)",
                Memory.megabytes(Memory.liveHeapBytes(payara.pid())), "–", "–", "–", "–"));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static List<String> lines(String resource) throws Exception {
        try (var in = Benchmark.class.getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        }
    }

    private static void sleepRest(long began, long millis) {
        long rest = millis - (System.nanoTime() - began) / 1_000_000;
        if (rest > 0) {
            try {
                Thread.sleep(rest);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String rate(double value, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", value, unit);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String met(boolean met) {
        return met ? "yes" : "no";
    }
}

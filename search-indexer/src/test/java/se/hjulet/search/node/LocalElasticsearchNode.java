package se.hjulet.search.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import se.hjulet.search.index.LanguageData;

/**
 * One single-node Elasticsearch on 127.0.0.1 for development and tests, run from the distribution zip
 * (the integ-test zip has no bundled JDK: it runs on the JVM that runs this class). A development tool:
 * it lives in the test-jar, not in the runtime jar that goes into the EAR.
 * <p>
 * The node is a daemon that outlives this JVM: {@link #stop()} (or {@code main stop}) ends it by the pid
 * in its pid file. As root it runs as {@code nobody}, since Elasticsearch refuses to run as root.
 * <p>
 * Command line (the JDK and search-indexer's classes and test classes are all it needs on the class path):
 * <pre>
 * java -cp search-indexer/target/test-classes:search-indexer/target/classes se.hjulet.search.node.LocalElasticsearchNode start \
 *      --home target/dev-elasticsearch --zip elasticsearch-8.19.0.zip --plugin analysis-hjulet.zip \
 *      --http-port 9250 --transport-port 9350
 * java -cp search-indexer/target/test-classes:search-indexer/target/classes se.hjulet.search.node.LocalElasticsearchNode stop --home target/dev-elasticsearch
 * </pre>
 */
public final class LocalElasticsearchNode {

    public static final String DEFAULT_HEAP_OPTIONS = "-Xms256m -Xmx256m";

    private static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final String UNPACKED_MARKER = ".hjulet-unpacked-from";
    private static final String RUN_AS_USER = "nobody";

    private final Path home;
    private final Path distributionZip;
    private final Path pluginZip;
    private final int httpPort;
    private final int transportPort;
    private final String heapOptions;
    /** Null for a single-node cluster of its own (the default); otherwise the cluster this node joins. */
    private final ClusterMembership cluster;

    /**
     * A node of a cluster of several local nodes (for fault tests: a node lost while the hub runs).
     *
     * @param clusterName        the same for every node of the cluster
     * @param nodeName           this node's name, one of {@code initialMasterNodes}
     * @param seedHosts          the transport addresses of all nodes, e.g. {@code 127.0.0.1:9350}
     * @param initialMasterNodes the names of the nodes that elect the first master together
     */
    public record ClusterMembership(String clusterName, String nodeName, List<String> seedHosts,
                                    List<String> initialMasterNodes) {
    }

    /**
     * @param home            node home; the distribution is unpacked here once, config/data/logs live here
     * @param distributionZip the Elasticsearch distribution zip (needed by {@link #start()} only)
     * @param pluginZip       an analysis plugin zip to install, or {@code null} for none
     * @param httpPort        HTTP port on 127.0.0.1
     * @param transportPort   transport port on 127.0.0.1
     * @param heapOptions     JVM heap options, {@code null} for {@value #DEFAULT_HEAP_OPTIONS}
     */
    public LocalElasticsearchNode(Path home, Path distributionZip, Path pluginZip, int httpPort, int transportPort,
            String heapOptions) {
        this(home, distributionZip, pluginZip, httpPort, transportPort, heapOptions, null);
    }

    private LocalElasticsearchNode(Path home, Path distributionZip, Path pluginZip, int httpPort, int transportPort,
            String heapOptions, ClusterMembership cluster) {
        this.cluster = cluster;
        this.home = home.toAbsolutePath().normalize();
        this.distributionZip = distributionZip == null ? null : distributionZip.toAbsolutePath().normalize();
        this.pluginZip = pluginZip == null ? null : pluginZip.toAbsolutePath().normalize();
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.heapOptions = heapOptions == null || heapOptions.isBlank() ? DEFAULT_HEAP_OPTIONS : heapOptions;
    }

    public LocalElasticsearchNode(Path home, Path distributionZip, Path pluginZip, int httpPort, int transportPort) {
        this(home, distributionZip, pluginZip, httpPort, transportPort, null);
    }

    /** This node as a member of a cluster of several nodes instead of a cluster of its own. */
    public LocalElasticsearchNode inCluster(ClusterMembership membership) {
        return new LocalElasticsearchNode(home, distributionZip, pluginZip, httpPort, transportPort, heapOptions, membership);
    }

    /** For {@link #stop()} and {@link #isRunning()} only: a node known by its home. */
    public static LocalElasticsearchNode atHome(Path home) {
        return new LocalElasticsearchNode(home, null, null, 0, 0, null);
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    /** True when the process named in the pid file is alive and is an Elasticsearch JVM. */
    public boolean isRunning() {
        return runningProcess().isPresent();
    }

    /**
     * Unpacks the distribution if needed, installs the plugin, writes the configuration, starts the node
     * and waits until the cluster is at least yellow.
     *
     * @throws IllegalStateException if a node of this home is already running, the port is taken or the
     *                               node does not come up (the message holds the end of its log)
     */
    public void start() {
        if (distributionZip == null || !Files.isRegularFile(distributionZip)) {
            throw new IllegalStateException("Elasticsearch distribution zip not found: " + distributionZip);
        }
        if (isRunning()) {
            throw new IllegalStateException("An Elasticsearch node of " + home + " is already running (pid file "
                    + pidFile() + ")");
        }
        if (answersHttp()) {
            throw new IllegalStateException("Port " + httpPort + " already answers HTTP: another server is running there");
        }
        try {
            unpackDistributionOnce();
            installPlugin();
            writeConfiguration();
            // The word lists the index settings name (decompounding, synonyms, translations), from this class path.
            LanguageData.installInto(home.resolve("config"));
            // Its own temp dir, emptied at each start, instead of a new elasticsearch-* folder in the system temp dir per start.
            deleteRecursively(tmpDir());
            Files.createDirectories(tmpDir());
            Files.deleteIfExists(pidFile());
            boolean asRoot = runningAsRoot();
            if (asRoot) {
                handOverToUnprivilegedUser();
            }
            launch(asRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Elasticsearch in " + home, e);
        }
        if (cluster == null) {
            waitForYellowHealth();
        } else {
            // A cluster has no master until enough of its nodes are up: the caller waits for its health.
            waitUntilAnsweringHttp();
        }
        log("Elasticsearch is up at " + httpUrl() + " (pid " + readPid().orElse(-1L) + ")");
    }

    /** Ends the node at once with SIGKILL, as a crash or an out-of-memory kill would (fault tests). */
    public void kill() {
        runningProcess().ifPresent(process -> {
            log("Killing Elasticsearch (pid " + process.pid() + ") with SIGKILL");
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    /** Ends the node by its pid (SIGTERM, then SIGKILL after a minute) and waits for it to exit. No-op if not running. */
    public void stop() {
        Optional<ProcessHandle> process = runningProcess();
        if (process.isEmpty()) {
            log("No Elasticsearch running for " + home);
            deleteQuietly(pidFile());
            return;
        }
        ProcessHandle node = process.get();
        log("Stopping Elasticsearch (pid " + node.pid() + ")");
        node.destroy();
        try {
            node.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log("Elasticsearch did not stop in " + STOP_TIMEOUT.toSeconds() + " s: killing it");
            node.destroyForcibly();
            node.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping Elasticsearch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for Elasticsearch to stop", e);
        }
        deleteQuietly(pidFile());
        log("Elasticsearch stopped");
    }

    private Path tmpDir() {
        return home.resolve("tmp");
    }

    private Path pidFile() {
        return home.resolve("elasticsearch.pid");
    }

    private Optional<Long> readPid() {
        try {
            String text = Files.readString(pidFile()).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<ProcessHandle> runningProcess() {
        // The command line check guards against a stale pid file whose pid the OS gave to another process.
        return readPid().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine()
                        .map(commandLine -> commandLine.contains("org.elasticsearch"))
                        .orElse(true));
    }

    private void unpackDistributionOnce() throws IOException {
        Path marker = home.resolve(UNPACKED_MARKER);
        String source = distributionZip.getFileName() + " " + Files.size(distributionZip);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(source)
                && Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            return;
        }
        if (Files.exists(home)) {
            log("Removing " + home + ": it holds no unpacked " + distributionZip.getFileName());
            deleteRecursively(home);
        }
        log("Unpacking " + distributionZip.getFileName() + " into " + home);
        unzip(distributionZip, home, true);
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            // java.util.zip does not keep Unix modes: the launch scripts need their execute bit back.
            for (Path script : scripts.toList()) {
                var permissions = Files.getPosixFilePermissions(script);
                permissions.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(script, permissions);
            }
        }
        Files.writeString(marker, source);
    }

    private void installPlugin() throws IOException {
        if (pluginZip == null) {
            return;
        }
        if (!Files.isRegularFile(pluginZip)) {
            throw new IllegalStateException("Analysis plugin zip not found: " + pluginZip);
        }
        String name = pluginName(pluginZip);
        Path target = home.resolve("plugins").resolve(name);
        // Always reinstalled: the plugin is rebuilt with the project, and copying two small files is cheap.
        deleteRecursively(target);
        unzip(pluginZip, target, false);
        log("Installed plugin " + name + " from " + pluginZip.getFileName());
    }

    private static String pluginName(Path pluginZip) throws IOException {
        try (ZipFile zip = new ZipFile(pluginZip.toFile())) {
            ZipEntry descriptor = zip.getEntry("plugin-descriptor.properties");
            if (descriptor == null) {
                throw new IllegalStateException(pluginZip + " has no plugin-descriptor.properties at its root");
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(descriptor)) {
                properties.load(in);
            }
            String name = properties.getProperty("name", "").trim();
            if (name.isEmpty() || name.contains("/") || name.contains("..")) {
                throw new IllegalStateException(pluginZip + " has no usable plugin name: '" + name + "'");
            }
            return name;
        }
    }

    private void writeConfiguration() throws IOException {
        String yaml = String.join("\n",
                "# Written by " + LocalElasticsearchNode.class.getName() + " at every start.",
                "cluster.name: " + (cluster == null ? "hjulet" : cluster.clusterName()),
                "node.name: " + (cluster == null ? "hjulet-local" : cluster.nodeName()),
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                clusterSettings(),
                "path.data: " + home.resolve("data"),
                "path.logs: " + home.resolve("logs"),
                "xpack.security.enabled: false",
                "xpack.ml.enabled: false",
                // A nearly full developer or CI disk must not turn indices read-only in the middle of a test.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("config/elasticsearch.yml"), yaml);
    }

    private String clusterSettings() {
        if (cluster == null) {
            return "discovery.type: single-node";
        }
        return String.join("\n",
                "discovery.seed_hosts: [" + String.join(", ", cluster.seedHosts()) + "]",
                "cluster.initial_master_nodes: [" + String.join(", ", cluster.initialMasterNodes()) + "]");
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private String runAsGroup() throws IOException {
        UserPrincipalLookupService lookup = home.getFileSystem().getUserPrincipalLookupService();
        for (String group : List.of("nogroup", "nobody")) {
            try {
                lookup.lookupPrincipalByGroupName(group);
                return group;
            } catch (IOException e) {
                // try the next spelling: Debian says nogroup, Red Hat says nobody
            }
        }
        throw new IllegalStateException("Neither group 'nogroup' nor 'nobody' exists to run Elasticsearch as");
    }

    /** Gives the home to nobody, after checking that nobody can reach it at all. */
    private void handOverToUnprivilegedUser() throws IOException {
        for (Path dir = home.getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("Running as root, Elasticsearch runs as '" + RUN_AS_USER
                        + "', which cannot enter " + dir + " (no execute permission for others). "
                        + "Choose a home under a world-traversable directory, or run as a normal user.");
            }
        }
        UserPrincipalLookupService lookup = home.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(RUN_AS_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(runAsGroup());
        Files.walkFileTree(home, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                giveAway(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                giveAway(file);
                return FileVisitResult.CONTINUE;
            }

            private void giveAway(Path path) throws IOException {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        });
    }

    private void launch(boolean asRoot) throws IOException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("setpriv", "--reuid=" + RUN_AS_USER, "--regid=" + runAsGroup(), "--clear-groups"));
        }
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString()));
        Path launcherLog = home.resolve("logs/launcher.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                // A file, not a pipe: the daemon keeps the launcher's output open after the launcher exits.
                .redirectOutput(launcherLog.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_JAVA_OPTS", heapOptions);
        environment.put("ES_TMPDIR", tmpDir().toString());
        // glibc gives each thread that allocates its own malloc arena (up to 8 a core): two keep the JVM's native
        // memory, and so its resident size, lower (docs/architecture.md, "Sizing").
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.remove("JAVA_HOME");
        environment.remove("ES_PATH_CONF");
        log("Starting Elasticsearch " + (asRoot ? "as user " + RUN_AS_USER + " " : "") + "on " + httpUrl()
                + " (transport " + transportPort + ", heap " + heapOptions + ")");
        Process launcher = builder.start();
        try {
            if (!launcher.waitFor(LAUNCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                launcher.destroyForcibly();
                throw new IllegalStateException("Elasticsearch did not start within " + LAUNCH_TIMEOUT.toSeconds()
                        + " s" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Elasticsearch", e);
        }
        if (launcher.exitValue() != 0) {
            throw new IllegalStateException("Elasticsearch failed to start (exit " + launcher.exitValue() + ")" + logTail());
        }
    }

    private void waitForYellowHealth() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(httpUrl() + "/_cluster/health?wait_for_status=yellow&timeout=10s"))
                .timeout(Duration.ofSeconds(15))
                .build();
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            if (!isRunning()) {
                throw new IllegalStateException("Elasticsearch exited while starting" + logTail());
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Elasticsearch at " + httpUrl() + " did not become yellow within "
                + HEALTH_TIMEOUT.toSeconds() + " s (last: " + last + ")" + logTail());
    }

    private void waitUntilAnsweringHttp() {
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        while (!answersHttp()) {
            if (!isRunning()) {
                throw new IllegalStateException("Elasticsearch exited while starting" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Elasticsearch at " + httpUrl() + " did not answer within "
                        + HEALTH_TIMEOUT.toSeconds() + " s" + logTail());
            }
            pause(Duration.ofMillis(250));
        }
    }

    private boolean answersHttp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(httpUrl() + "/")).timeout(Duration.ofSeconds(2)).build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the launcher output and the server log, for error messages. */
    private String logTail() {
        StringBuilder tail = new StringBuilder();
        for (Path log : List.of(home.resolve("logs/launcher.log"), home.resolve("logs/hjulet.log"))) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                tail.append("\n--- last lines of ").append(log).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            } catch (IOException | UncheckedIOException e) {
                // that log does not exist (yet)
            }
        }
        return tail.toString();
    }

    private static void unzip(Path zip, Path target, boolean stripTopDirectory) throws IOException {
        Files.createDirectories(target);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : zipFile.stream().toList()) {
                String name = entry.getName();
                if (stripTopDirectory) {
                    int slash = name.indexOf('/');
                    name = slash < 0 ? "" : name.substring(slash + 1);
                }
                if (name.isEmpty()) {
                    continue;
                }
                Path destination = target.resolve(name).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry points outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover pid file is harmless: its pid is checked before use
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void log(String line) {
        System.out.println("[elasticsearch-node] " + line);
    }

    /** {@code start|stop|status --home DIR [--zip FILE] [--plugin FILE] [--http-port N] [--transport-port N] [--heap OPTS]} */
    public static void main(String[] args) {
        try {
            CommandLine commandLine = CommandLine.parse(args);
            LocalElasticsearchNode node = new LocalElasticsearchNode(commandLine.home, commandLine.zip,
                    commandLine.plugin, commandLine.httpPort, commandLine.transportPort, commandLine.heap);
            switch (commandLine.action) {
                case "start" -> {
                    // Idempotent for scripts: a node of this home that already runs is fine.
                    if (node.isRunning()) {
                        log("Elasticsearch of " + node.home() + " is already running (pid " + node.readPid().orElse(-1L) + ")");
                    } else {
                        node.start();
                    }
                }
                case "stop" -> node.stop();
                case "status" -> {
                    boolean running = node.isRunning();
                    log(running ? "running (pid " + node.readPid().orElse(-1L) + ")" : "not running");
                    System.exit(running ? 0 : 3);
                }
                default -> throw new IllegalStateException("unreachable: actions are checked when parsing");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("[elasticsearch-node] " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("[elasticsearch-node] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private record CommandLine(String action, Path home, Path zip, Path plugin, int httpPort, int transportPort,
            String heap) {

        static final String USAGE = "usage: LocalElasticsearchNode start|stop|status --home DIR [--zip FILE] "
                + "[--plugin FILE] [--http-port N (default 9250)] [--transport-port N (default 9350)] [--heap \"-Xms256m -Xmx256m\"]";

        static CommandLine parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("No action given");
            }
            String action = args[0];
            if (!List.of("start", "stop", "status").contains(action)) {
                throw new IllegalArgumentException("Unknown action '" + action + "'");
            }
            Path home = null;
            Path zip = null;
            Path plugin = null;
            int httpPort = 9250;
            int transportPort = 9350;
            String heap = null;
            for (int i = 1; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option " + args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--home" -> home = Path.of(value);
                    case "--zip" -> zip = Path.of(value);
                    case "--plugin" -> plugin = Path.of(value);
                    case "--http-port" -> httpPort = port(value);
                    case "--transport-port" -> transportPort = port(value);
                    case "--heap" -> heap = value;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            if ("start".equals(action) && zip == null) {
                throw new IllegalArgumentException("start needs --zip");
            }
            return new CommandLine(action, home, zip, plugin, httpPort, transportPort, heap);
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("Not a port number: " + value);
        }
    }
}

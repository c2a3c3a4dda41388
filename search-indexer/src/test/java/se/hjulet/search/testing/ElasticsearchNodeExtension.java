package se.hjulet.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.hjulet.search.node.LocalElasticsearchNode;

/**
 * JUnit 5 extension that gives tests one real Elasticsearch node (with the analysis-hjulet plugin)
 * per JVM: started lazily by the first test class that uses it, shared by all later ones, and stopped
 * when the JUnit run ends (or, failing that, when the JVM exits).
 * <p>
 * Use: {@code @ExtendWith(ElasticsearchNodeExtension.class)} on the test class, then
 * {@link #httpUrl()} for the address. The node's data is wiped when it first starts in a JVM, so
 * each test run begins with an empty cluster; test classes share it, so give each class its own
 * index alias.
 * <p>
 * System properties (search-indexer's pom sets the first two to copies in {@code target/test-servers}):
 * <ul>
 * <li>{@value #ZIP_PROPERTY} (required): the Elasticsearch distribution zip
 *     ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip})</li>
 * <li>{@value #PLUGIN_PROPERTY} (required): the search-analysis plugin zip (classifier {@code plugin})</li>
 * <li>{@value #HTTP_PORT_PROPERTY} / {@value #TRANSPORT_PORT_PROPERTY}: ports; default: free ports</li>
 * <li>{@value #HOME_PROPERTY}: node home; default {@code target/test-elasticsearch}</li>
 * <li>{@value #HEAP_PROPERTY}: heap options; default {@value LocalElasticsearchNode#DEFAULT_HEAP_OPTIONS}</li>
 * </ul>
 * When the tests run as root, the node runs as {@code nobody} (see {@link LocalElasticsearchNode}).
 */
public final class ElasticsearchNodeExtension implements BeforeAllCallback {

    public static final String ZIP_PROPERTY = "hjulet.elasticsearch.zip";
    public static final String PLUGIN_PROPERTY = "hjulet.analysis.plugin.zip";
    public static final String HTTP_PORT_PROPERTY = "hjulet.test.es.http.port";
    public static final String TRANSPORT_PORT_PROPERTY = "hjulet.test.es.transport.port";
    public static final String HOME_PROPERTY = "hjulet.test.es.home";
    public static final String HEAP_PROPERTY = "hjulet.test.es.heap";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ElasticsearchNodeExtension.class);

    /** The JVM's node; null until first needed. */
    private static LocalElasticsearchNode node;

    @Override
    public void beforeAll(ExtensionContext context) {
        startOnce();
        // Closed when the whole JUnit run ends: the node then stops before the JVM does.
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(StopWhenRunEnds.class, key -> new StopWhenRunEnds(),
                StopWhenRunEnds.class);
    }

    /** Base URL of the node, for example {@code http://127.0.0.1:41234}. Starts the node if it never ran in this JVM. */
    public static synchronized String httpUrl() {
        return startOnce().httpUrl();
    }

    /** Stops the node (for tests of an unavailable search). The URL stays the same for {@link #startNode()}. */
    public static synchronized void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    /** Starts the node again after {@link #stopNode()}, keeping its data; no-op if it is running. */
    public static synchronized void startNode() {
        LocalElasticsearchNode current = startOnce();
        if (!current.isRunning()) {
            current.start();
        }
    }

    public static synchronized boolean isRunning() {
        return node != null && node.isRunning();
    }

    private static synchronized LocalElasticsearchNode startOnce() {
        if (node != null) {
            return node;
        }
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "target/test-elasticsearch"));
        LocalElasticsearchNode created = new LocalElasticsearchNode(home,
                requiredPath(ZIP_PROPERTY), requiredPath(PLUGIN_PROPERTY),
                port(HTTP_PORT_PROPERTY), port(TRANSPORT_PORT_PROPERTY), System.getProperty(HEAP_PROPERTY));
        if (created.isRunning()) {
            // Left over from an earlier run that was killed before it could stop its node.
            created.stop();
        }
        deleteRecursively(created.home().resolve("data"));
        created.start();
        node = created;
        // Fallback for runs that end without closing the JUnit root store (or use httpUrl() without the extension).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (isRunning()) {
                stopNode();
            }
        }, "stop-test-elasticsearch"));
        return node;
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " must name a file (search-indexer's pom "
                    + "shows how to copy it into target/test-servers)");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("System property " + property + " names a missing file: " + path);
        }
        return path;
    }

    private static int port(String property) {
        String value = System.getProperty(property);
        if (value != null && !value.isBlank()) {
            return Integer.parseInt(value.strip());
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test Elasticsearch", e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not wipe the test node's data in " + path, e);
        }
    }

    private static final class StopWhenRunEnds implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            if (isRunning()) {
                stopNode();
            }
        }
    }
}

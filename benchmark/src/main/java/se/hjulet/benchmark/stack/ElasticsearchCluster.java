package se.hjulet.benchmark.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.hjulet.search.node.LocalElasticsearchNode;

/**
 * Elasticsearch nodes of one cluster on loopback, from the same distribution zip as every other test
 * node: the hub is given all of them; with three the index has one replica, and a test may kill a node.
 */
public final class ElasticsearchCluster {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

    private final List<LocalElasticsearchNode> nodes;

    private ElasticsearchCluster(List<LocalElasticsearchNode> nodes) {
        this.nodes = nodes;
    }

    /** The fault suite's three nodes under {@code directory} (emptied first), from the zips the build names; not started. */
    public static ElasticsearchCluster ofThree(Path directory) throws IOException {
        return of(3, directory, Path.of(System.getProperty("hjulet.elasticsearch.zip")),
                Path.of(System.getProperty("hjulet.analysis.plugin.zip")), "hjulet-faults", "faults-", null);
    }

    /**
     * {@code count} nodes named {@code nodePrefix0, 1, …} under {@code directory} (emptied first), on free
     * loopback ports, each with the heap options given ({@code null}: the launcher's default); not started.
     */
    public static ElasticsearchCluster of(int count, Path directory, Path zip, Path plugin, String clusterName, String nodePrefix,
            String heap) throws IOException {
        deleteRecursively(directory);
        int[] http = freePorts(count);
        int[] transport = freePorts(count);
        List<String> names = IntStream.range(0, count).mapToObj(i -> nodePrefix + i).toList();
        List<String> seeds = IntStream.range(0, count).mapToObj(i -> "127.0.0.1:" + transport[i]).toList();
        List<LocalElasticsearchNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new LocalElasticsearchNode(directory.resolve(names.get(i)), zip, plugin, http[i], transport[i], heap)
                    .inCluster(new LocalElasticsearchNode.ClusterMembership(clusterName, names.get(i), seeds, names)));
        }
        return new ElasticsearchCluster(nodes);
    }

    /** Starts every node that is not running (together: no node elects a master alone) and waits for green. */
    public void start() throws Exception {
        CompletableFuture.allOf(nodes.stream().filter(n -> !n.isRunning())
                .map(n -> CompletableFuture.runAsync(n::start)).toArray(CompletableFuture[]::new)).get();
        awaitHealth("green", nodes.size());
    }

    public int size() {
        return nodes.size();
    }

    public void stop() {
        nodes.forEach(LocalElasticsearchNode::stop);
    }

    public LocalElasticsearchNode node(int i) {
        return nodes.get(i);
    }

    /** The comma-separated addresses the hub is configured with. */
    public String hosts() {
        return String.join(",", nodes.stream().map(LocalElasticsearchNode::httpUrl).toList());
    }

    /** A running node's address, for asking the cluster directly. */
    public String anyRunningUrl() {
        return nodes.stream().filter(LocalElasticsearchNode::isRunning).findFirst().orElseThrow().httpUrl();
    }

    public void awaitHealth(String status, int nodeCount) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + HEALTH_TIMEOUT.toMillis();
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(anyRunningUrl() + "/_cluster/health?wait_for_status="
                        + status + "&wait_for_nodes=" + nodeCount + "&timeout=5s")).build(), HttpResponse.BodyHandlers.ofString());
                last = answer.body();
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The cluster did not become " + status + " with " + nodeCount + " nodes: " + last);
    }

    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}

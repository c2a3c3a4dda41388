package se.hjulet.benchmark.measure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stands between the hub's search code and Elasticsearch and writes down every request it sends, so that
 * the benchmark can send the very same requests to Elasticsearch straight (the "raw" side of a pair).
 * Only used while preparing; nothing is measured through it.
 */
public final class CapturingProxy implements AutoCloseable {

    /** A request as Elasticsearch received it. */
    public record Captured(String method, String pathAndQuery, String body) {
    }

    private static final Set<String> NOT_COPIED = Set.of("content-length", "transfer-encoding", "connection", "expect", "upgrade");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String target;
    private final List<Captured> captured = new ArrayList<>();

    public CapturingProxy(String target) throws IOException {
        this.target = target.replaceAll("/+$", "");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What was sent since the last call, and forget it. */
    public synchronized List<Captured> take() {
        List<Captured> taken = List.copyOf(captured);
        captured.clear();
        return taken;
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
        synchronized (this) {
            captured.add(new Captured(exchange.getRequestMethod(), path, new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_COPIED.contains(name.toLowerCase()) && !name.equalsIgnoreCase("host")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package se.hjulet.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/** Plain HTTP/1.1 as API clients and load tools speak it, with the answer's status, body and time taken. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "http-client");
                thread.setDaemon(true);
                return thread;
            })).build();

    /** An answer and how long it took, from sending until the whole body was read. */
    public record Answer(int status, String body, long nanos) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body.substring(0, Math.min(300, body.length())), e);
            }
        }

        public Answer requireStatus(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + body.substring(0, Math.min(1000, body.length())));
            }
            return this;
        }
    }

    public Answer send(HttpRequest request) {
        long began = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - began);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            return new Answer(-1, e.toString(), System.nanoTime() - began);
        }
    }

    public Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Accept", "application/json").GET().build());
    }

    public Answer getPage(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Accept", "text/html").GET().build());
    }

    public Answer postJson(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public Answer upload(String url, String token, String fileName, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Slug", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package se.hjulet.hub.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Calls the hub's JSON API as an outside client: plain HTTP, optionally with a bearer token. Every JSON
 * answer is checked against the API contract the hub serves ({@link ServedContract}): an answer that does not
 * keep to it fails the call, whatever the test then asserts.
 */
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as curl and most API clients speak it (the JDK's default would first ask to upgrade to h2c).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI api;
    private final String token;

    record Answer(int status, JsonNode body, String raw) {
        String message() {
            return body != null && body.has("message") ? body.get("message").asText() : raw;
        }
    }

    HubClient(URL base, String token) {
        this.api = URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/");
        this.token = token;
    }

    /**
     * Readiness, waiting up to {@code timeoutMillis} for it to be UP: the tests before may have left a
     * backlog (hundreds of items, hostile uploads being read) that the search-indexing check counts.
     */
    static HttpResponse<String> awaitReady(URL base, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            var health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200 || System.currentTimeMillis() > deadline) {
                return health;
            }
            Thread.sleep(500);
        }
    }

    static HubClient anonymous(URL base) {
        return new HubClient(base, null);
    }

    Answer get(String path) throws Exception {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) throws Exception {
        return send(json(path).POST(bodyOf(body)));
    }

    Answer put(String path, Object body) throws Exception {
        return send(json(path).PUT(bodyOf(body)));
    }

    Answer delete(String path) throws Exception {
        return send(request(path).DELETE());
    }

    Answer postRaw(String path, String rawJson) throws Exception {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    Answer putRaw(String path, String rawJson) throws Exception {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    /** Sends any body with the method given (e.g. an empty one to an endpoint that expects JSON). */
    Answer send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
        return send(json(path).method(method, body));
    }

    Answer send(String method, String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return send(request(path).header("Content-Type", contentType).method(method, body));
    }

    /** Uploads a file as the documents API takes it: the raw bytes, the name in the {@code Slug} header. */
    Answer upload(String path, String fileName, byte[] bytes) throws Exception {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .header("Slug", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Answer search(String query) throws Exception {
        return get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder json(String path) {
        return request(path).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) throws Exception {
        return body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Answer send(HttpRequest.Builder builder) throws Exception {
        HttpRequest request = builder.build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepsToTheContract(request, response);
        JsonNode body = null;
        if (response.body() != null && !response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (Exception notJson) {
                body = null;
            }
        }
        return new Answer(response.statusCode(), body, response.body());
    }

    private void keepsToTheContract(HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        if (!path.startsWith(api.getRawPath()) || !ServedContract.describesBody(contentType, response.body())) {
            return; // not the API (health checks, pages), or no JSON body: nothing the contract's schemas describe
        }
        List<String> violations = ServedContract.of(api, HTTP).violations(request.method(), path, response.statusCode(),
                contentType, response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered what the API contract (/openapi) does not allow:\n  "
                    + String.join("\n  ", violations) + "\nbody: " + abbreviated(response.body()));
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    /**
     * A learning example of no subject, for load and fault tests: none of its words may make it a hit
     * for the seed texts' words, which other tests search for.
     */
    static ObjectNode loadExample(String owner, String title) {
        ObjectNode example = JSON.createObjectNode();
        example.put("title", title);
        example.put("lead", "Provdata.");
        example.put("ownerOrganisation", owner);
        return example;
    }

    /** A minimal valid learning example owned by the given organisation code. */
    static ObjectNode learningExample(String owner, String title, String lead) {
        ObjectNode example = JSON.createObjectNode();
        example.put("title", title);
        example.put("lead", lead);
        example.put("ownerOrganisation", owner);
        // No word of the demo content: a test item must not push the seed examples off a results page.
        example.putArray("conclusions").add("Arbetet gick fortare andra gången.");
        example.put("background", "<p>Bakgrund <script>alert('x')</script><b>viktig</b></p>");
        example.putArray("policyAreas").add("Digitalisering");
        return example;
    }
}

package se.hjulet.hub.system;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API contract a hub serves at {@code /openapi}, read once per hub, and whether an answer keeps to it:
 * the operation is found by method and path template, its response by status (else {@code default}), and the
 * JSON body is validated against that response's schema (OpenAPI 3.0 dialect, so {@code nullable} counts).
 * An object schema that lists its properties accepts no others here: the contract must describe every field
 * the hub sends. Calls the contract has no operation for (an unknown path, a method the path lacks) must
 * answer the shared error body.
 */
final class ServedContract {

    private static final Map<String, ServedContract> BY_HUB = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://contract.hjulet.invalid/openapi.json";
    private static final String PROBLEM = "#/components/responses/Problem";

    private record Operation(String method, String template, Pattern path, String pointer, JsonNode node) {
    }

    private final List<Operation> operations = new ArrayList<>();
    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ServedContract(String served) {
        document = JSON.readTree(served);
        ObjectNode strict = (ObjectNode) document.deepCopy();
        forbidUndescribedProperties(strict);
        String text = JSON.writeValueAsString(strict);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(ID, text)));
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String template = path.getKey();
            Pattern pattern = Pattern.compile(
                    Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q").replace("\\Q\\E", ""));
            operations.add(new Operation(operation.getKey().toUpperCase(), template, pattern,
                    "/paths/" + escape(template) + "/" + operation.getKey(), operation.getValue()));
        }));
        // A literal segment wins over a template: /learning-examples/import before /learning-examples/{id}.
        operations.sort(Comparator.comparingLong((Operation o) -> o.template().chars().filter(c -> c == '{').count())
                .thenComparing(o -> -o.template().length()));
    }

    /** The contract of the hub whose API is at {@code api} (fetched from its {@code /openapi} the first time). */
    static ServedContract of(URI api, HttpClient http) {
        URI openapi = api.resolve("/openapi");
        return BY_HUB.computeIfAbsent(openapi.toString(), address -> {
            try {
                HttpResponse<String> served = http.send(HttpRequest.newBuilder(openapi).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (served.statusCode() != 200) {
                    throw new AssertionError("GET " + openapi + " answered " + served.statusCode() + ": " + served.body());
                }
                return new ServedContract(served.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Whether there is anything to check: a JSON body. Downloads, pages and empty answers (204, HEAD) are not
     * described by a JSON schema, and asking first spares fetching the contract for them.
     */
    static boolean describesBody(String contentType, String body) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                && body != null && !body.isBlank();
    }

    /** Nothing when the answer keeps to the contract; else what is wrong, naming the operation and status. */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        if (!describesBody(contentType, body)) {
            return List.of();
        }
        String verb = method.equals("HEAD") ? "GET" : method; // JAX-RS answers HEAD with its GET
        Operation operation = operations.stream().filter(o -> o.method().equals(verb) && o.path().matcher(path).matches())
                .findFirst().orElse(null);
        String name = operation == null ? method + " " + path + " (no operation: the shared error answer)"
                : operation.node().path("operationId").asString(method + " " + operation.template());
        String response;
        if (operation == null) {
            response = PROBLEM;
        } else if (operation.node().path("responses").has(String.valueOf(status))) {
            response = operation.pointer() + "/responses/" + status;
        } else if (operation.node().path("responses").has("default")) {
            response = operation.pointer() + "/responses/default";
        } else {
            return List.of(name + " answered " + status + ", a status the contract does not list");
        }
        JsonNode described = document.at(response.replaceFirst("^#", ""));
        if (described.has("$ref")) {
            response = described.get("$ref").asString();
            described = document.at(response.replaceFirst("^#", ""));
        }
        if (!described.path("content").has("application/json")) {
            return List.of(name + " answered " + status + " with JSON, but the contract lists no JSON body for it: " + described);
        }
        String schema = (response.startsWith("#") ? response : "#" + response) + "/content/application~1json/schema";
        try {
            JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            return List.of(name + " answered " + status + " with Content-Type " + contentType + " but the body is not JSON: "
                    + notJson.getOriginalMessage());
        }
        var errors = compiled.computeIfAbsent(schema, pointer -> schemas.getSchema(SchemaLocation.of(ID + pointer)))
                .validate(body, InputFormat.JSON);
        // An error at the body's root has an empty location: name it.
        return errors.stream().map(error -> name + " answered " + status + ": " + error.toString().replaceFirst("^: ", "(the body): "))
                .toList();
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static void forbidUndescribedProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(ServedContract::forbidUndescribedProperties);
        } else if (node != null && node.isArray()) {
            node.forEach(ServedContract::forbidUndescribedProperties);
        }
    }
}

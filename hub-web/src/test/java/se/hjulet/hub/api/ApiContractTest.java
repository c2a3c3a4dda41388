package se.hjulet.hub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API contract this build generated (META-INF/openapi.yaml, written by the smallrye-open-api plugin
 * before the tests run), read as a client author would: every body has a real schema, every operation
 * documents its error answer, every endpoint and every JSON body of the code is in it, and the examples
 * are valid bodies.
 */
class ApiContractTest {

    private static final String API = "/api/v1";
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static JsonNode contract;

    @BeforeAll
    static void readTheGeneratedContract() throws Exception {
        try (InputStream in = ApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(in, "hub-web's build writes META-INF/openapi.yaml before the tests (smallrye-open-api-maven-plugin)");
            contract = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void noSchemaIsUntyped() {
        List<String> untyped = new ArrayList<>();
        contract.get("components").get("schemas").properties()
                .forEach(schema -> checkTyped(schema.getValue(), "components/schemas/" + schema.getKey(), untyped));
        forEachOperation((where, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                checkTyped(parameter.get("schema"), where + " parameter " + parameter.path("name").asString(), untyped);
            }
            operation.path("requestBody").path("content").properties()
                    .forEach(type -> checkTyped(type.getValue().get("schema"), where + " request " + type.getKey(), untyped));
            operation.path("responses").properties().forEach(response -> resolve(response.getValue()).path("content").properties()
                    .forEach(type -> checkTyped(type.getValue().get("schema"),
                            where + " response " + response.getKey() + " " + type.getKey(), untyped)));
        });
        assertTrue(untyped.isEmpty(), untyped.size() + " untyped schemas (a client cannot be generated from them):\n"
                + String.join("\n", untyped));
        assertTrue(contract.get("components").get("schemas").size() >= 40, "too few schemas: " + contract.get("components"));
    }

    @Test
    void everyOperationDocumentsTheErrorBody() {
        List<String> without = new ArrayList<>();
        int[] operations = {0};
        forEachOperation((where, operation) -> {
            operations[0]++;
            JsonNode error = resolve(operation.path("responses").path("default"));
            String schema = error.path("content").path(MediaType.APPLICATION_JSON).path("schema").path("$ref").asString("");
            if (!schema.equals("#/components/schemas/Problem")) {
                without.add(where);
            }
        });
        assertTrue(operations[0] >= 60, "found only " + operations[0] + " operations");
        assertTrue(without.isEmpty(), "Without the error body as their default answer: " + without);
        JsonNode problem = contract.at("/components/schemas/Problem/properties");
        assertEquals(Set.of("status", "error", "message", "fields"), names(problem));
        assertEquals(Set.of("field", "message"), names(resolve(problem.at("/fields/items")).get("properties")));
    }

    @Test
    void everyWriteNeedsTheLogin() {
        List<String> open = new ArrayList<>();
        forEachOperation((where, operation) -> {
            boolean write = !where.startsWith("GET ");
            boolean bearer = operation.path("security").toString().contains("\"" + ApiContract.BEARER + "\"");
            if (write && !bearer) {
                open.add(where);
            }
        });
        assertTrue(open.isEmpty(), "Writes the contract lets anyone call: " + open);
        assertEquals("bearer", contract.at("/components/securitySchemes/" + ApiContract.BEARER + "/scheme").asString());
    }

    /** The code's endpoints (JAX-RS annotations of hub-web's classes) and those of the contract are the same. */
    @Test
    void theContractDescribesEveryEndpointOfTheCodeAndNoOther() throws Exception {
        Set<String> described = new TreeSet<>();
        forEachOperation((where, operation) -> described.add(where));
        Set<String> declared = new TreeSet<>(endpoints().keySet());
        assertTrue(declared.contains("POST /projects/{id}/participations/{pid}/pledge"), declared.toString());
        assertEquals(declared, described);
    }

    /**
     * Every path parameter the code reads is declared for its operation (at the operation or the path), with the
     * type of the Java parameter: a client cannot be generated from a path whose template names an undeclared one.
     */
    @Test
    void everyPathParameterIsDeclaredWithItsType() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var endpoint : endpoints().entrySet()) {
            String[] verbAndPath = endpoint.getKey().split(" ", 2);
            JsonNode path = contract.path("paths").path(API + verbAndPath[1]);
            List<JsonNode> declared = new ArrayList<>();
            path.path("parameters").forEach(declared::add);
            path.path(verbAndPath[0].toLowerCase()).path("parameters").forEach(declared::add);
            for (Parameter parameter : endpoint.getValue().method().getParameters()) {
                PathParam read = parameter.getAnnotation(PathParam.class);
                if (read == null) {
                    continue;
                }
                checked++;
                String expected = parameter.getType() == String.class ? "string" : "integer";
                JsonNode schema = declared.stream().filter(p -> p.path("in").asString("").equals("path")
                        && p.path("name").asString("").equals(read.value())).map(p -> resolve(p.path("schema"))).findFirst().orElse(null);
                if (schema == null) {
                    wrong.add(endpoint.getKey() + ": path parameter " + read.value() + " is not declared");
                } else if (!schema.path("type").asString("").equals(expected)) {
                    wrong.add(endpoint.getKey() + ": path parameter " + read.value() + " is " + schema + ", the code reads " + parameter.getType());
                }
            }
        }
        assertTrue(checked >= 40, "found only " + checked + " path parameters");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A method that reads an entity (a parameter JAX-RS fills from the body) has a request body with a schema. */
    @Test
    void everyBodyTheCodeReadsHasASchema() throws Exception {
        List<String> missing = new ArrayList<>();
        int bodies = 0;
        for (var endpoint : endpoints().entrySet()) {
            Method method = endpoint.getValue().method();
            if (entityParameter(method) == null) {
                continue;
            }
            bodies++;
            String[] verbAndPath = endpoint.getKey().split(" ", 2);
            JsonNode body = contract.path("paths").path(API + verbAndPath[1]).path(verbAndPath[0].toLowerCase()).path("requestBody");
            Set<String> reads = consumes(method);
            for (String type : reads) {
                JsonNode schema = body.path("content").path(type).path("schema");
                if (schema.isMissingNode()) {
                    missing.add(endpoint.getKey() + " reads " + type + " but the contract has no schema for it: " + body);
                }
            }
        }
        assertTrue(bodies >= 20, "found only " + bodies + " methods that read a body");
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** What the contract says an answer's type is, is what the code produces (a method's, or its resource's). */
    @Test
    void theAnswersHaveTheTypesTheCodeProduces() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var endpoint : endpoints().entrySet()) {
            Produces produces = endpoint.getValue().method().getAnnotation(Produces.class);
            if (produces == null) {
                produces = endpoint.getValue().resource().getAnnotation(Produces.class);
            }
            Set<String> types = Set.of(produces.value());
            String[] verbAndPath = endpoint.getKey().split(" ", 2);
            contract.path("paths").path(API + verbAndPath[1]).path(verbAndPath[0].toLowerCase()).path("responses").properties()
                    .stream().filter(response -> response.getKey().startsWith("2"))
                    .forEach(response -> resolve(response.getValue()).path("content").propertyNames().forEach(type -> {
                        if (!types.contains(type)) {
                            wrong.add(endpoint.getKey() + " " + response.getKey() + " is " + type + " in the contract, the code produces " + types);
                        }
                    }));
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Every example in the contract is a valid instance of its schema, with no property the schema lacks. */
    @Test
    void theExamplesAreValidBodies() throws Exception {
        ObjectNode strict = (ObjectNode) contract.deepCopy();
        forbidUndescribedProperties(strict);
        String uri = "https://contract.hjulet.invalid/openapi.json";
        var registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(uri, new ObjectMapper().writeValueAsString(strict))));
        Map<String, List<String>> wrong = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        contract.get("components").get("schemas").properties().forEach(schema -> {
            JsonNode example = schema.getValue().get("example");
            if (example != null && schema.getValue().has("properties")) {
                checked.add(schema.getKey());
                var errors = registry.getSchema(SchemaLocation.of(uri + "#/components/schemas/" + schema.getKey()))
                        .validate(example.toString(), InputFormat.JSON);
                if (!errors.isEmpty()) {
                    wrong.put(schema.getKey(), errors.stream().map(Object::toString).toList());
                }
            }
        });
        assertTrue(checked.containsAll(List.of("LearningExampleInput", "ProjectInput", "ProcurementNeedInput", "CollectionInput",
                "Problem")), "examples of the main bodies: " + checked);
        assertTrue(wrong.isEmpty(), "Examples that do not fit their schema: " + wrong);
    }

    // --- reading the contract

    private interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    /** {@code where}: "POST /projects/{id}/publish" (the path below /api/v1). */
    private static void forEachOperation(OperationVisitor visitor) {
        contract.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (VERBS.contains(operation.getKey())) {
                visitor.visit(operation.getKey().toUpperCase() + " " + path.getKey().replaceFirst("^" + API, ""), operation.getValue());
            }
        }));
    }

    /** A reference to a shared response or schema, followed. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? contract.at(ref.substring(1)) : node;
    }

    /**
     * Untyped: no schema at all, one that says nothing ({@code {}}), an object without properties or
     * additionalProperties, an array without items. A reference or a composition is typed where it points.
     */
    private static void checkTyped(JsonNode schema, String where, List<String> untyped) {
        if (schema == null || schema.isMissingNode()) {
            untyped.add(where + ": no schema");
            return;
        }
        if (schema.has("$ref")) {
            return;
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(composition)) {
                int i = 0;
                for (JsonNode part : schema.get(composition)) {
                    checkTyped(part, where + "/" + composition + "/" + i++, untyped);
                }
                return;
            }
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "" -> untyped.add(where + ": no type " + schema);
            case "object" -> {
                if (!schema.has("properties") && !schema.path("additionalProperties").isObject()) {
                    untyped.add(where + ": an object with no properties " + schema);
                }
                schema.path("properties").properties().forEach(p -> checkTyped(p.getValue(), where + "." + p.getKey(), untyped));
                if (schema.path("additionalProperties").isObject()) {
                    checkTyped(schema.get("additionalProperties"), where + "{*}", untyped);
                }
            }
            case "array" -> checkTyped(schema.get("items"), where + "[]", untyped);
            default -> {
            }
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    /** Objects with properties and no word on others accept no others: an example's misspelt field fails. */
    static void forbidUndescribedProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(ApiContractTest::forbidUndescribedProperties);
        } else if (node != null && node.isArray()) {
            node.forEach(ApiContractTest::forbidUndescribedProperties);
        }
    }

    // --- reading the code

    private record Endpoint(Class<?> resource, Method method) {
    }

    /** "VERB /path" → the resource method, for every concrete resource class of hub-web. */
    private static Map<String, Endpoint> endpoints() throws Exception {
        Path classes = Path.of(HubApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Endpoint> endpoints = new TreeMap<>();
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ApiContractTest.class.getClassLoader());
                } catch (LinkageError notLoadableHere) {
                    continue; // needs what only the container has (Faces, servlets): no JAX-RS resource
                }
                var root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Method method : c.getDeclaredMethods()) {
                        String verb = httpMethod(method);
                        if (verb != null && !method.isBridge()) {
                            var sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            endpoints.putIfAbsent(verb + " " + ("/" + root.value() + (sub == null ? "" : "/" + sub.value()))
                                    .replaceAll("/+", "/").replaceAll("/$", ""), new Endpoint(type, method));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private static Parameter entityParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotated |= NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (!annotated) {
                return parameter;
            }
        }
        return null;
    }

    /** The types the method reads, from its own {@code @Consumes} or else its class's (JSON when neither says). */
    private static Set<String> consumes(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return new TreeSet<>(consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value()));
    }
}

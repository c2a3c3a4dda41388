package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * What the hub shows of itself to anyone who connects, checked on real answers: security headers on
 * pages and API answers, the session cookie, no session for anonymous reading, no version banners, the
 * server's administration closed to other hosts, no public metrics, a friendly page for an expired
 * form, and JSON errors for API calls that never reach a resource.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class SurfaceIT {

    private static final String SUNDSVALL = "2281";
    private static final int ADMIN_PORT = 4848;
    private static final int JMX_PORT = 8686;
    private static final Map<String, Set<String>> CONTENT_SECURITY_POLICY = Map.of(
            "default-src", Set.of("'self'"),
            "script-src", Set.of("'self'"),
            "style-src", Set.of("'self'"),
            "img-src", Set.of("'self'", "data:"),
            "object-src", Set.of("'none'"),
            "frame-ancestors", Set.of("'none'"),
            "base-uri", Set.of("'self'"),
            "form-action", Set.of("'self'"));
    private static final Set<String> STRICT_REFERRER_POLICIES = Set.of("no-referrer", "same-origin",
            "strict-origin", "strict-origin-when-cross-origin");

    /**
     * A client that shows every answer as it is: no redirects followed, no cookies kept, and HTTP/1.1 as
     * browsers speak it without TLS (Java's default h2c upgrade gets answers without Payara's banners).
     */
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    // --- headers ---

    @Test
    void pagesApiAnswersAndErrorsCarryTheSecurityHeaders() throws Exception {
        long exampleId = seedExampleId();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("start page", get("", Map.of()));
        answers.put("search page", get("sok.xhtml?q=samverkan", Map.of()));
        answers.put("example page", get("exempel.xhtml?id=" + exampleId, Map.of()));
        answers.put("page that does not exist", get("finns-inte.xhtml", Map.of()));
        answers.put("path that does not exist", get("finns/inte", Map.of()));
        answers.put("style sheet", get("jakarta.faces.resource/css/hjulet.css.xhtml", Map.of()));
        answers.put("API list", get("api/v1/learning-examples", Map.of("Accept", "application/json")));
        answers.put("API item", get("api/v1/learning-examples/" + exampleId, Map.of("Accept", "application/json")));
        answers.put("API unknown path", get("api/v1/finns-inte", Map.of("Accept", "application/json")));
        answers.put("login redirect", get("login?return=/", Map.of()));
        answers.put("readiness", get("health/ready", Map.of()));

        assertEquals(200, answers.get("start page").statusCode());
        assertEquals(404, answers.get("page that does not exist").statusCode());
        assertEquals(404, answers.get("API unknown path").statusCode());
        List<String> failures = new ArrayList<>();
        answers.forEach((what, answer) -> failures.addAll(securityHeaderProblems(what, answer)));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void documentDownloadsKeepTheirOwnSandboxPolicy() throws Exception {
        long documentId = seedDocumentId();
        HttpResponse<String> download = get("api/v1/documents/" + documentId + "/content", Map.of());
        assertEquals(200, download.statusCode(), download.body());
        assertEquals(List.of("sandbox; default-src 'none'"), download.headers().allValues("Content-Security-Policy"),
                "one policy, the download's own");
        assertEquals(List.of("nosniff"), download.headers().allValues("X-Content-Type-Options"));
    }

    @Test
    void noAnswerNamesTheServerOrItsVersion() throws Exception {
        for (String path : List.of("", "sok.xhtml?q=samverkan", "finns-inte.xhtml", "api/v1/learning-examples",
                "api/v1/finns-inte", "health/ready", "openapi", "logout")) {
            HttpResponse<String> answer = get(path, Map.of());
            assertEquals(List.of(), answer.headers().allValues("X-Powered-By"), "X-Powered-By on /" + path);
            for (String server : answer.headers().allValues("Server")) {
                assertFalse(server.matches("(?i).*(payara|glassfish|grizzly|servlet|jsp|\\d).*"),
                        "Server header names the product or a version on /" + path + ": " + server);
            }
            assertFalse(answer.body().toLowerCase().contains("payara"), "the body names the server on /" + path);
        }
        // An error status no page of the hub's own is made for: the container would write its own page.
        HttpResponse<String> methodNotAllowed = get("logout", Map.of());
        assertEquals(405, methodNotAllowed.statusCode());
        assertTrue(methodNotAllowed.body().contains("id=\"error-other\""), methodNotAllowed.body());
    }

    // --- session and cookies ---

    @Test
    void anonymousReadingCreatesNoSession() throws Exception {
        long exampleId = seedExampleId();
        for (String path : List.of("", "sok.xhtml?q=samverkan", "sok.xhtml?q=&kind=project", "exempel.xhtml?id=" + exampleId,
                "exempel.xhtml?id=999999999", "finns-inte.xhtml", "api/v1/learning-examples")) {
            HttpResponse<String> answer = get(path, Map.of());
            assertTrue(answer.statusCode() < 500, "/" + path + " answered " + answer.statusCode());
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"), "an anonymous view of /" + path + " set cookies");
        }
    }

    @Test
    void theSessionCookieOfALoginIsSameSiteLaxAndHttpOnly() throws Exception {
        OpenIdProvider.nextLoginIs("surface-samesite", "Siv Samesite", List.of(SUNDSVALL), List.of());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> sessionCookies = new ArrayList<>();
        URI next = URI.create(base() + "login?return=/");
        URI last = next;
        for (int hop = 0; hop < 10 && next != null; hop++) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).forEach(sessionCookies::add);
            last = next;
            URI current = next;
            next = answer.headers().firstValue("Location").map(current::resolve).orElse(null);
        }
        assertEquals(base().getPath(), last.getPath(), "the login ends back on the start page");
        assertFalse(sessionCookies.isEmpty(), "the login keeps the person in a session");
        for (String cookie : sessionCookies) {
            Map<String, String> attributes = cookieAttributes(cookie);
            assertEquals("lax", attributes.getOrDefault("samesite", "(none)").toLowerCase(), cookie);
            assertTrue(attributes.containsKey("httponly"), cookie);
        }
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(loggedIn.body().contains("Siv Samesite"), "the session holds the login");
    }

    // --- the server's own surfaces ---

    @Test
    void theServerAdministrationIsNotReachableFromOtherHosts() throws Exception {
        Optional<InetAddress> external = nonLoopbackIpv4();
        if (external.isPresent()) {
            InetAddress address = external.get();
            assertTrue(connects(address, base().getPort() == -1 ? 80 : base().getPort()),
                    "the hub itself answers on " + address + ", so a refused admin port is the listener's doing");
            assertFalse(connects(address, ADMIN_PORT), "the admin listener answers on " + address);
            assertFalse(connects(address, JMX_PORT), "the JMX connector answers on " + address);
        } else {
            // No other interface to try from: the configuration must say loopback.
            String domain = Files.readString(Path.of(System.getenv("PAYARA_HOME"), "glassfish/domains/domain1/config/domain.xml"));
            assertTrue(domain.matches("(?s).*<network-listener[^>]*address=\"127\\.0\\.0\\.1\"[^>]*name=\"admin-listener\".*")
                    || domain.matches("(?s).*<network-listener[^>]*name=\"admin-listener\"[^>]*address=\"127\\.0\\.0\\.1\".*"),
                    "the admin listener is bound to loopback");
        }
        assertTrue(connects(InetAddress.getLoopbackAddress(), ADMIN_PORT), "administration still works from this host");
    }

    @Test
    void metricsAreNotPublishedButReadinessIs() throws Exception {
        for (String path : List.of("metrics", "metrics/base", "metrics/application", "metrics?format=json")) {
            HttpResponse<String> metrics = get(path, Map.of("Accept", "text/plain"));
            assertTrue(Set.of(401, 403, 404).contains(metrics.statusCode()), "/" + path + " answered " + metrics.statusCode());
            assertFalse(metrics.body().contains("# TYPE") || metrics.body().contains("base_") || metrics.body().contains("jvm"),
                    "/" + path + " shows metrics: " + metrics.body().substring(0, Math.min(300, metrics.body().length())));
        }
        HttpResponse<String> ready = get("health/ready", Map.of());
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", HubClient.JSON.readTree(ready.body()).get("status").asText());
    }

    // --- an expired form ---

    @Test
    void aFormSentAfterTheSessionEndedGetsAFriendlyPageNotAServerError() throws Exception {
        String token = OpenIdProvider.logIn("surface-owner", "Olga Ägare", List.of(SUNDSVALL), List.of());
        var owner = new HubClient(base(), token);
        HubClient.Answer created = owner.post("learning-examples",
                HubClient.learningExample(SUNDSVALL, "Utgången sida " + LearningExamplesIT.uniqueWord(), "Ett utkast."));
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();

        var browser = ProjectsAndNeedsIT.Browser.loggedIn(base(), "surface-owner", List.of(SUNDSVALL));
        HttpResponse<String> page = browser.get("exempel.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        String viewState = viewStateOf(page.body());
        HttpResponse<String> loggedOut = browser.http().send(HttpRequest.newBuilder(URI.create(base() + "logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, loggedOut.statusCode(), "the session ends");

        for (String staleOrForged : List.of(viewState, "-4242424242424242424:-4242424242424242424", "not a view state")) {
            HttpResponse<String> answer = browser.http().send(HttpRequest.newBuilder(URI.create(base() + "exempel.xhtml?id=" + id))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "sv")
                    .POST(HttpRequest.BodyPublishers.ofString("example-actions-form=example-actions-form&publish-button=Publicera"
                            + "&id=" + id + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(staleOrForged, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 500, "a stale form answered " + answer.statusCode() + ": " + answer.body());
            assertTrue(answer.body().contains("id=\"error-expired\""), "the expired-page text: " + answer.body());
            assertEquals(List.of(), securityHeaderProblems("expired page", answer));
        }
        assertEquals("draft", owner.get("learning-examples/" + id).body().get("status").asText(), "nothing was published");
    }

    // --- API errors that no resource answers ---

    @Test
    void apiCallsThatReachNoResourceGetTheJsonErrorFormat() throws Exception {
        assertProblem(send("GET", "api/v1/finns-inte", Map.of(), null), 404, null);
        assertProblem(send("GET", "api/v1/", Map.of(), null), 404, null);
        assertProblem(send("GET", "api/v1/learning-examples/abc", Map.of(), null), 404, null);
        assertProblem(send("GET", "api/v1/learning-examples?first=abc", Map.of(), null), 400, "first");
        assertProblem(send("GET", "api/v1/search?q=x&size=tio", Map.of(), null), 400, "size");
        HttpResponse<String> notAllowed = send("DELETE", "api/v1/learning-examples", Map.of(), null);
        assertProblem(notAllowed, 405, null);
        assertTrue(notAllowed.headers().firstValue("Allow").orElse("").contains("GET"), "405 says what is allowed");
        assertProblem(send("POST", "api/v1/learning-examples", Map.of("Content-Type", "text/plain"), "titel"), 415, null);
        assertProblem(send("GET", "api/v1/learning-examples", Map.of("Accept", "text/csv"), null), 406, null);
    }

    // --- helpers ---

    private static List<String> securityHeaderProblems(String what, HttpResponse<String> answer) {
        List<String> problems = new ArrayList<>();
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        if (policies.size() != 1) {
            problems.add(what + ": expected one Content-Security-Policy, got " + policies);
        } else {
            Map<String, Set<String>> directives = directivesOf(policies.get(0));
            CONTENT_SECURITY_POLICY.forEach((directive, sources) -> {
                if (!sources.equals(directives.get(directive))) {
                    problems.add(what + ": " + directive + " is " + directives.get(directive) + ", expected " + sources);
                }
            });
            directives.keySet().stream().filter(d -> d.endsWith("-src") && !CONTENT_SECURITY_POLICY.containsKey(d)
                            && directives.get(d).stream().anyMatch(s -> s.contains("unsafe") || s.equals("*")))
                    .forEach(d -> problems.add(what + ": " + d + " loosens the policy: " + directives.get(d)));
        }
        if (!answer.headers().allValues("X-Content-Type-Options").equals(List.of("nosniff"))) {
            problems.add(what + ": X-Content-Type-Options is " + answer.headers().allValues("X-Content-Type-Options"));
        }
        List<String> referrer = answer.headers().allValues("Referrer-Policy");
        if (referrer.size() != 1 || !STRICT_REFERRER_POLICIES.contains(referrer.get(0))) {
            problems.add(what + ": Referrer-Policy is " + referrer);
        }
        return problems;
    }

    private static Map<String, Set<String>> directivesOf(String policy) {
        Map<String, Set<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> parts = Arrays.stream(directive.trim().split("\\s+")).filter(p -> !p.isEmpty()).toList();
            if (!parts.isEmpty()) {
                directives.put(parts.get(0).toLowerCase(), Set.copyOf(parts.subList(1, parts.size())));
            }
        }
        return directives;
    }

    private static Map<String, String> cookieAttributes(String setCookie) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> parts = Arrays.stream(setCookie.split(";")).map(String::trim).toList();
        for (String part : parts.subList(1, parts.size())) {
            String[] nameValue = part.split("=", 2);
            attributes.put(nameValue[0].toLowerCase(), nameValue.length > 1 ? nameValue[1] : "");
        }
        return attributes;
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String field) throws IOException {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, not " + answer.headers().firstValue("Content-Type") + ": " + answer.body());
        JsonNode problem = HubClient.JSON.readTree(answer.body());
        assertEquals(status, problem.get("status").asInt(), answer.body());
        assertFalse(problem.get("error").asText().isBlank(), answer.body());
        assertFalse(problem.get("message").asText().isBlank(), answer.body());
        assertTrue(problem.get("fields").isArray(), answer.body());
        if (field != null) {
            List<String> fields = new ArrayList<>();
            problem.get("fields").forEach(f -> fields.add(f.get("field").asText()));
            assertEquals(List.of(field), fields, answer.body());
        }
        assertEquals(List.of(), securityHeaderProblems("API error " + status, answer));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, headers, null);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long seedExampleId() throws Exception {
        // Newest first: the tests before this one may have published hundreds since the demo content.
        for (int first = 0; ; first += 100) {
            JsonNode page = HubClient.anonymous(base()).get("learning-examples?first=" + first + "&max=100").body();
            if (page.isEmpty()) {
                throw new AssertionError("The demo content has no Fyrbodal example among " + first + " published examples");
            }
            for (JsonNode example : page) {
                if (example.get("title").asText().startsWith("Tankesmedja i Fyrbodal")) {
                    return example.get("id").asLong();
                }
            }
        }
    }

    private long seedDocumentId() throws Exception {
        var anonymous = HubClient.anonymous(base());
        for (JsonNode listed : anonymous.get("learning-examples").body()) {
            JsonNode example = anonymous.get("learning-examples/" + listed.get("id").asLong()).body();
            if (example.has("documents") && example.get("documents").size() > 0) {
                return example.get("documents").get(0).get("id").asLong();
            }
        }
        throw new AssertionError("The demo content has no document");
    }

    private static String viewStateOf(String page) {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), "the owner's page has a form: " + page);
        return viewState.group(1);
    }

    private static Optional<InetAddress> nonLoopbackIpv4() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException other) {
            return false;
        }
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * Input that must never be stored or silently changed, and requests that must be refused before they
 * cost anything: every answer a 4xx with the JSON error body, nothing half-stored, the heap bounded.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class BadInputIT {

    private static final String ORNSKOLDSVIK = ProjectsAndNeedsIT.ORNSKOLDSVIK;
    private static final String SUNDSVALL = ProjectsAndNeedsIT.SUNDSVALL;
    /** Larger than any JSON body the hub takes (its limit is configurable; 2 MiB by default). */
    private static final int OVERSIZED_JSON = 3 * 1024 * 1024;

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void everyWriteEndpointAsksAnonymousCallersToLogInBeforeLookingAtTheBody() throws Exception {
        var anonymous = HubClient.anonymous(base());
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String endpoint : AuthorizationAndOpenApiIT.endpointsDeclaredInTheEar()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            if (method.equals("GET") || endpoint.equals("POST /unsubscribe")) {
                // The unsubscribe of an alert mail is the one write open to anyone (RFC 8058 one-click; its token
                // is the authority): AlertsIT checks it, and that a bad or missing token changes nothing (404).
                continue;
            }
            String path = endpoint.substring(endpoint.indexOf(' ') + 2).replaceAll("\\{[^}]+}", "1");
            // An empty body and a body that is no JSON at all: neither may be looked at before the login.
            // (A DELETE is sent without a body, as clients send it.)
            for (String body : method.equals("DELETE") ? List.of("") : List.of("", "{\"title\": ")) {
                // The import takes an HTML page; every other write endpoint takes JSON or a file.
                String type = path.endsWith("/import") ? "text/html" : "application/json";
                var answer = anonymous.send(method, path, type, HttpRequest.BodyPublishers.ofString(body));
                tried++;
                if (answer.status() != 401 || answer.body() == null || answer.body().get("status").asInt() != 401) {
                    wrong.add(endpoint + " with body '" + body + "': " + answer.status() + " " + answer.raw());
                }
            }
        }
        System.out.printf("Anonymous writes: %d calls to write endpoints, all asked to log in first%n", tried);
        assertTrue(tried >= 50, "expected the write endpoints of the whole API, tried " + tried);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("big-" + word, "Berit Stor", List.of(ORNSKOLDSVIK), List.of()));
        ObjectNode project = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "För stort " + word, "Många taggar");
        ArrayNode tags = project.putArray("tags");
        while (tags.size() * 12 < OVERSIZED_JSON) {
            tags.add("tagg" + tags.size());
        }
        String json = HubClient.JSON.writeValueAsString(project);

        var declared = author.postRaw("projects", json);
        assertProblem(declared, 413, null);
        assertTrue(declared.message().contains("MB"), "says how much is allowed: " + declared.message());
        // A body sent in chunks declares no length: it is counted while it is read.
        var chunked = author.send("POST", "projects", HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertProblem(chunked, 413, null);
        assertEquals(0, titled(author.get("projects?mine=true").body(), word), "nothing stored");
    }

    @Test
    void numbersAreNeverSilentlyChanged() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("numbers-" + word, "Nils Nummer", List.of(ORNSKOLDSVIK), List.of()));
        for (String budget : List.of("1e400", "1.9", "-1", "99999999999999999999", "\"mycket\"")) {
            String json = HubClient.JSON.writeValueAsString(ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Budget " + word, "Pengar"))
                    .replaceFirst("\\}$", ", \"budgetSek\": " + budget + "}");
            assertProblem(author.postRaw("projects", json), 400, "budgetSek");
        }
        String whole = HubClient.JSON.writeValueAsString(ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Budget " + word, "Pengar"))
                .replaceFirst("\\}$", ", \"budgetSek\": 1.9e6}");
        var accepted = author.postRaw("projects", whole);
        assertEquals(201, accepted.status(), "1.9e6 is a whole number of kronor: " + accepted.raw());
        assertEquals(1_900_000, accepted.body().get("budgetSek").asLong());

        ObjectNode need = ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Behov " + word);
        String fractionalMonths = HubClient.JSON.writeValueAsString(need).replace("\"contractLengthMonths\":48", "\"contractLengthMonths\":48.5");
        assertProblem(author.postRaw("procurement-needs", fractionalMonths), 400, "contractLengthMonths");
        assertEquals(1, titled(author.get("projects?mine=true").body(), word), "only the valid project is stored");
        assertEquals(0, titled(author.get("procurement-needs?mine=true").body(), word));
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("nul-" + word, "Nina Nul", List.of(ORNSKOLDSVIK), List.of()));
        assertProblem(author.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Noll\u0000byte " + word, "Text")), 400, "title");
        assertProblem(author.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Klocka " + word, "Ring\u0007ring")), 400, "lead");
        ObjectNode withContact = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Kontakt " + word, "Text");
        withContact.putArray("contacts").addObject().put("name", "Eva\u0000").put("email", "eva@ornskoldsvik.se");
        assertProblem(author.post("projects", withContact), 400, "name");
        // Line breaks and tabs are ordinary text.
        var fine = author.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Rader " + word, "Första raden\nandra\traden"));
        assertEquals(201, fine.status(), fine.raw());
        assertEquals(1, titled(author.get("projects?mine=true").body(), word), "only the valid project is stored");
    }

    @Test
    void aCpvCodeWithAWrongCheckDigitIsRefusedAndTheRightOneAccepted() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("cpv-" + word, "Cecilia CPV", List.of(ORNSKOLDSVIK), List.of()));
        ObjectNode wrong = ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Fel kontrollsiffra " + word);
        wrong.put("mainCpvCode", "48000000-1");
        assertProblem(author.post("procurement-needs", wrong), 400, "mainCpvCode");
        ObjectNode wrongAdditional = ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Fel kontrollsiffra " + word);
        wrongAdditional.putArray("additionalCpvCodes").add("72000000-4");
        assertProblem(author.post("procurement-needs", wrongAdditional), 400, "additionalCpvCodes");
        ObjectNode right = ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Rätt kontrollsiffra " + word);
        right.put("mainCpvCode", "48000000-8");
        var accepted = author.post("procurement-needs", right);
        assertEquals(201, accepted.status(), accepted.raw());
        assertEquals(1, titled(author.get("procurement-needs?mine=true").body(), word));
    }

    @Test
    void linksToInternationalisedDomainNamesAreKeptAsWritten() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("idn-" + word, "Ida Domän", List.of(ORNSKOLDSVIK), List.of()));
        ObjectNode project = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Länkar " + word, "Till Göteborg");
        project.putArray("links").addObject().put("title", "Vägen").put("url", "https://göteborg.se/väg");
        var created = author.post("projects", project);
        assertEquals(201, created.status(), created.raw());
        assertEquals("https://göteborg.se/väg", created.body().get("links").get(0).get("url").asText());
        ObjectNode script = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Länkar " + word, "Skript");
        script.putArray("links").addObject().put("title", "Elak").put("url", "javascript:alert(1)");
        assertProblem(author.post("projects", script), 400, "links");
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreReadSoTheHeapStaysBounded() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var owner = new HubClient(base(), OpenIdProvider.logIn("heap-owner-" + word, "Hedda Heap", List.of(ORNSKOLDSVIK), List.of()));
        var stranger = new HubClient(base(), OpenIdProvider.logIn("heap-stranger-" + word, "Sigge Främling", List.of(SUNDSVALL), List.of()));
        var anonymous = HubClient.anonymous(base());
        long item = owner.post("learning-examples", HubClient.learningExample(ORNSKOLDSVIK, "Minne " + word, "Stora kroppar")).body().get("id").asLong();
        assertEquals(200, owner.post("learning-examples/" + item + "/publish", null).status(), "others may see it, not add to it");
        // The system tests take files of at most 5 MB and JSON of at most 2 MB: these are refused with an
        // answer (the hub reads and drops up to twice a limit so that the client hears it) ...
        byte[] nineMegabytes = new byte[9 * 1024 * 1024];
        String threeAndAHalfMegabytesOfTags = hugeTagList(3_500_000);
        // ... and these are so large that the hub closes the connection instead of reading them at all.
        byte[] fortyNineMegabytes = new byte[49 * 1024 * 1024];
        String twentyTwoMegabytesOfTags = hugeTagList(22 * 1024 * 1024);

        try (HeapWatch heap = HeapWatch.ofHub()) {
            List<Callable<HubClient.Answer>> answered = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answered.add(() -> anonymous.upload("initiatives/" + item + "/documents", "stor.pdf", nineMegabytes));
                answered.add(() -> stranger.upload("initiatives/" + item + "/documents", "stor.pdf", nineMegabytes));
                answered.add(() -> owner.postRaw("projects", threeAndAHalfMegabytesOfTags));
                answered.add(() -> anonymous.postRaw("learning-examples", threeAndAHalfMegabytesOfTags));
            }
            List<Callable<Object>> dropped = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                dropped.add(() -> outcomeOf(() -> anonymous.upload("initiatives/" + item + "/documents", "stor.pdf", fortyNineMegabytes)));
                dropped.add(() -> outcomeOf(() -> owner.postRaw("projects", twentyTwoMegabytesOfTags)));
            }
            List<HubClient.Answer> answers = ConcurrencyIT.inParallel(answered);
            List<Object> droppedOutcomes = ConcurrencyIT.inParallel(dropped);
            for (int i = 0; i < answers.size(); i++) {
                assertProblem(answers.get(i), new int[] {401, 403, 413, 401}[i % 4], null);
            }
            for (Object outcome : droppedOutcomes) {
                assertTrue(outcome instanceof java.io.IOException
                                || outcome instanceof HubClient.Answer answer && (answer.status() == 401 || answer.status() == 413),
                        "a body far over the limit is refused or cut off: " + outcome);
            }
            long grownBy = heap.oldGenerationPeakGrowth();
            System.out.printf("Heap: the old generation peaked %.1f MB above its level after a full collection while 20"
                    + " oversized bodies (197 MB in all) were refused%n", grownBy / (1024.0 * 1024.0));
            assertTrue(grownBy < 48L * 1024 * 1024, "no refused body may be held in the heap: grew by " + grownBy + " bytes");
        }
        assertEquals(0, owner.get("initiatives/" + item + "/documents").body().size(), "nothing stored");
    }

    /** The answer, or the exception a client sees when the hub closes the connection on it. */
    private static Object outcomeOf(Callable<HubClient.Answer> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static String hugeTagList(int bytes) throws Exception {
        StringBuilder json = new StringBuilder("{\"title\": \"Taggar\", \"lead\": \"Många\", \"ownerOrganisation\": \"")
                .append(ORNSKOLDSVIK).append("\", \"tags\": [");
        for (int i = 0; json.length() < bytes; i++) {
            json.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        return json.append("]}").toString();
    }

    private static long titled(JsonNode items, String word) {
        return StreamSupport.stream(items.spliterator(), false).filter(i -> i.get("title").asText().contains(word)).count();
    }

    /** A JSON error answer with this status, naming the field when one is given. */
    static void assertProblem(HubClient.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.raw());
        assertTrue(answer.body() != null && answer.body().path("status").asInt() == status && answer.body().has("message"),
                "the JSON error body: " + answer.raw());
        if (field != null) {
            List<String> fields = StreamSupport.stream(answer.body().get("fields").spliterator(), false)
                    .map(f -> f.get("field").asText()).toList();
            assertTrue(fields.stream().anyMatch(f -> f.equals(field) || f.endsWith("." + field) || f.matches(".*\\b" + field + "\\b.*")),
                    "expected the field " + field + " to be named: " + answer.raw());
        }
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }

    /**
     * Watches the hub's old generation through Payara's JMX connector on loopback: a body read whole (a
     * file of megabytes, a large JSON being bound) is allocated there directly, while the garbage of
     * reading and dropping a body stays in the young generation. After a full collection, the old
     * generation is sampled every 10 ms, and its peak usage is read at the end as well. (Measured by hand:
     * two anonymous 40 MB uploads took the old generation 237 MB up before these fixes, 0 MB after.)
     */
    static final class HeapWatch implements AutoCloseable {

        private final JMXConnector connector;
        private final List<MemoryPoolMXBean> oldGeneration = new ArrayList<>();
        private final long before;
        private final AtomicLong sampledPeak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean watching = true;

        private HeapWatch(JMXConnector connector) throws Exception {
            this.connector = connector;
            MBeanServerConnection server = connector.getMBeanServerConnection();
            for (ObjectName pool : server.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
                MemoryPoolMXBean bean = ManagementFactory.newPlatformMXBeanProxy(server, pool.toString(), MemoryPoolMXBean.class);
                if (bean.getType() == MemoryType.HEAP && (bean.getName().contains("Old") || bean.getName().contains("Tenured"))) {
                    oldGeneration.add(bean);
                }
            }
            assertTrue(!oldGeneration.isEmpty(), "the hub's JVM has an old generation pool");
            ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class).gc();
            oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
            before = used();
            sampledPeak.set(before);
            sampler = new Thread(() -> {
                while (watching) {
                    try {
                        sampledPeak.accumulateAndGet(used(), Math::max);
                        Thread.sleep(10);
                    } catch (Exception stopped) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.start();
        }

        private long used() {
            return oldGeneration.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        }

        static HeapWatch ofHub() throws Exception {
            int port = Integer.getInteger("hjulet.test.payara.jmx.port", 8686);
            return new HeapWatch(JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi")));
        }

        /** How far above its level after the collection the old generation rose while watched. */
        long oldGenerationPeakGrowth() {
            long peakUsage = oldGeneration.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return Math.max(sampledPeak.get(), peakUsage) - before;
        }

        @Override
        public void close() throws Exception {
            watching = false;
            sampler.join(1000);
            connector.close();
        }
    }
}

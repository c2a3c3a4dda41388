package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * What one person does at once: several tabs, a script with threads, uploads in quick succession.
 * No request may fail for being parallel, a lost update is a JSON 409, and everything published
 * becomes searchable.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class ConcurrencyIT {

    private static final String UDDEVALLA = ProjectsAndNeedsIT.UDDEVALLA;
    private static final String SUNDSVALL = ProjectsAndNeedsIT.SUNDSVALL;
    private static final Set<String> READ = Set.of("ok", "encrypted", "failed", "truncated");

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void eightParallelRequestsOfANewPersonAllSucceed() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var newcomer = new HubClient(base(), OpenIdProvider.logIn("newcomer-" + word, "Nora Ny", List.of(UDDEVALLA), List.of()));

        List<Callable<HubClient.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            calls.add(switch (n % 4) {
                case 0 -> () -> newcomer.get("me");
                case 1 -> () -> newcomer.get("learning-examples?mine=true");
                case 2 -> () -> newcomer.post("learning-examples", HubClient.loadExample(UDDEVALLA, "Parallell " + n + " " + word));
                default -> () -> newcomer.get("projects?mine=true");
            });
        }
        List<HubClient.Answer> answers = inParallel(calls);

        List<String> failed = answers.stream().filter(a -> a.status() >= 400).map(a -> a.status() + " " + a.raw()).toList();
        assertTrue(failed.isEmpty(), "parallel requests of one person failed: " + failed);
        Set<Long> personIds = answers.stream().filter(a -> a.body() != null && a.body().has("memberships"))
                .map(a -> a.body().get("id").asLong()).collect(Collectors.toSet());
        assertEquals(1, personIds.size(), "one person, however many first requests: " + personIds);
        long stored = StreamSupport.stream(newcomer.get("learning-examples?mine=true").body().spliterator(), false)
                .filter(example -> example.get("title").asText().endsWith(word)).count();
        assertEquals(2, stored, "both parallel creates are stored");
    }

    @Test
    void tenParallelUpdatesOfTheSameVersionGiveOneSuccessAndNineJsonConflicts() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var owner = new HubClient(base(), OpenIdProvider.logIn("stale-" + word, "Sten Samtidig", List.of(UDDEVALLA), List.of()));
        JsonNode created = owner.post("projects", ProjectsAndNeedsIT.project(UDDEVALLA, "Utgångsläge " + word, "Före")).body();
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        List<Callable<HubClient.Answer>> puts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ObjectNode edit = ProjectsAndNeedsIT.project(UDDEVALLA, "Version " + i + " " + word, "Efter");
            edit.put("version", version);
            puts.add(() -> owner.put("projects/" + id, edit));
        }
        List<HubClient.Answer> answers = inParallel(puts);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HubClient.Answer::status, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 9L), byStatus, answers.stream().map(HubClient.Answer::raw).toList().toString());
        for (var conflict : answers.stream().filter(a -> a.status() == 409).toList()) {
            assertTrue(conflict.body() != null && conflict.body().get("status").asInt() == 409
                    && conflict.message().contains("meanwhile"), "a JSON 409 a person understands: " + conflict.raw());
        }
        String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().body().get("title").asText();
        assertEquals(winner, owner.get("projects/" + id).body().get("title").asText(), "the one that won is what is stored");
    }

    @Test
    void parallelInterestOfOneOrganisationIsTakenOnceAndTheRestAreJsonConflicts() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var owner = new HubClient(base(), OpenIdProvider.logIn("interest-owner-" + word, "Ola Ägare", List.of(UDDEVALLA), List.of()));
        var partner = new HubClient(base(), OpenIdProvider.logIn("interest-partner-" + word, "Pia Partner", List.of(SUNDSVALL), List.of()));
        long id = owner.post("projects", ProjectsAndNeedsIT.project(UDDEVALLA, "Sökes partner " + word, "Välkomna")).body().get("id").asLong();
        assertEquals(200, owner.post("projects/" + id + "/publish", null).status());

        List<Callable<HubClient.Answer>> declarations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            declarations.add(() -> partner.post("projects/" + id + "/participations", ProjectsAndNeedsIT.interest(SUNDSVALL)));
        }
        List<HubClient.Answer> answers = inParallel(declarations);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HubClient.Answer::status, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 5L), byStatus, answers.stream().map(HubClient.Answer::raw).toList().toString());
        answers.stream().filter(a -> a.status() == 409).forEach(a ->
                assertTrue(a.body() != null && a.body().has("message"), "JSON error body: " + a.raw()));
        assertEquals(1, owner.get("projects/" + id + "/participations").body().size());
    }

    @Test
    void fourClientsOfOnePersonPublishAndEveryItemBecomesSearchable() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var loader = new HubClient(base(), OpenIdProvider.logIn("loader-" + word, "Lars Laddare", List.of(UDDEVALLA), List.of()));
        int perClient = 40;

        List<Callable<List<String>>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.add(() -> {
                List<String> failures = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    var created = loader.post(i % 2 == 0 ? "projects" : "learning-examples", i % 2 == 0
                            ? ProjectsAndNeedsIT.project(UDDEVALLA, "Last " + client + "-" + i + " " + word, "Provdata.")
                            : HubClient.loadExample(UDDEVALLA, "Last " + client + "-" + i + " " + word));
                    if (created.status() != 201 || created.body() == null) {
                        failures.add("create " + created.status() + " " + created.raw());
                        continue;
                    }
                    var published = loader.post((i % 2 == 0 ? "projects/" : "learning-examples/") + created.body().get("id").asLong() + "/publish", null);
                    if (published.status() != 200) {
                        failures.add("publish " + published.status() + " " + published.raw());
                    }
                }
                return failures;
            });
        }
        List<String> failures = inParallel(clients).stream().flatMap(List::stream).toList();
        long lastPublish = System.nanoTime();
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures);

        awaitTotal(HubClient.anonymous(base()), word, 4 * perClient, 10_000);
        System.out.printf("4 clients of one person: %d items searchable %d ms after the last publish%n",
                4 * perClient, (System.nanoTime() - lastPublish) / 1_000_000);
    }

    @Test
    void fiftyParallelUploadsAndPublishesLeaveNothingPendingAndEverythingFindable() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("uploader-" + word, "Ulla Uppladdare", List.of(UDDEVALLA), List.of()));
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(author.post("learning-examples", HubClient.loadExample(UDDEVALLA, "Dokumenterat " + i + " " + word)).body().get("id").asLong());
        }

        // Every item gets ten documents in parallel, and is published while its documents arrive.
        List<Callable<HubClient.Answer>> calls = new ArrayList<>();
        for (long item : items) {
            for (int d = 0; d < 10; d++) {
                byte[] text = ("Bilaga " + d + " om " + word + ", provdata, del " + d + " av " + item + ".")
                        .getBytes(StandardCharsets.UTF_8);
                String name = "bilaga-" + d + ".txt";
                calls.add(() -> author.upload("initiatives/" + item + "/documents", name, text));
                if (d == 4) {
                    calls.add(() -> author.post("learning-examples/" + item + "/publish", null));
                }
            }
        }
        List<HubClient.Answer> answers = inParallel(calls);
        long lastWrite = System.nanoTime();
        List<String> failed = answers.stream().filter(a -> a.status() >= 300).map(a -> a.status() + " " + a.raw()).toList();
        assertTrue(failed.isEmpty(), "uploads and publishes failed: " + failed);

        var anonymous = HubClient.anonymous(base());
        awaitTotal(anonymous, word + "&kind=document", 50, 10_000);
        awaitTotal(anonymous, word + "&kind=learning_example", 5, 10_000);
        for (long item : items) {
            List<String> statuses = StreamSupport.stream(author.get("initiatives/" + item + "/documents").body().spliterator(), false)
                    .map(d -> d.get("status").asText()).toList();
            assertEquals(10, statuses.size());
            assertTrue(READ.containsAll(statuses), "no document left pending: " + statuses);
        }
        System.out.printf("50 parallel uploads with publishes: all found %d ms after the last write%n",
                (System.nanoTime() - lastWrite) / 1_000_000);
    }

    @Test
    void twentyUploadsToOneItemFiftyMillisecondsApartAreAllReadAndIndexed() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("burst-" + word, "Bo Burst", List.of(UDDEVALLA), List.of()));
        long item = author.post("learning-examples", HubClient.loadExample(UDDEVALLA, "Många bilagor " + word)).body().get("id").asLong();
        assertEquals(200, author.post("learning-examples/" + item + "/publish", null).status());

        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HubClient.Answer>> uploads = new ArrayList<>();
            for (int d = 0; d < 20; d++) {
                byte[] text = ("Rapport " + d + " om " + word + ", provdata.").getBytes(StandardCharsets.UTF_8);
                String name = "rapport-" + d + ".txt";
                uploads.add(pool.submit(() -> author.upload("initiatives/" + item + "/documents", name, text)));
                Thread.sleep(50);
            }
            for (var upload : uploads) {
                var answer = upload.get(2, TimeUnit.MINUTES);
                assertEquals(201, answer.status(), answer.raw());
            }
        } finally {
            pool.shutdownNow();
        }
        long lastUpload = System.nanoTime();
        awaitTotal(HubClient.anonymous(base()), word + "&kind=document", 20, 10_000);
        List<String> statuses = StreamSupport.stream(author.get("initiatives/" + item + "/documents").body().spliterator(), false)
                .map(d -> d.get("status").asText()).toList();
        assertTrue(READ.containsAll(statuses), "none pending: " + statuses);
        System.out.printf("20 uploads 50 ms apart: all found %d ms after the last upload%n", (System.nanoTime() - lastUpload) / 1_000_000);
    }

    @Test
    void parallelReadersOfALargeAnswerEachGetItWhole() throws Exception {
        var anonymous = HubClient.anonymous(base());
        String expected = anonymous.get("organisations").raw();
        assertTrue(expected.length() > 20_000, "a list large enough to span several buffers: " + expected.length());
        List<Callable<List<String>>> readers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            readers.add(() -> {
                List<String> different = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    String body = anonymous.get("organisations").raw();
                    if (!body.equals(expected)) {
                        different.add(body.length() + " characters: " + body.substring(0, Math.min(120, body.length())));
                    }
                }
                return different;
            });
        }
        List<String> different = inParallel(readers).stream().flatMap(List::stream).toList();
        assertTrue(different.isEmpty(), different.size() + " of 800 answers were not the list the hub holds, e.g. " + different.stream().limit(3).toList());
    }

    /** Runs the calls at once, each on its own thread, and answers their results in order. */
    static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 16));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls, 5, TimeUnit.MINUTES)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until the search (query string, may carry {@code &kind=}) counts exactly {@code expected} hits. */
    static void awaitTotal(HubClient client, String queryAndFilters, long expected, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        HubClient.Answer answer;
        do {
            answer = client.get("search?size=1&q=" + queryAndFilters);
            if (answer.status() == 200 && answer.body().get("total").asLong() == expected) {
                return;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("Expected " + expected + " hits for '" + queryAndFilters + "' within " + timeoutMillis
                + " ms; last answer " + answer.status() + " " + answer.raw());
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

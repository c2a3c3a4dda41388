package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * The hub deployed on Payara with a real Elasticsearch node and a real OpenID Connect provider,
 * used over HTTP the way API clients and browsers use it.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class LearningExamplesIT {

    private static final String UDDEVALLA = "1485";
    private static final String STOCKHOLM = "0180";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void anonymousCallersMayReadButNotWrite() throws Exception {
        var anonymous = HubClient.anonymous(base());
        var created = anonymous.post("learning-examples", HubClient.learningExample(UDDEVALLA, "Anonym", "Ingen inloggning"));
        assertEquals(401, created.status(), created.raw());
        assertTrue(created.message().contains("Log in"), created.message());
        assertEquals(200, anonymous.get("learning-examples").status());
    }

    @Test
    void aMemberPublishesAndEveryoneFindsItWhileDraftsStayHidden() throws Exception {
        String word = uniqueWord();
        var anna = new HubClient(base(), OpenIdProvider.logIn("anna", "Anna Andersson", List.of(UDDEVALLA), List.of()));
        var erik = new HubClient(base(), OpenIdProvider.logIn("erik", "Erik Eriksson", List.of(STOCKHOLM), List.of()));
        var anonymous = HubClient.anonymous(base());

        var example = HubClient.learningExample(UDDEVALLA, "E-signering " + word, "Uddevalla inför e-signering för hemarbete.");
        var created = anna.post("learning-examples", example);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        assertEquals("draft", created.body().get("status").asText());
        assertEquals("<p>Bakgrund <b>viktig</b></p>", created.body().get("background").asText(), "script removed, formatting kept");

        // A draft: its owners see it, nobody else finds it, not even after the outbox has run.
        assertEquals(200, anna.get("learning-examples/" + id).status());
        assertEquals(404, erik.get("learning-examples/" + id).status());
        assertEquals(404, anonymous.get("learning-examples/" + id).status());
        Thread.sleep(1500);
        assertEquals(0, anonymous.search(word).body().get("total").asLong(), "a draft must never be found");

        var published = anna.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        long publishedAt = System.nanoTime();
        JsonNode hits = awaitHits(anonymous, word, 1, 2_000);
        long millis = (System.nanoTime() - publishedAt) / 1_000_000;
        System.out.printf("Published learning example became searchable after %d ms%n", millis);
        JsonNode hit = hits.get(0);
        assertEquals("learning_example", hit.get("kind").asText());
        assertEquals(id, hit.get("databaseId").asLong());
        assertEquals("Uddevalla", hit.get("organisation").asText());
        assertTrue(hit.get("highlights").toString().contains("<mark>"), hit.toString());

        // Someone from another organisation may read it but not change it.
        assertEquals(200, erik.get("learning-examples/" + id).status());
        var foreignUpdate = erik.put("learning-examples/" + id, example.put("title", "Kapad"));
        assertEquals(403, foreignUpdate.status(), foreignUpdate.raw());
        assertEquals(403, erik.post("learning-examples/" + id + "/archive", null).status());
        assertEquals(401, anonymous.put("learning-examples/" + id, example).status());
        assertEquals("E-signering " + word, anonymous.get("learning-examples/" + id).body().get("title").asText());

        // A stale version is refused instead of overwriting someone's edit.
        var stale = anna.put("learning-examples/" + id, example.put("title", "Ny titel " + word).put("version", 0));
        assertEquals(409, stale.status(), stale.raw());

        var archived = anna.post("learning-examples/" + id + "/archive", null);
        assertEquals(200, archived.status(), archived.raw());
        awaitHits(anonymous, word, 0, 5_000);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsStored() throws Exception {
        var anna = new HubClient(base(), OpenIdProvider.logIn("anna2", "Anna Andersson", List.of(UDDEVALLA), List.of()));
        int before = anna.get("learning-examples?mine=true").body().size();

        var malformed = anna.postRaw("learning-examples", "{\"title\": \"Trasig\", ");
        assertEquals(400, malformed.status(), malformed.raw());
        assertTrue(malformed.message().contains("JSON"), malformed.message());

        var missingTitle = anna.post("learning-examples", HubClient.learningExample(UDDEVALLA, "", "Lead"));
        assertEquals(400, missingTitle.status());
        assertEquals("title", missingTitle.body().get("fields").get(0).get("field").asText());

        var tooLong = anna.post("learning-examples", HubClient.learningExample(UDDEVALLA, "x".repeat(301), "Lead"));
        assertEquals(400, tooLong.status());
        assertTrue(fieldsOf(tooLong.body()).contains("title"), tooLong.raw());

        var unknownOrganisation = anna.post("learning-examples", HubClient.learningExample("9999", "Titel", "Lead"));
        assertEquals(400, unknownOrganisation.status());
        assertTrue(fieldsOf(unknownOrganisation.body()).contains("ownerOrganisation"), unknownOrganisation.raw());
        assertTrue(unknownOrganisation.message().contains("9999"), unknownOrganisation.message());

        var badPeriod = HubClient.learningExample(UDDEVALLA, "Period", "Lead").put("periodFrom", "2021-05-01").put("periodTo", "2020-01-01");
        var backwards = anna.post("learning-examples", badPeriod);
        assertEquals(400, backwards.status());
        assertTrue(fieldsOf(backwards.body()).contains("periodTo"), backwards.raw());

        var scriptLink = HubClient.learningExample(UDDEVALLA, "Länk", "Lead");
        scriptLink.putArray("links").addObject().put("title", "klicka").put("url", "javascript:alert(1)");
        assertEquals(400, anna.post("learning-examples", scriptLink).status());

        var notMine = anna.post("learning-examples", HubClient.learningExample(STOCKHOLM, "Inte min", "Lead"));
        assertEquals(403, notMine.status(), notMine.raw());

        assertEquals(before, anna.get("learning-examples?mine=true").body().size(), "nothing half-stored");
    }

    @Test
    void platformAdminsAddFederationsAndGrantMemberships() throws Exception {
        String number = "222000-" + (1000 + new Random().nextInt(9000));
        var admin = new HubClient(base(), OpenIdProvider.logIn("admin", "Ada Admin", List.of(), List.of("admin")));
        var sara = new HubClient(base(), OpenIdProvider.logIn("sara", "Sara Strateg", List.of(), List.of()));
        long saraId = sara.get("me").body().get("id").asLong();
        var federation = HubClient.JSON.createObjectNode()
                .put("kind", "FEDERATION").put("name", "Testförbundet " + number).put("code", number).put("countyCode", "14");
        federation.putArray("members").add(UDDEVALLA).add("1438");

        assertEquals(403, sara.post("organisations", federation).status(), "only platform admins add organisations");
        var added = admin.post("organisations", federation);
        assertEquals(201, added.status(), added.raw());
        assertEquals(java.util.Set.of(UDDEVALLA, "1438"), StreamSupport.stream(added.body().get("members").spliterator(), false)
                .map(JsonNode::asText).collect(java.util.stream.Collectors.toSet()));
        assertEquals(400, admin.post("organisations", federation).status(), "the same code twice is refused");
        var badCode = HubClient.JSON.createObjectNode().put("kind", "MUNICIPALITY").put("name", "Påhittad").put("code", "12");
        var refused = admin.post("organisations", badCode);
        assertEquals(400, refused.status());
        assertTrue(fieldsOf(refused.body()).contains("code"), refused.raw());

        var example = HubClient.learningExample(number, "Förbundets exempel", "Ett exempel från förbundet.");
        assertEquals(403, sara.post("learning-examples", example).status(), "not a member yet");
        var grant = HubClient.JSON.createObjectNode().put("role", "MEMBER");
        assertEquals(403, sara.put("organisations/" + number + "/members/" + saraId, grant).status());
        assertEquals(204, admin.put("organisations/" + number + "/members/" + saraId, grant).status());
        assertEquals(201, sara.post("learning-examples", example).status(), "a member now");
    }

    @Test
    void theSeedExamplesAreFoundWithSwedishSearch() throws Exception {
        var anonymous = HubClient.anonymous(base());
        awaitHits(anonymous, "samverkan", 2, 30_000);
        JsonNode samverkan = anonymous.get("search?q=samverkan&kind=learning_example&size=50").body().get("hits");
        List<JsonNode> seeds = StreamSupport.stream(samverkan.spliterator(), false)
                .filter(hit -> hit.get("title").asText().startsWith("Tankesmedja i Fyrbodal")
                        || hit.get("title").asText().startsWith("Digitaliseringsrådet"))
                .toList();
        assertEquals(2, seeds.size(), "both seed examples are found: " + titlesOf(samverkan));
        seeds.forEach(hit -> assertTrue(hit.get("highlights").toString().toLowerCase().contains("<mark>samverkan</mark>"), hit.toString()));

        // "kommun" finds the example whose title says "kommunerna" (Swedish stemming).
        List<String> kommun = titlesOf(anonymous.get("search?q=kommun&kind=learning_example&size=50").body().get("hits"));
        assertTrue(kommun.contains("Digitaliseringsrådet håller ihop verksamheten i kommunerna"), kommun.toString());

        var tooLongQuery = anonymous.search("a".repeat(600));
        assertEquals(400, tooLongQuery.status(), tooLongQuery.raw());
    }

    @Test
    void aPersonLogsInWithTheBrowserFlowAndStaysLoggedIn() throws Exception {
        OpenIdProvider.nextLoginIs("lena", "Lena Svensson", List.of(UDDEVALLA), List.of());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create(base() + "login?return=/");
        List<String> visited = new ArrayList<>();
        HttpResponse<String> response = null;
        for (int hop = 0; hop < 10 && next != null; hop++) {
            visited.add(next.toString());
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            var location = response.headers().firstValue("Location");
            next = location.map(l -> URI.create(visited.get(visited.size() - 1)).resolve(l)).orElse(null);
        }
        assertTrue(visited.stream().anyMatch(u -> u.contains("/hjulet/authorize")), "went through the provider: " + visited);
        assertTrue(visited.stream().anyMatch(u -> u.contains("/callback?code=")), "came back with a code: " + visited);
        assertEquals(base().toString(), visited.get(visited.size() - 1), "ends where the person started: " + visited);
        assertNotNull(response);

        // Logged in: the login path no longer goes to the provider.
        var again = browser.send(HttpRequest.newBuilder(URI.create(base() + "login/oidc")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, again.statusCode());
        assertFalse(again.headers().firstValue("Location").orElse("").contains("authorize"), again.headers().toString());
    }

    @Test
    void readinessReportsDatabaseAndElasticsearch() throws Exception {
        HttpResponse<String> health = HubClient.awaitReady(base(), 60_000);
        assertEquals(200, health.statusCode(), health.body());
        JsonNode checks = HubClient.JSON.readTree(health.body()).get("checks");
        List<String> up = StreamSupport.stream(checks.spliterator(), false)
                .filter(c -> "UP".equals(c.get("status").asText())).map(c -> c.get("name").asText()).toList();
        assertTrue(up.containsAll(List.of("database", "elasticsearch")), health.body());
    }

    static JsonNode awaitHits(HubClient client, String query, int expected, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        HubClient.Answer answer;
        do {
            answer = client.search(query);
            if (answer.status() == 200 && answer.body().get("total").asLong() >= expected
                    && (expected > 0 || answer.body().get("total").asLong() == 0)) {
                return answer.body().get("hits");
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("Expected " + expected + " hits for '" + query + "' within " + timeoutMillis
                + " ms; last answer " + answer.status() + " " + answer.raw());
    }

    static List<String> titlesOf(JsonNode hits) {
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("title").asText()).toList();
    }

    private static List<String> fieldsOf(JsonNode problem) {
        return StreamSupport.stream(problem.get("fields").spliterator(), false).map(f -> f.get("field").asText()).toList();
    }

    /** A word no seed text contains, so the test's own item is the only possible hit. */
    static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("hjul");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** Elasticsearch goes away: writing still works, search says it is unavailable, and nothing is lost. */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class SearchOutageIT {

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void publishingDuringAnOutageBecomesSearchableWhenElasticsearchReturns() throws Exception {
        URL base = HubDeployment.base(injectedBase);
        String word = LearningExamplesIT.uniqueWord();
        var anna = new HubClient(base, OpenIdProvider.logIn("anna-outage", "Anna", List.of("1485"), List.of()));
        var anonymous = HubClient.anonymous(base);

        ElasticsearchNodeExtension.stopNode();
        try {
            var created = anna.post("learning-examples", HubClient.learningExample("1485", "Avbrott " + word, "Skrivs när sökningen ligger nere."));
            assertEquals(201, created.status(), created.raw());
            long id = created.body().get("id").asLong();
            var published = anna.post("learning-examples/" + id + "/publish", null);
            assertEquals(200, published.status(), published.raw());

            var search = anonymous.search(word);
            assertEquals(503, search.status(), search.raw());
            assertTrue(search.message().contains("temporarily unavailable"), search.message());
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, health.statusCode(), health.body());
            assertEquals(200, anonymous.get("learning-examples/" + id).status(), "reading from the database still works");

            // Past the lag limit (10 s in the system tests) readiness says what waits; the worker itself is not stuck.
            Thread.sleep(11_000);
            JsonNode indexing = check(base, "health/ready", "search-indexing");
            assertEquals("DOWN", indexing.get("status").asText(), indexing.toString());
            assertTrue(indexing.get("data").get("oldestDueSeconds").asLong() > 10, indexing.toString());
            assertTrue(indexing.get("data").get("message").asText().contains("behind the database"), indexing.toString());
            assertEquals("UP", check(base, "health/live", "search-outbox-worker").get("status").asText());
        } finally {
            ElasticsearchNodeExtension.startNode();
        }
        var hits = LearningExamplesIT.awaitHits(anonymous, word, 1, 60_000);
        assertEquals("Avbrott " + word, hits.get(0).get("title").asText());
        // Everything that waited during the outage (this test's and others') is indexed soon after.
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode caughtUp = check(base, "health/ready", "search-indexing");
        while (!"UP".equals(caughtUp.get("status").asText()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            caughtUp = check(base, "health/ready", "search-indexing");
        }
        assertEquals("UP", caughtUp.get("status").asText(), "nothing waits for long once search is back: " + caughtUp);
    }

    /** One named check of a MicroProfile Health endpoint. */
    private static JsonNode check(URL base, String endpoint, String name) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + endpoint)).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : HubClient.JSON.readTree(health.body()).get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("No check " + name + " in " + health.body());
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * The five kinds of query that found nothing before search understood Swedish: each test publishes an
 * item of its own through the API and searches the way a strategist would type. Every query carries the
 * item's own unique word too, so the other items of the run cannot decide the outcome; the hard word
 * beside it is what used to empty the result (all words of a short query had to match as written).
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class SearchQualityIT {

    private static final String UDDEVALLA = "1485";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void aTypingErrorStillFindsTheItem() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long id = publish(word, "Meröppet bibliotek i " + word, "Biblioteket i " + word + " har öppet med självservice på kvällarna.");
        assertFirstHit(id, "biblotek " + word);
    }

    @Test
    void anEnglishQueryFindsTheSwedishItem() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long id = publish(word, "Snöröjning i " + word, "Plogbilarna i " + word + " syns på en karta under vintern.");
        assertFirstHit(id, "snow clearing " + word);
    }

    @Test
    void aCompoundMeetsItsPartsAndThePartsMeetTheCompound() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long id = publish(word, "Planering av skolskjutsar i " + word, "Ett verktyg lägger turerna för eleverna i " + word + ".");
        assertFirstHit(id, "skolskjutsplanering " + word);

        String other = LearningExamplesIT.uniqueWord();
        long compound = publish(other, "Snöröjningsrutiner i " + other, "Nya rutiner för vintern i " + other + ".");
        assertFirstHit(compound, "snöröjning " + other);
    }

    @Test
    void aSpellingVariantOrSynonymFindsTheItem() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long id = publish(word, "Trådlöst nätverk på äldreboendet i " + word, "Boende och besökare i " + word + " får fri uppkoppling.");
        // The English loan word against the Swedish words, and the product name against the generic word.
        assertFirstHit(id, "wifi " + word);

        String other = LearningExamplesIT.uniqueWord();
        long meetings = publish(other, "Videomöten för nämnderna i " + other, "Förtroendevalda i " + other + " sammanträder på distans.");
        assertFirstHit(meetings, "Teams " + other);
    }

    @Test
    void aLongQueryWithOneStrayWordFindsTheItemThatHasTheOthers() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long id = publish(word, "Ruttoptimering av skolskjuts i " + word, "Kortare restider för eleverna i " + word + ".");
        assertFirstHit(id, "ruttoptimering " + word + " glesbygd");
    }

    @Test
    void typingErrorsNeverOutrankTheWordAsWritten() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long exact = publish(word, "Upphandling i " + word, "Gemensam upphandling för kommunerna i " + word + ".");
        long near = publish(word + "b", "Upphandlingar i " + word + "b", "Många upphandlingar i " + word + "b och grannkommunerna.");
        var hits = search(word).get("hits");
        assertEquals(exact, hits.get(0).get("databaseId").asLong(), hits.toString());
        assertTrue(ids(hits).contains(near), "one typing error away, found too: " + hits);
    }

    private long publish(String word, String title, String lead) throws Exception {
        var author = new HubClient(base(), OpenIdProvider.logIn("quality-" + word, "Sara Strateg", List.of(UDDEVALLA), List.of()));
        var example = HubClient.learningExample(UDDEVALLA, title, lead);
        example.putArray("conclusions").add(lead);
        example.put("background", "<p>" + lead + "</p>");
        var created = author.post("learning-examples", example);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        var published = author.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        // Until this very item is found (a near word may find another item first).
        long deadline = System.currentTimeMillis() + 30_000;
        while (!ids(search(word).get("hits")).contains(id)) {
            assertTrue(System.currentTimeMillis() < deadline, "item " + id + " was not indexed in time");
            Thread.sleep(100);
        }
        return id;
    }

    private void assertFirstHit(long id, String query) throws Exception {
        JsonNode body = search(query);
        JsonNode hits = body.get("hits");
        assertFalse(hits.isEmpty(), "'" + query + "' found nothing");
        assertEquals(id, hits.get(0).get("databaseId").asLong(), "'" + query + "' should find the item first: " + hits);
    }

    private JsonNode search(String query) throws Exception {
        var answer = HubClient.anonymous(base()).get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.raw());
        return answer.body();
    }

    private static List<Long> ids(JsonNode hits) {
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("databaseId").asLong()).toList();
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

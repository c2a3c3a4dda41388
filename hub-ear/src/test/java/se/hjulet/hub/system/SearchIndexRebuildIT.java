package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** A platform admin rebuilds the search index from the database: what the index lost comes back, drafts stay out. */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class SearchIndexRebuildIT {

    private static final String REBUILD = "admin/search-index/rebuild";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void onlyPlatformAdminsRebuild() throws Exception {
        URL base = HubDeployment.base(injectedBase);
        assertEquals(401, HubClient.anonymous(base).post(REBUILD, null).status());
        var member = new HubClient(base, OpenIdProvider.logIn("rebuild-member", "Maja", List.of("2281"), List.of()));
        var refused = member.post(REBUILD, null);
        assertEquals(403, refused.status(), refused.raw());
        assertTrue(refused.message().contains("platform admins"), refused.message());
        assertEquals(403, member.get(REBUILD).status());
    }

    @Test
    void aRebuildRestoresWhatTheIndexLostAndKeepsDraftsOut() throws Exception {
        URL base = HubDeployment.base(injectedBase);
        var anonymous = HubClient.anonymous(base);
        var admin = new HubClient(base, OpenIdProvider.logIn("rebuild-admin", "Ada Admin", List.of(), List.of("admin")));
        var author = new HubClient(base, OpenIdProvider.logIn("rebuild-author", "Rut", List.of("2281"), List.of()));
        String published = LearningExamplesIT.uniqueWord();
        String draft = LearningExamplesIT.uniqueWord();
        long id = created(author, "Återuppbyggt " + published);
        assertEquals(200, author.post("learning-examples/" + id + "/publish", null).status());
        created(author, "Utkast " + draft);
        LearningExamplesIT.awaitHits(anonymous, published, 1, 30_000);
        String indexBefore = concreteIndex();

        // The index loses the item behind the hub's back (a restored snapshot, a wiped node...).
        assertEquals(200, elasticsearch("DELETE", "/hjulet/_doc/learning_example:" + id + "?refresh=true").statusCode());
        assertEquals(0, anonymous.search(published).body().get("total").asLong(), "the item is gone from search");

        var started = admin.post(REBUILD, null);
        assertEquals(202, started.status(), started.raw());
        assertEquals("running", started.body().get("state").asText(), started.raw());
        assertTrue(started.body().get("total").asLong() >= 1, started.raw());
        // Published while the rebuild runs: reaches the new index too.
        String during = LearningExamplesIT.uniqueWord();
        long duringId = created(author, "Under ombyggnaden " + during);
        assertEquals(200, author.post("learning-examples/" + duringId + "/publish", null).status());

        JsonNode progress = awaitDone(admin);
        assertEquals("done", progress.get("state").asText(), progress.toString());
        assertEquals(0, progress.get("notIndexed").asLong(), progress.toString());
        assertTrue(progress.get("indexed").asLong() >= 1, progress.toString());
        assertEquals(progress.get("newIndex").asText(), concreteIndex(), "the alias points to the new index");
        assertNotEquals(indexBefore, concreteIndex());
        assertTrue(progress.get("removedIndices").toString().contains(indexBefore), progress.toString());

        assertEquals("Återuppbyggt " + published, LearningExamplesIT.awaitHits(anonymous, published, 1, 30_000).get(0).get("title").asText());
        LearningExamplesIT.awaitHits(anonymous, during, 1, 30_000);
        assertEquals(0, anonymous.search(draft).body().get("total").asLong(), "drafts stay out of the rebuilt index");
    }

    private static long created(HubClient author, String title) throws Exception {
        var created = author.post("learning-examples", HubClient.learningExample("2281", title, "Om att bygga om sökindexet."));
        assertEquals(201, created.status(), created.raw());
        return created.body().get("id").asLong();
    }

    private static JsonNode awaitDone(HubClient admin) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode progress;
        do {
            Thread.sleep(250);
            var answer = admin.get(REBUILD);
            assertEquals(200, answer.status(), answer.raw());
            progress = answer.body();
        } while ("running".equals(progress.get("state").asText()) && System.currentTimeMillis() < deadline);
        return progress;
    }

    /** The one index the alias points to now. */
    private static String concreteIndex() throws Exception {
        HttpResponse<String> aliases = elasticsearch("GET", "/_alias/hjulet");
        assertEquals(200, aliases.statusCode(), aliases.body());
        var names = HubClient.JSON.readTree(aliases.body()).fieldNames();
        String name = names.next();
        assertTrue(!names.hasNext(), "one index behind the alias: " + aliases.body());
        return name;
    }

    private static HttpResponse<String> elasticsearch(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ElasticsearchNodeExtension.httpUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import se.hjulet.search.testing.evaluation.JudgedCorpus;

/**
 * The judged set loaded as a user would: each initiative's input POSTed to its kind's endpoint as it is, then
 * published, by a platform admin (who may act for every organisation). Federations the set names are added when
 * the hub lacks them. Remembers which database id each key got, and archives everything again at the end so
 * other tests never meet the set's items.
 */
final class JudgedSetThroughTheApi implements AutoCloseable {

    private final HubClient admin;
    private final JudgedCorpus corpus;
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Map<Long, String> keys = new HashMap<>();

    private JudgedSetThroughTheApi(HubClient admin, JudgedCorpus corpus) {
        this.admin = admin;
        this.corpus = corpus;
    }

    static JudgedSetThroughTheApi load(URL base) throws Exception {
        String token = OpenIdProvider.logIn("judged-set-loader", "Ida Inläsare", List.of(), List.of("admin"));
        var loaded = new JudgedSetThroughTheApi(new HubClient(base, token), JudgedCorpus.load());
        loaded.addMissingFederations();
        for (JudgedCorpus.Initiative item : loaded.corpus.initiatives()) {
            loaded.publish(item);
        }
        loaded.waitUntilIndexed();
        return loaded;
    }

    JudgedCorpus corpus() {
        return corpus;
    }

    long id(String key) {
        return ids.get(key);
    }

    /** The key of a database id, or the id itself for items that are not the set's. */
    String key(long id) {
        return keys.getOrDefault(id, String.valueOf(id));
    }

    List<String> keys(JsonNode items) {
        List<String> found = new ArrayList<>();
        items.forEach(item -> found.add(key(item.get("databaseId").asLong())));
        return found;
    }

    HubClient admin() {
        return admin;
    }

    private void addMissingFederations() throws Exception {
        for (Map.Entry<String, JsonNode> organisation : corpus.organisations().entrySet()) {
            JsonNode data = organisation.getValue();
            if (!"FEDERATION".equals(data.path("kind").asText())) {
                continue;
            }
            if (admin.get("organisations/" + java.net.URLEncoder.encode(organisation.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20")).status() == 200) {
                continue;
            }
            ObjectNode federation = HubClient.JSON.createObjectNode();
            federation.put("kind", "FEDERATION");
            federation.put("name", data.get("name").asText());
            federation.put("countyCode", data.path("countyCode").asText(null));
            var members = federation.putArray("members");
            data.path("members").forEach(m -> members.add(m.asText()));
            var added = admin.post("organisations", federation);
            assertEquals(201, added.status(), added.raw());
        }
    }

    private void publish(JudgedCorpus.Initiative item) throws Exception {
        String path = switch (item.kind()) {
            case "learning_example" -> "learning-examples";
            case "project" -> "projects";
            default -> "procurement-needs";
        };
        var created = admin.post(path, item.input());
        assertEquals(201, created.status(), item.key() + ": " + created.raw());
        long id = created.body().get("id").asLong();
        var published = admin.post(path + "/" + id + "/publish", null);
        assertEquals(200, published.status(), item.key() + ": " + published.raw());
        ids.put(item.key(), id);
        keys.put(id, item.key());
    }

    /** Until every item is in the index: the last one published is the last one the outbox writes. */
    private void waitUntilIndexed() throws Exception {
        long last = ids.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            var answer = admin.get("initiatives/" + last + "/similar?size=1");
            var search = admin.search(corpus.initiatives().get(corpus.initiatives().size() - 1).title());
            boolean found = search.status() == 200 && StreamSupport.stream(search.body().get("hits").spliterator(), false)
                    .anyMatch(h -> h.get("databaseId").asLong() == last);
            if (answer.status() == 200 && found) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the judged set was not indexed in time");
            Thread.sleep(250);
        }
    }

    /** Archives every item of the set: archived items leave the index, so later tests never meet them. */
    @Override
    public void close() throws Exception {
        for (Map.Entry<String, Long> item : ids.entrySet()) {
            String path = switch (corpus.initiative(item.getKey()).kind()) {
                case "learning_example" -> "learning-examples";
                case "project" -> "projects";
                default -> "procurement-needs";
            };
            admin.post(path + "/" + item.getValue() + "/archive", null);
        }
    }
}

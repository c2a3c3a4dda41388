package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.List;
import java.util.stream.StreamSupport;

/** Writing and publishing items through the API for the matching tests, and waiting until search has them. */
final class Publisher {

    private final URL base;

    Publisher(URL base) {
        this.base = base;
    }

    /** A person of the organisation, logged in at the provider, as an API client. */
    HubClient author(String subject, String organisation) throws Exception {
        return new HubClient(base, OpenIdProvider.logIn(subject, "Maja Matchare", List.of(organisation), List.of()));
    }

    long publishExample(HubClient author, String owner, String title, String lead) throws Exception {
        long id = draftExample(author, owner, title, lead);
        var published = author.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        awaitIndexed(id);
        return id;
    }

    long draftExample(HubClient author, String owner, String title, String lead) throws Exception {
        ObjectNode example = HubClient.JSON.createObjectNode().put("title", title).put("lead", lead).put("ownerOrganisation", owner);
        example.putArray("conclusions").add(lead);
        var created = author.post("learning-examples", example);
        assertEquals(201, created.status(), created.raw());
        return created.body().get("id").asLong();
    }

    long publishNeed(HubClient author, String owner, String title, String lead, String cpv, boolean open) throws Exception {
        ObjectNode need = HubClient.JSON.createObjectNode().put("title", title).put("lead", lead).put("ownerOrganisation", owner)
                .put("mainCpvCode", cpv).put("procurementWindowFrom", "2027-03-01").put("procurementWindowTo", "2027-06-30")
                .put("procurementStatus", "OPEN_FOR_PARTNERS").put("openForCoProcurement", open)
                .put("requirementsSummary", "<p>" + lead + "</p>");
        var created = author.post("procurement-needs", need);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        var published = author.post("procurement-needs/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        awaitIndexed(id);
        return id;
    }

    /** Until the item is in the index (its own similar items answer from there). */
    void awaitIndexed(long id) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            var search = HubClient.anonymous(base).get("search?size=100&sort=newest");
            if (StreamSupport.stream(search.body().get("hits").spliterator(), false).anyMatch(h -> h.get("databaseId").asLong() == id)) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "item " + id + " was not indexed in time");
            Thread.sleep(100);
        }
    }
}

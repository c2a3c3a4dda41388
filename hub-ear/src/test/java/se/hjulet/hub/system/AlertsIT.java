package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * Following and alerts as people use them: a person follows a search (or an item, or an organisation), another
 * publishes, and the news arrive in the app, in the search's Atom feed and in the person's mailbox (a real SMTP
 * server); a draft never does. The mail's unsubscribe link works without a login.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, MailServer.class, ArquillianExtension.class})
class AlertsIT {

    private static final String UDDEVALLA = "1485";
    private static final String STOCKHOLM = "0180";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void followingASearchThenPublishingAMatchingItemGivesANotificationAFeedEntryAndAMailButADraftNever() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String subject = "follower-" + word;
        var follower = new HubClient(base(), OpenIdProvider.logIn(subject, "Frida Följare", List.of(STOCKHOLM), List.of()));
        var author = new HubClient(base(), OpenIdProvider.logIn("author-" + word, "Anna Author", List.of(UDDEVALLA), List.of()));

        var follow = follower.post("follows", HubClient.JSON.createObjectNode().put("kind", "search").put("query", word)
                .put("delivery", "instant"));
        assertEquals(201, follow.status(), follow.raw());
        assertEquals("instant", follow.body().get("delivery").asText());

        String draftTitle = "Utkast om vinterväghållning i " + word;
        var draft = author.post("learning-examples", HubClient.learningExample(UDDEVALLA, draftTitle, "Ett utkast om " + word + "."));
        assertEquals(201, draft.status(), draft.raw());
        String title = "Plogbilar på kartan i " + word;
        long published = publish(author, title, "Invånarna i " + word + " ser var plogbilarna kör.");

        JsonNode notification = awaitNotification(follower, published);
        assertEquals("learning_example", notification.get("kind").asText());
        assertEquals(title, notification.get("title").asText());
        assertEquals("published", notification.get("change").asText());
        assertEquals("/exempel.xhtml?id=" + published, notification.get("url").asText());
        assertFalse(notification.get("read").asBoolean());
        assertTrue(follower.get("notifications/unread-count").body().get("unread").asLong() >= 1);

        // The search's feed, valid Atom, anonymous: the published item, not the draft.
        Element feed = atom("q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, entries.getLength(), "the published item only");
        Element entry = (Element) entries.item(0);
        assertEquals(title, text(entry, "title"));
        assertTrue(text(entry, "id").endsWith("/exempel.xhtml?id=" + published), text(entry, "id"));
        Instant.parse(text(entry, "updated"));

        // The mail, in the SMTP server: the item's page and a link that stops the mail.
        MimeMessage mail = MailServer.await(m -> MailServer.isTo(m, subject + "@example.se") && MailServer.text(m).contains(title), 30);
        assertNotNull(mail, "a mail to the follower names the item");
        String text = MailServer.text(mail);
        assertTrue(text.contains("http://localhost:8080/exempel.xhtml?id=" + published), text);
        String oneClick = mail.getHeader("List-Unsubscribe")[0];
        String link = oneClick.substring(1, oneClick.length() - 1);
        assertTrue(text.contains(link), "the text's link is the one-click address: " + text);
        // Opening the link (as a mail scanner would) changes nothing; the page's button posts.
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        assertEquals("instant", follower.get("follows").body().get(0).get("delivery").asText());
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);

        // Nothing anywhere of the draft.
        assertTrue(notifications(follower).stream().noneMatch(n -> n.get("title").asText().equals(draftTitle)));
        assertTrue(MailServer.received().stream().noneMatch(m -> MailServer.text(m).contains(draftTitle)));
        assertTrue(feed.getTextContent().indexOf(draftTitle) < 0);

        // The one-click unsubscribe works without a login; news keep coming in the app, the mails stop.
        String token = oneClick.substring(oneClick.indexOf("token=") + 6, oneClick.length() - 1);
        var unsubscribed = HubClient.anonymous(base()).post("unsubscribe?token=" + token, null);
        assertEquals(200, unsubscribed.status(), unsubscribed.raw());
        assertEquals("none", follower.get("follows").body().get(0).get("delivery").asText());
        String later = "Sandbilar på kartan i " + word;
        long second = publish(author, later, "Även sandbilarna i " + word + " syns nu.");
        awaitNotification(follower, second);
        assertNull(MailServer.await(m -> MailServer.text(m).contains(later), 5), "no more mail once unsubscribed");

        // Read, one and all.
        assertTrue(follower.post("notifications/" + notification.get("id").asLong() + "/read", null).body().get("read").asBoolean());
        follower.post("notifications/read-all", null);
        assertEquals(0, follower.get("notifications/unread-count").body().get("unread").asLong());
    }

    @Test
    void followingAnItemTellsOfItsChangesAndFollowingAnOrganisationOfWhatItPublishes() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var follower = new HubClient(base(), OpenIdProvider.logIn("item-follower-" + word, "Olle Följare", List.of(STOCKHOLM), List.of()));
        var author = new HubClient(base(), OpenIdProvider.logIn("item-author-" + word, "Anna Author", List.of(UDDEVALLA), List.of()));
        long item = publish(author, "Heltid i vården i " + word, "Heltid som norm i " + word + ".");

        assertEquals(201, follower.post("follows", HubClient.JSON.createObjectNode().put("kind", "item").put("item", item)).status());
        var again = follower.post("follows", HubClient.JSON.createObjectNode().put("kind", "item").put("item", item).put("delivery", "daily"));
        assertEquals(200, again.status(), "following again changes the delivery: " + again.raw());
        assertEquals("daily", again.body().get("delivery").asText());

        var current = author.get("learning-examples/" + item).body();
        ObjectNode changed = HubClient.learningExample(UDDEVALLA, "Heltid i vården i " + word, "Heltid som norm i " + word + ", nu i hela kommunen.");
        changed.put("version", current.get("version").asLong());
        var put = author.put("learning-examples/" + item, changed);
        assertEquals(200, put.status(), put.raw());
        JsonNode news = awaitNotification(follower, item);
        assertEquals("changed", news.get("change").asText());

        assertEquals(201, follower.post("follows", HubClient.JSON.createObjectNode().put("kind", "organisation").put("organisation", UDDEVALLA)).status());
        long other = publish(author, "Skolmåltider i " + word, "Mindre matsvinn i " + word + ".");
        assertEquals("Uddevalla", awaitNotification(follower, other).get("followed").asText());
    }

    @Test
    void badFollowsAndAnonymousCallersAreRefused() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var person = new HubClient(base(), OpenIdProvider.logIn("bad-follows-" + word, "Berit Fel", List.of(STOCKHOLM), List.of()));
        var other = new HubClient(base(), OpenIdProvider.logIn("bad-follows-other-" + word, "Anna Author", List.of(UDDEVALLA), List.of()));
        var anonymous = HubClient.anonymous(base());

        assertEquals(401, anonymous.get("notifications").status());
        assertEquals(401, anonymous.get("notifications/unread-count").status());
        assertEquals(401, anonymous.get("follows").status());
        assertEquals(401, anonymous.post("follows", HubClient.JSON.createObjectNode().put("kind", "search").put("query", "x")).status());

        assertField(person.post("follows", HubClient.JSON.createObjectNode().put("kind", "everything")), 400, "kind");
        assertField(person.post("follows", HubClient.JSON.createObjectNode().put("kind", "search").put("query", "snö").put("delivery", "hourly")), 400, "delivery");
        assertField(person.post("follows", HubClient.JSON.createObjectNode().put("kind", "search")), 400, "query");
        var unknownFilter = HubClient.JSON.createObjectNode().put("kind", "search").put("query", "snö");
        unknownFilter.putObject("filters").putArray("colour").add("blue");
        assertField(person.post("follows", unknownFilter), 400, "filters");
        assertEquals(404, person.post("follows", HubClient.JSON.createObjectNode().put("kind", "item").put("item", 987654321L)).status());

        var draft = other.post("learning-examples", HubClient.learningExample(UDDEVALLA, "Hemligt utkast " + word, "Ingen annan ser det."));
        long draftId = draft.body().get("id").asLong();
        assertEquals(404, person.post("follows", HubClient.JSON.createObjectNode().put("kind", "item").put("item", draftId)).status(),
                "someone else's draft does not exist for the caller");

        long mine = person.post("follows", HubClient.JSON.createObjectNode().put("kind", "search").put("query", word)).body().get("id").asLong();
        assertEquals(404, other.delete("follows/" + mine).status(), "another person's follow does not exist for the caller");
        assertEquals(404, other.post("notifications/987654321/read", null).status());
        assertEquals(204, person.delete("follows/" + mine).status());
        assertEquals(404, anonymous.post("unsubscribe?token=not-a-token", null).status());
        assertEquals(404, anonymous.post("unsubscribe", null).status());
    }

    @Test
    void anEmptySearchFeedIsValidAtomToo() throws Exception {
        Element feed = atom("q=" + LearningExamplesIT.uniqueWord());
        assertEquals(0, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
        Instant.parse(text(feed, "updated"));
        // As a feed reader asks (any type; HubClient asks for JSON, which this address does not make: 406).
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base().toString().replaceAll("/+$", "") + "/api/v1/search.atom?county=Uppland")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), "a bad filter is refused: " + refused.body());
    }

    private long publish(HubClient author, String title, String lead) throws Exception {
        var example = HubClient.learningExample(UDDEVALLA, title, lead);
        var created = author.post("learning-examples", example);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        var published = author.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        return id;
    }

    private static List<JsonNode> notifications(HubClient person) throws Exception {
        var answer = person.get("notifications?max=100");
        assertEquals(200, answer.status(), answer.raw());
        return StreamSupport.stream(answer.body().spliterator(), false).toList();
    }

    private static JsonNode awaitNotification(HubClient person, long itemId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            for (JsonNode n : notifications(person)) {
                if (n.get("itemId").asLong() == itemId) {
                    return n;
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "no notification of item " + itemId + " arrived");
            Thread.sleep(200);
        }
    }

    /** The feed, read as any feed reader would: served as Atom, namespaced XML with the elements RFC 4287 requires. */
    private Element atom(String query) throws Exception {
        URI feed = URI.create(base().toString().replaceAll("/+$", "") + "/api/v1/search.atom?" + query);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(feed).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body())).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertFalse(text(root, "id").isBlank());
        assertFalse(text(root, "title").isBlank());
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        boolean self = false;
        for (int i = 0; i < links.getLength(); i++) {
            self |= "self".equals(((Element) links.item(i)).getAttribute("rel"));
        }
        assertTrue(self, "a feed links to itself");
        return root;
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static void assertField(HubClient.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(field, answer.body().get("fields").get(0).get("field").asText(), answer.raw());
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
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
 * Similar initiatives, the look-alike warning, co-procurement partners and the needs an organisation could join,
 * through the API as clients use them, and every kind of bad input they refuse. Each test's items carry a word of
 * their own, so other tests' items cannot decide the outcome.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class MatchingIT {

    private static final String UDDEVALLA = "1485";
    private static final String DALS_ED = "1438";
    private static final String STOCKHOLM = "0180";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void similarInitiativesOfEveryKindWithReasonsNeverTheItemItselfNorADraft() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var uddevalla = author("similar-u-" + word, UDDEVALLA);
        var stockholm = author("similar-s-" + word, STOCKHOLM);
        long plowMap = publishExample(uddevalla, UDDEVALLA, "Plogbilarna i " + word + " syns på kartan",
                "Invånarna i " + word + " ser var plogbilarna kör under snöröjningen och när gatan plogas.");
        long plowNeed = publishNeed(stockholm, STOCKHOLM, "Snöröjning och plogning i " + word,
                "Upphandling av plogbilar för snöröjningen av gatorna i " + word + ", med karta över var plogbilarna kör.",
                "90620000", true);
        long draft = draftExample(stockholm, STOCKHOLM, "Plogbilarnas karta i " + word,
                "Ett utkast om plogbilarna och snöröjningen i " + word + ".");
        long unrelated = publishExample(stockholm, STOCKHOLM, "Simskola för vuxna", "Vuxna lär sig simma i badhuset.");

        JsonNode similar = ok(HubClient.anonymous(base()).get("initiatives/" + plowMap + "/similar?size=10"));
        List<Long> ids = databaseIds(similar.get("items"));
        assertEquals(plowNeed, ids.get(0), "the need on the same subject, another kind: " + similar);
        assertFalse(ids.contains(plowMap), "never the item itself");
        assertFalse(ids.contains(draft), "never a draft");
        assertFalse(ids.contains(unrelated), "nothing in common");
        JsonNode first = similar.get("items").get(0);
        assertEquals("procurement_need:" + plowNeed, first.get("id").asText(), "ids like search hits");
        JsonNode reason = first.get("reasons").get(0);
        assertEquals("terms", reason.get("kind").asText());
        assertTrue(reason.get("text").asText().startsWith("Båda tar upp: "), reason.toString());
        assertTrue(StreamSupport.stream(reason.get("values").spliterator(), false).anyMatch(v -> v.asText().startsWith("plogbil")), reason.toString());
        JsonNode english = ok(HubClient.anonymous(base()).get("initiatives/" + plowMap + "/similar?lang=en"));
        assertTrue(english.get("items").get(0).get("reasons").get(0).get("text").asText().startsWith("Both are about: "));

        assertEquals(List.of(plowMap), databaseIds(ok(HubClient.anonymous(base())
                .get("initiatives/" + plowNeed + "/similar?kind=learning_example")).get("items")).stream().filter(id -> id == plowMap).toList());
        // The owner may compare their own draft; no one else learns it exists.
        assertEquals(200, stockholm.get("initiatives/" + draft + "/similar").status());
        assertEquals(404, uddevalla.get("initiatives/" + draft + "/similar").status());
        assertEquals(404, HubClient.anonymous(base()).get("initiatives/" + draft + "/similar").status());
        assertEquals(404, HubClient.anonymous(base()).get("initiatives/987654321/similar").status());
        assertField(HubClient.anonymous(base()).get("initiatives/" + plowMap + "/similar?size=0"), 400, "size");
        assertField(HubClient.anonymous(base()).get("initiatives/" + plowMap + "/similar?size=21"), 400, "size");
        assertField(HubClient.anonymous(base()).get("initiatives/" + plowMap + "/similar?kind=document"), 400, "kind");
    }

    @Test
    void aTextBeingWrittenIsWarnedAboutItsLookAlikeAndNewWorkIsNot() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var author = author("look-" + word, UDDEVALLA);
        long existing = publishExample(author, UDDEVALLA, "Språkcafé i " + word + " för nyanlända",
                "Biblioteket i " + word + " och frivilliga ordnar ett språkcafé där nyanlända övar svenska varje vecka.");

        JsonNode warned = ok(author.post("similar", lookAlike("Språkcafé för nyanlända i " + word,
                "Frivilliga och nyanlända i " + word + " träffas varje vecka på biblioteket och övar svenska.", "")));
        assertEquals(List.of(existing), databaseIds(warned.get("lookAlikes")));
        assertFalse(warned.get("lookAlikes").get(0).get("reasons").isEmpty());

        JsonNode editing = ok(author.post("similar", lookAlike("Språkcafé för nyanlända i " + word,
                "Frivilliga och nyanlända i " + word + " träffas varje vecka på biblioteket och övar svenska.", "").put("id", existing)));
        assertEquals(0, editing.get("lookAlikes").size(), "the item being edited is no look-alike of itself");

        JsonNode quiet = ok(author.post("similar", lookAlike("Drönare inspekterar broar i " + word,
                "Kommunen låter drönare fotografera broar och tak.", "")));
        assertEquals(0, quiet.get("lookAlikes").size(), "new work: no warning");

        assertEquals(401, HubClient.anonymous(base()).post("similar", lookAlike("Språkcafé", "Nyanlända", "")).status());
        assertField(author.post("similar", lookAlike("", "Nyanlända övar svenska.", "")), 400, "title");
        assertField(author.post("similar", lookAlike("Och det som är", "Det är som det är.", "<p>och så var det</p>")), 400, "title");
        assertField(author.post("similar", lookAlike("Språkcafé", "", "").put("kind", "document")), 400, "kind");
    }

    @Test
    void partnersOfANeedAreOrganisationsWithTheItemsThatMakeThemOne() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var uddevalla = author("partners-u-" + word, UDDEVALLA);
        var dalsEd = author("partners-d-" + word, DALS_ED);
        var stockholm = author("partners-s-" + word, STOCKHOLM);
        long need = publishNeed(uddevalla, UDDEVALLA, "E-underskrifter i " + word,
                "Uddevalla och " + word + " söker en tjänst för elektroniska underskrifter av avtal och protokoll.", "48000000", true);
        long neighbour = publishNeed(dalsEd, DALS_ED, "Elektronisk underskrift i " + word,
                "Dals-Ed och " + word + " vill upphandla elektroniska underskrifter av avtal och protokoll tillsammans med grannar.",
                "48000000", true);
        long experience = publishExample(stockholm, STOCKHOLM, "Elektroniska underskrifter av avtal i " + word,
                "Stockholm och " + word + " skriver under avtal och protokoll med e-underskrift.");
        long project = publishExample(uddevalla, UDDEVALLA, "E-underskrift i Uddevalla och " + word,
                "Uddevalla skriver under protokoll och avtal elektroniskt i " + word + ".");

        JsonNode partners = ok(HubClient.anonymous(base()).get("procurement-needs/" + need + "/partners"));
        List<String> codes = StreamSupport.stream(partners.get("partners").spliterator(), false)
                .map(p -> p.get("organisation").get("code").asText()).toList();
        assertEquals(DALS_ED, codes.get(0), "the neighbour with an open need to buy the same: " + partners);
        assertTrue(codes.contains(STOCKHOLM), "experience counts too: " + partners);
        assertFalse(codes.contains(UDDEVALLA), "never the owner itself");
        JsonNode first = partners.get("partners").get(0);
        assertEquals(neighbour, first.get("items").get(0).get("databaseId").asLong());
        List<String> reasons = StreamSupport.stream(first.get("reasons").spliterator(), false).map(r -> r.get("kind").asText()).toList();
        assertTrue(reasons.containsAll(List.of("open_needs", "county")), reasons.toString());
        assertTrue(first.get("reasons").get(0).get("text").asText().contains("Elektronisk underskrift i " + word), first.toString());
        assertTrue(databaseIds(partners.get("partners").get(codes.indexOf(STOCKHOLM)).get("items")).contains(experience));

        // Dals-Ed declares interest through the participation flow: the partner list says so.
        var interest = dalsEd.post("procurement-needs/" + need + "/participations",
                HubClient.JSON.createObjectNode().put("organisation", DALS_ED).put("message", "Vi är med"));
        assertEquals(201, interest.status(), interest.raw());
        JsonNode after = ok(HubClient.anonymous(base()).get("procurement-needs/" + need + "/partners"));
        assertEquals("interested", after.get("partners").get(0).get("participation").asText());

        // Needs Stockholm could join: the open ones of others that fit what it published.
        JsonNode open = ok(HubClient.anonymous(base()).get("organisations/" + STOCKHOLM + "/open-needs?size=20"));
        assertTrue(databaseIds(open.get("items")).containsAll(List.of(need, neighbour)), open.toString());

        assertEquals(404, HubClient.anonymous(base()).get("procurement-needs/" + project + "/partners").status(), "a learning example has no partners");
        assertEquals(404, HubClient.anonymous(base()).get("procurement-needs/987654321/partners").status());
        assertField(HubClient.anonymous(base()).get("procurement-needs/" + need + "/partners?size=21"), 400, "size");
        assertEquals(404, HubClient.anonymous(base()).get("organisations/9999/open-needs").status());
    }

    private HubClient author(String subject, String organisation) throws Exception {
        return new Publisher(base()).author(subject, organisation);
    }

    private long publishExample(HubClient author, String owner, String title, String lead) throws Exception {
        return new Publisher(base()).publishExample(author, owner, title, lead);
    }

    private long draftExample(HubClient author, String owner, String title, String lead) throws Exception {
        return new Publisher(base()).draftExample(author, owner, title, lead);
    }

    private long publishNeed(HubClient author, String owner, String title, String lead, String cpv, boolean open) throws Exception {
        return new Publisher(base()).publishNeed(author, owner, title, lead, cpv, open);
    }

    private static ObjectNode lookAlike(String title, String lead, String text) {
        return HubClient.JSON.createObjectNode().put("title", title).put("lead", lead).put("text", text);
    }

    private static JsonNode ok(HubClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.body();
    }

    private static List<Long> databaseIds(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("databaseId").asLong()).toList();
    }

    private static void assertField(HubClient.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(field, answer.body().get("fields").get(0).get("field").asText(), answer.raw());
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

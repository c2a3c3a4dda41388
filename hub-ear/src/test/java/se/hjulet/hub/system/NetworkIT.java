package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.hub.system.LearningExamplesIT.uniqueWord;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.assertRefused;

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
 * Asking the network on the deployed hub: questions answered across organisations and marked as helpful,
 * comments with replies and pins, "we reused this" on both organisations' pages and in search ranking,
 * reports and hiding with an audit trail, erasing one's posts, the posting limit, and the bad inputs.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class NetworkIT {

    static final String DALS_ED = ProjectsAndNeedsIT.DALS_ED;
    static final String SUNDSVALL = ProjectsAndNeedsIT.SUNDSVALL;
    static final String UDDEVALLA = ProjectsAndNeedsIT.UDDEVALLA;
    static final String ORNSKOLDSVIK = ProjectsAndNeedsIT.ORNSKOLDSVIK;
    static final long SEARCH_TIMEOUT = ProjectsAndNeedsIT.SEARCH_TIMEOUT;
    /** hub.posts.max-per-hour as the system tests run the hub (the default). */
    static final int POSTS_PER_HOUR = 20;

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void aQuestionIsAnsweredFromAnotherOrganisationMarkedHelpfulAndFound() throws Exception {
        String word = uniqueWord();
        String answerWord = uniqueWord();
        var anna = client("anna-q", "Anna Andersson", DALS_ED);
        var sara = client("sara-q", "Sara Sundin", SUNDSVALL);
        var anonymous = HubClient.anonymous(base());
        long example = publishedExample(client("ulla-q", "Ulla Uddevalla", UDDEVALLA), UDDEVALLA, "Tankesmedjor " + word);

        ObjectNode ask = question("Har någon automatiserat försörjningsstödet? " + word,
                "Vi i Dals-Ed funderar på <b>robotar</b> för ekonomiskt bistånd.<script>alert(1)</script>")
                .put("organisation", DALS_ED);
        ask.putArray("policyAreas").add("Socialtjänst");
        ask.putArray("concerns").add(example);
        var asked = anna.post("questions", ask);
        assertEquals(201, asked.status(), asked.raw());
        JsonNode question = asked.body();
        long id = question.get("id").asLong();
        assertTrue(asked.raw().contains("robotar"));
        assertFalse(question.get("text").asText().contains("script"), "sanitised: " + question.get("text"));
        assertEquals("Anna Andersson", question.get("author").get("name").asText());
        assertEquals("Dals-Ed", question.get("author").get("organisation").get("name").asText());
        assertEquals(example, question.get("concerns").get(0).get("id").asLong());
        assertFalse(question.get("answered").asBoolean());
        assertTrue(question.get("url").asText().endsWith("/fraga.xhtml?id=" + id));

        // Answers from two organisations; the asker marks the one that helped.
        var answered = sara.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode()
                .put("text", "Ja, Sundsvall sedan 2019 med en " + answerWord + ".\n\nRing oss!").put("organisation", SUNDSVALL));
        assertEquals(201, answered.status(), answered.raw());
        long answerId = answered.body().get("id").asLong();
        assertEquals("<p>Ja, Sundsvall sedan 2019 med en " + answerWord + ".</p><p>Ring oss!</p>", answered.body().get("text").asText());
        assertEquals(201, client("olle-q", "Olle Ö", ORNSKOLDSVIK).post("questions/" + id + "/answers",
                HubClient.JSON.createObjectNode().put("text", "Vi har också börjat.")).status());

        assertEquals(403, sara.post("questions/" + id + "/answers/" + answerId + "/helpful", null).status(),
                "only the asker marks the answer that helped");
        var marked = anna.post("questions/" + id + "/answers/" + answerId + "/helpful", null);
        assertEquals(200, marked.status(), marked.raw());
        assertTrue(marked.body().get("answered").asBoolean());
        assertEquals(answerId, marked.body().get("helpfulAnswerId").asLong());
        assertEquals(2, marked.body().get("answerCount").asInt());

        // Everyone reads it; lists know it is answered and which item it is about.
        var read = anonymous.get("questions/" + id);
        assertEquals(200, read.status());
        assertTrue(read.body().get("answers").get(0).get("helpful").asBoolean());
        assertTrue(ids(anonymous.get("questions?answered=true").body()).contains(id));
        assertFalse(ids(anonymous.get("questions?answered=false").body()).contains(id));
        assertTrue(ids(anonymous.get("questions?about=" + example).body()).contains(id));

        // Searchable as kind question, by the question's words and by an answer's.
        // Wait for the question itself: before it is indexed another item may match the words (the random word's
        // compound parts, "försörjning" and "stöd"), and that is no ranking to judge.
        JsonNode hits = awaitHitOf(anonymous, word + " försörjningsstödet", "question:" + id);
        assertEquals("question", hits.get(0).get("kind").asText(), hits.toString());
        assertEquals(id, hits.get(0).get("databaseId").asLong());
        var byAnswer = anonymous.get("search?q=" + answerWord + "&kind=question");
        assertEquals(1, byAnswer.body().get("total").asLong(), byAnswer.raw());

        // The asker's edit is kept; a stale version is refused.
        long version = read.body().get("version").asLong();
        var edited = anna.put("questions/" + id, question("Har någon automatiserat försörjningsstödet? " + word, "Ny text.")
                .put("version", version));
        assertEquals(200, edited.status(), edited.raw());
        assertEquals(409, anna.put("questions/" + id, question("Gammal " + word, "Gammal text.").put("version", version)).status());
        assertEquals(403, sara.put("questions/" + id, question("Kapad " + word, "Kapad.")).status());
    }

    @Test
    void badQuestionsAndAnswersAreRefusedAndNothingIsStored() throws Exception {
        var bea = client("bea-q", "Bea Bad", DALS_ED);
        var other = client("otto-q", "Otto Other", SUNDSVALL);
        long draft = bea.post("learning-examples", HubClient.learningExample(DALS_ED, "Utkast " + uniqueWord(), "Lead")).body().get("id").asLong();

        assertRefused(bea.post("questions", question("", "Text")), "title", null);
        assertRefused(bea.post("questions", question("Titel", "  ")), "text", null);
        assertRefused(bea.post("questions", question("Titel", "<p> </p><script>x</script>")), "text", null);
        assertRefused(bea.post("questions", question("Titel", "x".repeat(10_001))), "text", "10001");
        assertRefused(bea.post("questions", question("T".repeat(201), "Text")), "title", "201");
        ObjectNode aboutDraft = question("Om ett utkast", "Text");
        aboutDraft.putArray("concerns").add(draft);
        assertRefused(other.post("questions", aboutDraft), "concerns", String.valueOf(draft));
        assertEquals(403, bea.post("questions", question("För Sundsvall", "Text").put("organisation", SUNDSVALL)).status());
        assertEquals(401, HubClient.anonymous(base()).post("questions", question("Anonym", "Text")).status());

        long id = bea.post("questions", question("En riktig fråga " + uniqueWord(), "Text")).body().get("id").asLong();
        assertRefused(other.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode().put("text", "")), "text", null);
        assertRefused(other.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode().put("text", "x".repeat(10_001))), "text", null);
        assertEquals(404, other.post("questions/999999999/answers", HubClient.JSON.createObjectNode().put("text", "Svar")).status());
        long otherQuestion = other.post("questions", question("En annan fråga", "Text")).body().get("id").asLong();
        long answerElsewhere = bea.post("questions/" + otherQuestion + "/answers", HubClient.JSON.createObjectNode().put("text", "Svar"))
                .body().get("id").asLong();
        assertEquals(404, bea.post("questions/" + id + "/answers/" + answerElsewhere + "/helpful", null).status(),
                "an answer of another question is not one of this question's");
        assertEquals(403, bea.post("questions/" + otherQuestion + "/answers/" + answerElsewhere + "/helpful", null).status(),
                "marking an answer on someone else's question");

        // Nothing half-stored: of all Bea sent, one question and one answer were taken.
        JsonNode mine = bea.get("me/posts").body();
        assertEquals(1, mine.get("questions").size(), mine.toString());
        assertEquals(1, mine.get("answers").size(), mine.toString());
        assertEquals(0, other.get("questions/" + id).body().get("answerCount").asInt());

        // A deleted question takes no answers and is gone.
        assertEquals(403, other.delete("questions/" + id).status());
        assertEquals(204, bea.delete("questions/" + id).status());
        assertEquals(404, other.get("questions/" + id).status());
        assertEquals(404, other.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode().put("text", "Sent svar")).status());
    }

    @Test
    void commentsThreadOneLevelDeepAndTheOwnerPinsOne() throws Exception {
        String word = uniqueWord();
        var ulla = client("ulla-c", "Ulla Uddevalla", UDDEVALLA);
        var sara = client("sara-c", "Sara Sundin", SUNDSVALL);
        var olle = client("olle-c", "Olle Ö", ORNSKOLDSVIK);
        var anonymous = HubClient.anonymous(base());
        long example = publishedExample(ulla, UDDEVALLA, "Kommenterat " + word);
        String comments = "initiatives/" + example + "/comments";

        var first = sara.post(comments, comment("Hur många deltog i tankesmedjorna?").put("organisation", SUNDSVALL));
        assertEquals(201, first.status(), first.raw());
        long firstId = first.body().get("id").asLong();
        var reply = ulla.post(comments, comment("88 deltagare.").put("replyTo", firstId));
        assertEquals(201, reply.status(), reply.raw());
        long replyId = reply.body().get("id").asLong();
        assertRefused(olle.post(comments, comment("Svar på svaret").put("replyTo", replyId)), "replyTo", null);
        long second = olle.post(comments, comment("Vi vill göra samma sak i Örnsköldsvik.")).body().get("id").asLong();

        JsonNode threads = anonymous.get(comments).body();
        assertEquals(2, threads.size(), threads.toString());
        assertEquals(firstId, threads.get(0).get("id").asLong());
        assertEquals("<p>88 deltagare.</p>", threads.get(0).get("replies").get(0).get("text").asText());
        assertEquals("Sundsvall", threads.get(0).get("author").get("organisation").get("name").asText());

        // Edit and delete one's own only.
        assertEquals(403, olle.put("comments/" + firstId, comment("Kapad")).status());
        var edited = sara.put("comments/" + firstId, comment("Hur många deltog, och från vilka kommuner?"));
        assertEquals(200, edited.status(), edited.raw());
        assertNotNull(edited.body().get("editedAt"));
        assertEquals(403, sara.delete("comments/" + second).status());

        // Members of the owner pin one thread; pinning another unpins the first.
        assertEquals(403, sara.post("comments/" + second + "/pin", null).status());
        assertEquals(409, ulla.post("comments/" + replyId + "/pin", null).status(), "a reply is not pinned");
        assertEquals(200, ulla.post("comments/" + firstId + "/pin", null).status());
        assertEquals(200, ulla.post("comments/" + second + "/pin", null).status());
        threads = anonymous.get(comments).body();
        assertEquals(second, threads.get(0).get("id").asLong(), "the pinned thread comes first: " + threads);
        assertTrue(threads.get(0).get("pinned").asBoolean());
        assertFalse(threads.get(1).get("pinned").asBoolean());

        // Deleted with a reply beneath: the place stays; without: gone.
        assertEquals(204, sara.delete("comments/" + firstId).status());
        assertEquals(204, olle.delete("comments/" + second).status());
        threads = anonymous.get(comments).body();
        assertEquals(1, threads.size(), threads.toString());
        assertTrue(threads.get(0).get("deleted").asBoolean());
        assertTrue(absent(threads.get(0), "text"), threads.get(0).toString());
        assertEquals(1, threads.get(0).get("replies").size());

        // Drafts and collections shared with a few take no comments and give nothing away.
        long draft = ulla.post("learning-examples", HubClient.learningExample(UDDEVALLA, "Utkast " + word, "Lead")).body().get("id").asLong();
        assertEquals(404, sara.post("initiatives/" + draft + "/comments", comment("Hej")).status());
        assertEquals(404, sara.get("initiatives/" + draft + "/comments").status());
        assertEquals(409, ulla.post("initiatives/" + draft + "/comments", comment("Hej")).status());
        var facilitator = new HubClient(base(), OpenIdProvider.logIn("fia-c", "Fia Facilitator", List.of(), List.of("facilitator")));
        long closed = facilitator.post("collections", HubClient.JSON.createObjectNode().put("title", "Sluten " + word)
                .put("visibility", "PARTICIPANTS")).body().get("id").asLong();
        assertEquals(404, sara.post("collections/" + closed + "/comments", comment("Hej")).status());
        assertEquals(409, facilitator.post("collections/" + closed + "/comments", comment("Hej")).status());
        long open = facilitator.post("collections", HubClient.JSON.createObjectNode().put("title", "Öppen " + word)).body().get("id").asLong();
        assertEquals(201, sara.post("collections/" + open + "/comments", comment("Bra samling!")).status());
        assertEquals(1, anonymous.get("collections/" + open + "/comments").body().size());
        assertEquals(401, anonymous.post(comments, comment("Anonym")).status());
        assertRefused(sara.post(comments, comment("x".repeat(4_001))), "text", "4001");
    }

    @Test
    void aReuseMarkShowsOnBothOrganisationsAndLiftsTheItemInSearch() throws Exception {
        String word = uniqueWord();
        var ulla = client("ulla-r", "Ulla Uddevalla", UDDEVALLA);
        var jens = client("jens-r", "Jens Danielsson", ORNSKOLDSVIK);
        var anonymous = HubClient.anonymous(base());
        // Two items as alike as can be: only the reuse mark tells them apart in ranking.
        long plain = publishedExample(ulla, UDDEVALLA, "Gemensam e-arkivering " + word);
        long reused = publishedExample(ulla, UDDEVALLA, "Gemensam e-arkivering " + word);
        LearningExamplesIT.awaitHits(anonymous, word, 2, SEARCH_TIMEOUT);
        long own = jens.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "E-arkiv i Örnsköldsvik " + uniqueWord(), "Som Uddevalla."))
                .body().get("id").asLong();

        var marked = jens.post("initiatives/" + reused + "/reuses", HubClient.JSON.createObjectNode()
                .put("organisation", ORNSKOLDSVIK).put("how", "INSPIRED").put("ownItemId", own).put("note", "Upphandlingsunderlaget."));
        assertEquals(201, marked.status(), marked.raw());
        assertEquals("INSPIRED", marked.body().get("how").asText());
        assertEquals(own, marked.body().get("ownItem").get("id").asLong());

        JsonNode ofItem = anonymous.get("initiatives/" + reused + "/reuses").body();
        assertEquals(1, ofItem.get("count").asInt());
        assertEquals("Örnsköldsvik", ofItem.get("organisations").get(0).get("name").asText());
        assertTrue(absent(ofItem.get("marks").get(0), "ownItem"), "the draft that came of it is the reusing organisation's own");
        assertEquals(own, jens.get("initiatives/" + reused + "/reuses").body().get("marks").get(0).get("ownItem").get("id").asLong());

        JsonNode reuser = anonymous.get("organisations/" + ORNSKOLDSVIK + "/reuse").body();
        assertTrue(StreamSupport.stream(reuser.get("reused").spliterator(), false).anyMatch(m -> m.get("item").get("id").asLong() == reused));
        JsonNode owner = anonymous.get("organisations/" + UDDEVALLA + "/reuse").body();
        assertTrue(StreamSupport.stream(owner.get("reusedBy").spliterator(), false)
                .anyMatch(m -> m.get("item").get("id").asLong() == reused && m.get("organisation").get("code").asText().equals(ORNSKOLDSVIK)));

        // The bad marks: twice, for an organisation one is no member of, for one's own item, unknown own item.
        assertEquals(409, jens.post("initiatives/" + reused + "/reuses", HubClient.JSON.createObjectNode().put("organisation", ORNSKOLDSVIK)).status());
        assertEquals(403, jens.post("initiatives/" + plain + "/reuses", HubClient.JSON.createObjectNode().put("organisation", SUNDSVALL)).status());
        assertRefused(ulla.post("initiatives/" + plain + "/reuses", HubClient.JSON.createObjectNode().put("organisation", UDDEVALLA)),
                "organisation", null);
        assertRefused(jens.post("initiatives/" + plain + "/reuses", HubClient.JSON.createObjectNode().put("organisation", ORNSKOLDSVIK)
                .put("ownItemId", plain)), "ownItemId", null);
        assertEquals(401, anonymous.post("initiatives/" + plain + "/reuses", HubClient.JSON.createObjectNode().put("organisation", ORNSKOLDSVIK)).status());
        assertEquals(0, anonymous.get("initiatives/" + plain + "/reuses").body().get("count").asInt(), "nothing stored");

        // The reused twin now ranks first.
        long deadline = System.currentTimeMillis() + SEARCH_TIMEOUT;
        JsonNode hits;
        do {
            hits = anonymous.search(word).body().get("hits");
            Thread.sleep(100);
        } while (hits.get(0).get("databaseId").asLong() != reused && System.currentTimeMillis() < deadline);
        assertEquals(reused, hits.get(0).get("databaseId").asLong(), "reuse lifts the item: " + hits);

        // Taken back: only by its organisation.
        long markId = marked.body().get("id").asLong();
        assertEquals(403, ulla.delete("initiatives/" + reused + "/reuses/" + markId).status());
        assertEquals(204, jens.delete("initiatives/" + reused + "/reuses/" + markId).status());
        assertEquals(0, anonymous.get("initiatives/" + reused + "/reuses").body().get("count").asInt());
    }

    @Test
    void aReportedAnswerIsHiddenWithAReasonKeptForAudit() throws Exception {
        String answerWord = uniqueWord();
        var anna = client("anna-m", "Anna Andersson", DALS_ED);
        var spammer = client("spam-m", "Sam Spam", SUNDSVALL);
        var admin = new HubClient(base(), OpenIdProvider.logIn("admin-m", "Ada Admin", List.of(), List.of("admin")));
        var anonymous = HubClient.anonymous(base());
        long id = anna.post("questions", question("Vilket ärendesystem använder ni?", "Vi ska upphandla.")).body().get("id").asLong();
        long answer = spammer.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode()
                .put("text", "Köp vår konsulttjänst " + answerWord + "!")).body().get("id").asLong();
        LearningExamplesIT.awaitHits(anonymous, answerWord, 1, SEARCH_TIMEOUT);

        ObjectNode report = HubClient.JSON.createObjectNode().put("postKind", "answer").put("postId", answer).put("reason", "Reklam.");
        var reported = anna.post("reports", report);
        assertEquals(201, reported.status(), reported.raw());
        assertEquals("open", reported.body().get("status").asText());
        assertEquals(409, anna.post("reports", report).status(), "one report per reader and post");
        assertRefused(anna.post("reports", report.deepCopy().put("postKind", "rant")), "postKind", null);
        assertRefused(anna.post("reports", report.deepCopy().put("reason", "")), "reason", null);
        assertEquals(403, anna.get("reports").status());
        JsonNode open = admin.get("reports").body();
        assertTrue(StreamSupport.stream(open.spliterator(), false).anyMatch(r -> r.get("post").get("id").asLong() == answer), open.toString());

        assertEquals(403, anna.post("posts/answer/" + answer + "/hide", HubClient.JSON.createObjectNode().put("reason", "x")).status());
        assertRefused(admin.post("posts/answer/" + answer + "/hide", HubClient.JSON.createObjectNode().put("reason", " ")), "reason", null);
        var hidden = admin.post("posts/answer/" + answer + "/hide", HubClient.JSON.createObjectNode().put("reason", "Reklam för en konsult."));
        assertEquals(200, hidden.status(), hidden.raw());
        assertEquals(409, admin.post("posts/answer/" + answer + "/hide", HubClient.JSON.createObjectNode().put("reason", "Igen")).status());

        assertEquals(0, anonymous.get("questions/" + id).body().get("answers").size(), "readers no longer see it");
        JsonNode seenByAuthor = spammer.get("questions/" + id).body().get("answers").get(0);
        assertEquals("Reklam för en konsult.", seenByAuthor.get("hidden").get("reason").asText(), "its author sees why");
        assertEquals(409, spammer.put("questions/" + id + "/answers/" + answer, HubClient.JSON.createObjectNode().put("text", "Ändrat")).status());
        LearningExamplesIT.awaitHits(anonymous, answerWord, 0, SEARCH_TIMEOUT);
        assertFalse(StreamSupport.stream(admin.get("reports").body().spliterator(), false)
                .anyMatch(r -> r.get("post").get("id").asLong() == answer), "hiding settles the report");

        // A hidden question: out of view; its asker sees it and cannot have it answered.
        assertEquals(200, admin.post("posts/question/" + id + "/hide", HubClient.JSON.createObjectNode().put("reason", "Test av dold fråga.")).status());
        assertEquals(404, anonymous.get("questions/" + id).status());
        assertEquals(404, spammer.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode().put("text", "Svar")).status());
        assertEquals(409, anna.post("questions/" + id + "/answers", HubClient.JSON.createObjectNode().put("text", "Svar")).status());
        assertEquals(200, admin.post("posts/question/" + id + "/restore", HubClient.JSON.createObjectNode().put("reason", "Var ingen reklam.")).status());
        assertEquals(200, anonymous.get("questions/" + id).status());

        JsonNode trail = admin.get("posts/question/" + id + "/moderation").body();
        assertEquals(List.of("hide", "restore"), StreamSupport.stream(trail.spliterator(), false).map(d -> d.get("action").asText()).toList());
        assertEquals("Ada Admin", trail.get(0).get("decidedBy").asText());
        assertEquals(403, anna.get("posts/question/" + id + "/moderation").status());
        assertEquals(404, admin.post("posts/rant/" + id + "/hide", HubClient.JSON.createObjectNode().put("reason", "x")).status());
    }

    @Test
    void aPersonExportsAndErasesWhatTheyWroteAndThreadsKeepTheirSense() throws Exception {
        var eva = client("eva-e", "Eva Erase", DALS_ED);
        var sara = client("sara-e", "Sara Sundin", SUNDSVALL);
        long example = publishedExample(client("ulla-e", "Ulla Uddevalla", UDDEVALLA), UDDEVALLA, "Raderat " + uniqueWord());
        long lonely = eva.post("questions", question("Obesvarad fråga", "Text")).body().get("id").asLong();
        long answered = eva.post("questions", question("Besvarad fråga", "Text")).body().get("id").asLong();
        sara.post("questions/" + answered + "/answers", HubClient.JSON.createObjectNode().put("text", "Sundsvalls svar"));
        long saraQuestion = sara.post("questions", question("Saras fråga", "Text")).body().get("id").asLong();
        long evaAnswer = eva.post("questions/" + saraQuestion + "/answers", HubClient.JSON.createObjectNode().put("text", "Evas svar"))
                .body().get("id").asLong();
        long replied = eva.post("initiatives/" + example + "/comments", comment("Kommentar med svar")).body().get("id").asLong();
        sara.post("initiatives/" + example + "/comments", comment("Saras svar").put("replyTo", replied));
        eva.post("initiatives/" + example + "/comments", comment("Kommentar utan svar"));

        JsonNode export = eva.get("me/posts").body();
        assertEquals("Eva Erase", export.get("name").asText());
        assertEquals(2, export.get("questions").size(), export.toString());
        assertEquals(1, export.get("answers").size());
        assertEquals(2, export.get("comments").size());
        assertEquals("<p>Evas svar</p>", export.get("answers").get(0).get("text").asText());

        var erased = eva.delete("me/posts");
        assertEquals(200, erased.status(), erased.raw());
        assertEquals(1, erased.body().get("questionsRemoved").asInt());
        assertEquals(1, erased.body().get("questionsKept").asInt());
        assertEquals(1, erased.body().get("answersKept").asInt());
        assertEquals(1, erased.body().get("commentsRemoved").asInt());
        assertEquals(1, erased.body().get("commentsKept").asInt());

        assertEquals(404, sara.get("questions/" + lonely).status());
        JsonNode kept = sara.get("questions/" + answered).body();
        assertEquals("deleted user", kept.get("author").get("name").asText());
        assertTrue(kept.get("author").get("deleted").asBoolean());
        JsonNode evasAnswer = sara.get("questions/" + saraQuestion).body().get("answers").get(0);
        assertEquals(evaAnswer, evasAnswer.get("id").asLong());
        assertEquals("<p>Evas svar</p>", evasAnswer.get("text").asText(), "the answer stays");
        assertEquals("deleted user", evasAnswer.get("author").get("name").asText());
        JsonNode threads = sara.get("initiatives/" + example + "/comments").body();
        assertEquals(1, threads.size(), threads.toString());
        assertEquals("deleted user", threads.get(0).get("author").get("name").asText());
        assertEquals("<p>Saras svar</p>", threads.get(0).get("replies").get(0).get("text").asText());

        JsonNode after = eva.get("me/posts").body();
        assertEquals(0, after.get("questions").size() + after.get("answers").size() + after.get("comments").size());
    }

    @Test
    void aPersonWritesAtMostTheHourlyLimitOfPosts() throws Exception {
        var flood = client("flood-l", "Flo Flood", DALS_ED);
        long example = publishedExample(client("ulla-l", "Ulla Uddevalla", UDDEVALLA), UDDEVALLA, "Flod " + uniqueWord());
        long question = flood.post("questions", question("Första inlägget", "Text")).body().get("id").asLong();
        for (int i = 2; i <= POSTS_PER_HOUR; i++) {
            var posted = flood.post("initiatives/" + example + "/comments", comment("Inlägg " + i));
            assertEquals(201, posted.status(), "post " + i + ": " + posted.raw());
        }
        var refused = flood.post("initiatives/" + example + "/comments", comment("Ett för mycket"));
        assertEquals(429, refused.status(), refused.raw());
        assertEquals(429, refused.body().get("status").asInt());
        assertTrue(refused.message().contains(String.valueOf(POSTS_PER_HOUR)), refused.message());
        assertEquals(429, flood.post("questions/" + question + "/answers", HubClient.JSON.createObjectNode().put("text", "Svar")).status());
        assertEquals(429, flood.post("questions", question("Fråga till", "Text")).status());
        assertEquals(POSTS_PER_HOUR - 1, HubClient.anonymous(base()).get("initiatives/" + example + "/comments").body().size(), "nothing stored");
        assertEquals(201, client("other-l", "Otto Other", DALS_ED).post("initiatives/" + example + "/comments", comment("Jag får")).status(),
                "the limit is per person");
    }

    private HubClient client(String subject, String name, String organisation) throws Exception {
        return new HubClient(base(), OpenIdProvider.logIn(subject, name, List.of(organisation), List.of()));
    }

    private static long publishedExample(HubClient author, String owner, String title) throws Exception {
        var created = author.post("learning-examples", HubClient.learningExample(owner, title, "Tio kommuner i samverkan."));
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        assertEquals(200, author.post("learning-examples/" + id + "/publish", null).status());
        return id;
    }

    static ObjectNode question(String title, String text) {
        return HubClient.JSON.createObjectNode().put("title", title).put("text", text);
    }

    static ObjectNode comment(String text) {
        return HubClient.JSON.createObjectNode().put("text", text);
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }

    /** No value: JSON-B leaves a null out of the answer. */
    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static JsonNode awaitHitOf(HubClient client, String query, String indexId) throws Exception {
        long deadline = System.currentTimeMillis() + SEARCH_TIMEOUT;
        JsonNode hits;
        do {
            hits = LearningExamplesIT.awaitHits(client, query, 1, SEARCH_TIMEOUT);
            for (JsonNode hit : hits) {
                if (indexId.equals(hit.get("id").asText())) {
                    return hits;
                }
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("'" + query + "' never found " + indexId + "; last hits " + hits);
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.TestFiles;

/**
 * Documents on the deployed hub: a report uploaded to a learning example makes the example findable
 * by the report's words, hostile files get a clear answer, and the server stays responsive.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class DocumentsIT {

    private static final String SUNDSVALL = "2281";
    private static final String STOCKHOLM = "0180";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> FINISHED = Set.of("ok", "encrypted", "failed", "truncated");

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void aReportUploadedToAnExampleMakesItFindableByTheReportsWords() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String token = OpenIdProvider.logIn("maria", "Maria Berg", List.of(SUNDSVALL), List.of());
        var maria = new HubClient(base(), token);
        var anonymous = HubClient.anonymous(base());
        long exampleId = publishedExample(maria, "Ledarskap " + word);

        byte[] report = TestFiles.pdf("Kompetens att leda digitalisering", "Linköpings universitet", seed("kompetens-att-leda-digitalisering.txt"));
        var uploaded = upload(token, exampleId, "Kompetens att leda digitalisering.pdf", "application/pdf", report);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonNode document = HubClient.JSON.readTree(uploaded.body());
        long documentId = document.get("id").asLong();
        assertEquals("application/pdf", document.get("mediaType").asText());
        assertEquals(report.length, document.get("size").asLong());

        JsonNode read = awaitDocumentRead(anonymous, documentId);
        assertEquals("ok", read.get("status").asText(), read.toString());
        assertTrue(read.get("pageCount").asInt() > 10, read.toString());
        JsonNode example = anonymous.get("learning-examples/" + exampleId).body();
        assertEquals("ok", example.get("documents").get(0).get("status").asText(), "the status shows on the item");

        // The example's own text never says kompetenslyft: the hit comes from the report.
        JsonNode hit = awaitHitWithDocument(anonymous, "kompetenslyft", exampleId, 15_000);
        JsonNode match = hit.get("documents").get(0);
        assertEquals("Kompetens att leda digitalisering.pdf", match.get("name").asText());
        assertTrue(match.get("highlights").toString().toLowerCase().contains("<mark>kompetenslyft"), hit.toString());
        List<String> documentsOnly = idsOf(anonymous.get("search?kind=document&size=50&q=kompetenslyft").body());
        assertTrue(documentsOnly.contains("document:" + documentId), documentsOnly.toString());
        assertTrue(documentsOnly.stream().allMatch(id -> id.startsWith("document:")), documentsOnly.toString());

        // Download: the stored bytes, the detected type, a safe attachment name.
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(api("documents/" + documentId + "/content")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of(report.length), List.of(download.body().length));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''Kompetens%20att%20leda"), disposition);

        // The same bytes twice in one item are refused politely; another organisation may not add any.
        var again = upload(token, exampleId, "kopia.pdf", "application/pdf", report);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("Kompetens att leda digitalisering.pdf"), again.body());
        String erik = OpenIdProvider.logIn("erik-doc", "Erik Eriksson", List.of(STOCKHOLM), List.of());
        assertEquals(403, upload(erik, exampleId, "x.txt", "text/plain", "text".getBytes()).statusCode());
        assertEquals(401, upload(null, exampleId, "x.txt", "text/plain", "text".getBytes()).statusCode());

        // Replacing the bytes replaces what is found; deleting removes the document from search.
        String other = "hjulbyte" + word;
        var replaced = send(token, "PUT", "documents/" + documentId + "/content", "Ny version.docx", "application/octet-stream",
                TestFiles.docx("Ny version", "Sundsvall", "Den nya versionen handlar om " + other + "."));
        assertEquals(200, replaced.statusCode(), replaced.body());
        awaitDocumentRead(anonymous, documentId);
        JsonNode replacedHit = awaitHitWithDocument(anonymous, other, exampleId, 15_000);
        assertEquals("Ny version.docx", replacedHit.get("documents").get(0).get("name").asText());
        assertEquals(204, send(token, "DELETE", "documents/" + documentId, null, null, null).statusCode());
        LearningExamplesIT.awaitHits(anonymous, other, 0, 15_000);
        assertEquals(404, anonymous.get("documents/" + documentId).status());
    }

    @Test
    void hostileFilesGetAClearAnswerAndTheServerStaysResponsive() throws Exception {
        String token = OpenIdProvider.logIn("hostile", "Hanna Test", List.of(SUNDSVALL), List.of());
        var hanna = new HubClient(base(), token);
        var anonymous = HubClient.anonymous(base());
        long exampleId = publishedExample(hanna, "Fientliga filer " + LearningExamplesIT.uniqueWord());
        String text = "Kommunerna i länet delar erfarenheter av e-tjänster och digital samverkan.\n".repeat(30);

        // Refused outright, with a reason: not a supported type, empty, too large.
        var zip = upload(token, exampleId, "bomb.zip", "application/zip", TestFiles.zipBomb(10, 20));
        assertEquals(400, zip.statusCode(), zip.body());
        assertTrue(zip.body().contains("application/zip"), zip.body());
        var empty = upload(token, exampleId, "tom.pdf", "application/pdf", new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("empty"), empty.body());
        // The system tests run with a limit of 5 MB (HUB_DOCUMENTS_MAX_BYTES); the default is 50 MB.
        var huge = upload(token, exampleId, "stor.txt", "text/plain", new byte[5 * 1024 * 1024 + 1]);
        assertEquals(400, huge.statusCode(), huge.body());
        assertTrue(huge.body().contains("MB"), huge.body());
        var noName = upload(token, exampleId, "../..", "text/plain", "text".getBytes());
        assertEquals(400, noName.statusCode(), noName.body());

        // Stored, with a status that says what happened.
        long bombDocx = created(upload(token, exampleId, "bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TestFiles.zipBombDocx(60)));
        long encrypted = created(upload(token, exampleId, "hemlig.pdf", "application/pdf", TestFiles.encryptedPdf(text)));
        long truncated = created(upload(token, exampleId, "avbruten.pdf", "application/pdf", TestFiles.truncatedPdf(text)));
        var pretender = upload(token, exampleId, "bild.png", "image/png", TestFiles.pdf("Bild", null, text));
        assertEquals(201, pretender.statusCode(), pretender.body());
        assertEquals("application/pdf", HubClient.JSON.readTree(pretender.body()).get("mediaType").asText(), "detected, not trusted");
        var traversal = upload(token, exampleId, "../../etc/passwd\u0000\u202Etxt.html", "text/html",
                "<html><body onload=\"alert(1)\"><p>Sida</p><script>alert(2)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, traversal.statusCode(), traversal.body());
        JsonNode page = HubClient.JSON.readTree(traversal.body());
        assertEquals("passwdtxt.html", page.get("name").asText());

        // While the worker reads the hostile files, the hub answers at once.
        long start = System.nanoTime();
        assertEquals(200, anonymous.get("learning-examples/" + exampleId).status());
        assertEquals(200, anonymous.search("samverkan").status());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "the hub stays responsive");

        assertTrue(Set.of("failed", "truncated").contains(awaitDocumentRead(anonymous, bombDocx).get("status").asText()));
        JsonNode locked = awaitDocumentRead(anonymous, encrypted);
        assertEquals("encrypted", locked.get("status").asText(), locked.toString());
        assertNotNull(locked.get("statusMessage"));
        assertTrue(FINISHED.contains(awaitDocumentRead(anonymous, truncated).get("status").asText()));

        // An uploaded page never runs as part of the hub.
        HttpResponse<String> download = HTTP.send(HttpRequest.newBuilder(api("documents/" + page.get("id").asLong() + "/content")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        JsonNode documents = anonymous.get("initiatives/" + exampleId + "/documents").body();
        assertEquals(5, documents.size(), "refused uploads stored nothing: " + documents);
        // Ready again once the hostile files have been read (each within Tika's limits).
        HttpResponse<String> ready = HubClient.awaitReady(base(), 60_000);
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    void aDocumentUploadedWhileSearchIsDownIsReadAtOnceAndFoundWhenSearchReturns() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String token = OpenIdProvider.logIn("outage-doc", "Olle Avbrott", List.of(SUNDSVALL), List.of());
        var anonymous = HubClient.anonymous(base());
        long exampleId = publishedExample(new HubClient(base(), token), "Avbrott " + LearningExamplesIT.uniqueWord());
        ElasticsearchNodeExtension.stopNode();
        try {
            long documentId = created(upload(token, exampleId, "under-avbrottet.txt", "text/plain",
                    ("Rapporten om " + word + " laddades upp medan sökningen låg nere.").getBytes(StandardCharsets.UTF_8)));
            assertEquals("ok", awaitDocumentRead(anonymous, documentId).get("status").asText(), "read without Elasticsearch");
        } finally {
            ElasticsearchNodeExtension.startNode();
        }
        JsonNode hit = awaitHitWithDocument(anonymous, word, exampleId, 60_000);
        assertEquals("under-avbrottet.txt", hit.get("documents").get(0).get("name").asText());
    }

    @Test
    void anSkrPageIsImportedAsADraft() throws Exception {
        String token = OpenIdProvider.logIn("importer", "Ida Import", List.of(SUNDSVALL), List.of());
        String page = Files.readString(Path.of("../hub-ejb/src/test/resources/import/digitaliseringsradet-vasternorrland.html"));

        var imported = HTTP.send(HttpRequest.newBuilder(api("learning-examples/import?owner=" + SUNDSVALL))
                .header("Content-Type", "text/html; charset=utf-8").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(page, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode draft = HubClient.JSON.readTree(imported.body());
        assertEquals("draft", draft.get("status").asText());
        assertEquals(6, draft.get("conclusions").size());
        assertEquals("Jens Danielsson", draft.get("contacts").get(0).get("name").asText());
        assertEquals("2021-08-13", draft.get("originallyPublished").asText());
        var noOwner = HTTP.send(HttpRequest.newBuilder(api("learning-examples/import"))
                .header("Content-Type", "text/html").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noOwner.statusCode(), noOwner.body());
    }

    @Test
    void aFacilitatorCuratesAWorkshopCollectionThatIsSearchableAndPrintable() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var maria = new HubClient(base(), OpenIdProvider.logIn("maria-c", "Maria Berg", List.of(SUNDSVALL), List.of()));
        long exampleId = publishedExample(maria, "Workshopmaterial " + word);
        var facilitator = new HubClient(base(), OpenIdProvider.logIn("martin", "Martin Sande", List.of(), List.of("facilitator")));
        var anonymous = HubClient.anonymous(base());

        ObjectNode collection = HubClient.JSON.createObjectNode();
        collection.put("title", "Tankesmedjor " + word);
        collection.put("description", "Tre träffar för förtroendevalda och tjänstepersoner.");
        collection.put("visibility", "PUBLIC");
        ArrayNode themes = collection.putArray("themes");
        ObjectNode utblick = themes.addObject().put("title", "UTBLICK").put("description", "Digitalisering & demokrati");
        utblick.putArray("items").addObject().put("initiativeId", exampleId).put("note", "Läs före träffen.");
        utblick.withArray("items").addObject().put("url", "https://skr.se/").put("title", "SKR").put("note", "Bakgrund");
        utblick.putArray("questions").add("Vad betyder digitalisering i vår kommun?");
        themes.addObject().put("title", "INBLICK");
        themes.addObject().put("title", "TILLSAMMANS").putArray("questions").add("Kan vi samverka med andra?");
        collection.putArray("events").addObject().put("date", "2020-02-14").put("title", "UTBLICK i Uddevalla");
        collection.putArray("participatingOrganisations").add("1485").add("1484");

        assertEquals(403, maria.post("collections", collection).status(), "only facilitators curate collections");
        var created = facilitator.post("collections", collection);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        assertEquals(List.of("UTBLICK", "INBLICK", "TILLSAMMANS"), StreamSupport.stream(created.body().get("themes").spliterator(), false)
                .map(t -> t.get("title").asText()).toList());
        ObjectNode badLink = collection.deepCopy();
        ((ObjectNode) badLink.get("themes").get(0).get("items").get(1)).put("url", "javascript:alert(1)");
        assertEquals(400, facilitator.post("collections", badLink).status());

        // Wait for the collection itself: the words alone may already find other items (a partial match).
        long found = System.currentTimeMillis() + 15_000;
        while (!idsOf(anonymous.get("search?kind=collection&q=" + enc("tankesmedjor " + word)).body()).contains("collection:" + id)) {
            assertTrue(System.currentTimeMillis() < found, "the public collection is not found");
            Thread.sleep(100);
        }
        HttpResponse<String> handout = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "samling.xhtml?id=" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, handout.statusCode());
        assertTrue(handout.body().contains("Tankesmedjor " + word) && handout.body().contains("Kan vi samverka med andra?"));
        assertTrue(handout.body().contains("handout.css"), "the print style sheet is linked");

        // Shared by link only: gone from search and unreadable without the token.
        collection.put("visibility", "LINK_ONLY").put("version", created.body().get("version").asLong());
        var hidden = facilitator.put("collections/" + id, collection);
        assertEquals(200, hidden.status(), hidden.raw());
        String share = hidden.body().get("shareLink").asText();
        // (Other items about tankesmedjor may still be found when no item has both words; never this collection.)
        long deadline = System.currentTimeMillis() + 15_000;
        while (idsOf(anonymous.get("search?kind=collection&q=" + enc("tankesmedjor " + word)).body()).contains("collection:" + id)) {
            assertTrue(System.currentTimeMillis() < deadline, "the link-only collection is still found");
            Thread.sleep(100);
        }
        assertEquals(404, anonymous.get("collections/" + id).status());
        String token = share.substring(share.indexOf("token=") + 6);
        assertEquals(200, anonymous.get("collections/" + id + "?token=" + token).status());
        JsonNode shared = anonymous.get("collections/" + id + "?token=" + token).body();
        assertTrue(!shared.has("shareLink") || shared.get("shareLink").isNull(), "only the curator sees the link");
    }

    private long publishedExample(HubClient client, String title) throws Exception {
        var created = client.post("learning-examples", HubClient.learningExample(SUNDSVALL, title, "Sundsvall delar sitt arbete."));
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        var published = client.post("learning-examples/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        return id;
    }

    private static JsonNode awaitDocumentRead(HubClient client, long documentId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode document;
        do {
            document = client.get("documents/" + documentId).body();
            if (FINISHED.contains(document.get("status").asText())) {
                return document;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("Document " + documentId + " was not read within 30 s: " + document);
    }

    private static JsonNode awaitHitWithDocument(HubClient client, String query, long exampleId, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        JsonNode body;
        do {
            body = client.get("search?kind=learning_example&size=50&q=" + enc(query)).body();
            for (JsonNode hit : body.get("hits")) {
                if (hit.get("databaseId").asLong() == exampleId && hit.get("documents").size() > 0) {
                    return hit;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("No hit for '" + query + "' from a document of example " + exampleId + ": " + body);
    }

    private HttpResponse<String> upload(String token, long initiativeId, String name, String contentType, byte[] bytes) throws Exception {
        return send(token, "POST", "initiatives/" + initiativeId + "/documents", name, contentType, bytes);
    }

    private HttpResponse<String> send(String token, String method, String path, String name, String contentType, byte[] bytes)
            throws Exception {
        var request = HttpRequest.newBuilder(api(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (name != null) {
            request.header("Slug", enc(name).replace("+", "%20"));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response.body());
        return HubClient.JSON.readTree(response.body()).get("id").asLong();
    }

    private static List<String> idsOf(JsonNode results) {
        return StreamSupport.stream(results.get("hits").spliterator(), false).map(h -> h.get("id").asText()).toList();
    }

    private static String seed(String file) throws IOException {
        try (InputStream in = DocumentsIT.class.getResourceAsStream("/demo/documents/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI api(String path) throws Exception {
        return URI.create(base().toString().replaceAll("/+$", "") + "/api/v1/" + path);
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.ORNSKOLDSVIK;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.SUNDSVALL;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * The open-data export as a harvester meets it: published items of every kind in the CSV and JSON-LD
 * pages (read back by Jackson's CSV reader and the Titanium JSON-LD processor, independent of the hub's
 * own writers), drafts and archived items nowhere, the pages chained by their next links, and a
 * catalogue that a JSON-LD processor reads as one DCAT catalogue with three datasets.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class OpenDataIT {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String CC_BY_4 = "http://creativecommons.org/licenses/by/4.0/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    record Answer(int status, String contentType, String body, String next) {
    }

    @Test
    void publishedItemsAreInTheCsvAndJsonLdPagesAndDraftsAndArchivedOnesAreNot() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var owner = new HubClient(base(), OpenIdProvider.logIn("opendata-owner", "Olle Öppen", List.of(ORNSKOLDSVIK), List.of()));

        // A title a CSV writer must quote: commas, quotes and a line break.
        String awkward = "Kvoter, \"citat\" och\nradbrytning " + word;
        List<Long> published = new ArrayList<>();
        published.add(publish(owner, "learning-examples", HubClient.learningExample(ORNSKOLDSVIK, awkward, "Ingress, med komma " + word)));
        for (int i = 1; i <= 4; i++) {
            published.add(publish(owner, "learning-examples", HubClient.learningExample(ORNSKOLDSVIK, "Exempel " + i + " " + word, "Ingress " + word)));
        }
        long draft = create(owner, "learning-examples", HubClient.learningExample(ORNSKOLDSVIK, "Utkast " + word, "Syns inte " + word));
        long archived = publish(owner, "learning-examples", HubClient.learningExample(ORNSKOLDSVIK, "Arkiverat " + word, "Syns inte " + word));
        assertEquals(200, owner.post("learning-examples/" + archived + "/archive", null).status());

        ObjectNode projectInput = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Projekt " + word, "Ett projekt " + word)
                .put("phase", "ONGOING").put("budgetSek", 6_000_000).put("periodFrom", "2024-01-01").put("ongoing", true);
        projectInput.putArray("participatingOrganisations").addObject().put("organisation", SUNDSVALL).put("role", "PARTNER");
        projectInput.putArray("tags").add("öppna data");
        long project = publish(owner, "projects", projectInput);
        long draftProject = create(owner, "projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Utkastprojekt " + word, "Syns inte"));
        long need = publish(owner, "procurement-needs", ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Behov " + word));

        // CSV, two items a page, from just before the first of them: every published one once, in id order.
        long start = published.get(0) - 1;
        Map<Long, Map<String, String>> csv = new LinkedHashMap<>();
        List<String> header = null;
        String url = api("open-data/learning-examples.csv?size=2&after=" + start);
        int pages = 0;
        while (url != null) {
            Answer page = get(url, "text/csv");
            assertEquals(200, page.status(), page.body());
            assertTrue(page.contentType().startsWith("text/csv"), page.contentType());
            Csv parsed = csv(page.body());
            header = header == null ? parsed.header() : header;
            assertEquals(header, parsed.header(), "every page has the same header row");
            assertTrue(parsed.rows().size() <= 2, "a page holds at most its size");
            for (Map<String, String> record : parsed.rows()) {
                long id = Long.parseLong(record.get("id"));
                assertTrue(csv.keySet().stream().allMatch(seen -> seen < id), "ids ascend across pages: " + id + " after " + csv.keySet());
                csv.put(id, record);
            }
            pages++;
            url = page.next();
        }
        assertTrue(pages >= 3, "five items at two a page take three pages or more, took " + pages);
        assertTrue(csv.keySet().containsAll(published), "all published: " + csv.keySet() + " vs " + published);
        assertFalse(csv.containsKey(draft), "no draft");
        assertFalse(csv.containsKey(archived), "nothing archived");
        Map<String, String> first = csv.get(published.get(0));
        assertEquals(awkward, first.get("title"), "the title survives quoting exactly");
        assertEquals("Ingress, med komma " + word, first.get("lead"));
        assertEquals("learning_example", first.get("kind"));
        assertEquals(ORNSKOLDSVIK, first.get("owner_code"));
        assertEquals("Örnsköldsvik", first.get("owner_name"));
        assertEquals("CC-BY-4.0", first.get("licence"));
        assertTrue(first.get("url").endsWith("/exempel.xhtml?id=" + published.get(0)), first.get("url"));
        assertEquals(200, get(first.get("url"), "text/html").status(), "the url is the item's page");
        assertFalse(header.stream().anyMatch(h -> h.contains("contact") || h.contains("email")), "no contact details: " + header);

        Map<String, String> projectRow = csvRow("projects", project);
        assertEquals("ongoing", projectRow.get("phase"));
        assertEquals("6000000", projectRow.get("budget_sek"));
        assertEquals(SUNDSVALL, projectRow.get("participant_codes"));
        assertEquals("Sundsvall", projectRow.get("participant_names"));
        assertEquals("partner", projectRow.get("participant_roles"));
        assertEquals("öppna data", projectRow.get("tags"));
        assertEquals("2024-01-01", projectRow.get("period_from"));
        assertEquals("true", projectRow.get("ongoing"));
        assertNull(csvRowOrNull("projects", draftProject), "a draft project is not exported");
        Map<String, String> needRow = csvRow("procurement-needs", need);
        assertEquals("48000000-8", needRow.get("main_cpv_code"));
        assertEquals("72000000-5", needRow.get("additional_cpv_codes"));
        assertEquals("open_for_partners", needRow.get("procurement_status"));
        assertEquals("2027-09-01", needRow.get("procurement_window_from"));

        // JSON-LD, the same pages by view.next; each page is read by a JSON-LD processor.
        Map<Long, JsonObject> jsonLd = new LinkedHashMap<>();
        url = api("open-data/learning-examples.jsonld?size=2&after=" + start);
        String vocabulary = null;
        while (url != null) {
            Answer page = get(url, "application/ld+json");
            assertEquals(200, page.status(), page.body());
            assertTrue(page.contentType().startsWith("application/ld+json"), page.contentType());
            JsonNode document = HubClient.JSON.readTree(page.body());
            JsonNode next = document.path("view").path("next");
            assertEquals(page.next(), next.isMissingNode() ? null : next.asText(), "Link header and view.next agree");
            vocabulary = document.get("@context").get("hjulet").asText();
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(page.body()))).get();
            JsonArray members = expanded.getJsonObject(0).getJsonArray("http://www.w3.org/ns/hydra/core#member");
            assertTrue(members == null || members.size() <= 2);
            for (JsonValue member : members == null ? List.<JsonValue>of() : members) {
                JsonObject node = member.asJsonObject();
                long id = Long.parseLong(value(node, DCTERMS + "identifier"));
                jsonLd.put(id, node);
            }
            url = page.next();
        }
        assertEquals(List.copyOf(csv.keySet()), List.copyOf(jsonLd.keySet()), "CSV and JSON-LD hold the same items in the same order");
        JsonObject firstNode = jsonLd.get(published.get(0));
        assertEquals(vocabulary + "LearningExample", firstNode.getJsonArray("@type").getString(0));
        assertEquals(awkward, value(firstNode, DCTERMS + "title"));
        assertEquals("sv", firstNode.getJsonArray(DCTERMS + "title").getJsonObject(0).getString("@language"));
        assertEquals(CC_BY_4, firstNode.getJsonArray(DCTERMS + "license").getJsonObject(0).getString("@id"));
        assertTrue(firstNode.getString("@id").endsWith("/exempel.xhtml?id=" + published.get(0)));

        // Bad paging parameters are named; an unknown dataset is a 404.
        assertProblem(get(api("open-data/projects.csv?size=0"), "text/csv"), 400, "size");
        assertProblem(get(api("open-data/projects.jsonld?size=1001"), "application/ld+json"), 400, "size");
        assertProblem(get(api("open-data/projects.csv?after=abc"), "text/csv"), 400, "after");
        assertEquals(404, get(api("open-data/people.csv"), "text/csv").status());
    }

    @Test
    void theCatalogueIsOneDcatCatalogWithADatasetPerKindEachWithCsvAndJsonLd() throws Exception {
        Answer answer = get(api("open-data"), "application/ld+json");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/ld+json"), answer.contentType());
        // Flattened without a context: every node at the top, each with its properties as full IRIs.
        JsonValue flat = JsonLd.flatten(JsonDocument.of(new StringReader(answer.body()))).get();
        JsonArray nodes = flat.getValueType() == JsonValue.ValueType.ARRAY ? flat.asJsonArray() : flat.asJsonObject().getJsonArray("@graph");
        Map<String, List<JsonObject>> byType = new HashMap<>();
        for (JsonValue value : nodes) {
            JsonObject node = value.asJsonObject();
            if (node.containsKey("@type")) {
                node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(t -> byType.computeIfAbsent(t.getString(), k -> new ArrayList<>()).add(node));
            }
        }
        assertEquals(1, byType.get(DCAT + "Catalog").size(), byType.keySet().toString());
        assertEquals(3, byType.get(DCAT + "Dataset").size());
        assertEquals(6, byType.get(DCAT + "Distribution").size());
        assertEquals(1, byType.get(DCAT + "DataService").size());
        assertNotNull(byType.get("http://www.w3.org/2006/vcard/ns#Organization"), "datasets have a contact point");
        JsonObject catalog = byType.get(DCAT + "Catalog").get(0);
        assertEquals(CC_BY_4, catalog.getJsonArray(DCTERMS + "license").getJsonObject(0).getString("@id"));
        assertEquals(3, catalog.getJsonArray(DCAT + "dataset").size());
        assertNotNull(catalog.get(DCTERMS + "publisher"));
        assertNotNull(catalog.get(DCTERMS + "modified"), "the demo content is published, so the catalogue has a modification date");
        List<String> formats = new ArrayList<>();
        for (JsonObject distribution : byType.get(DCAT + "Distribution")) {
            assertEquals(CC_BY_4, distribution.getJsonArray(DCTERMS + "license").getJsonObject(0).getString("@id"));
            String access = distribution.getJsonArray(DCAT + "accessURL").getJsonObject(0).getString("@id");
            formats.add(distribution.getJsonArray(DCTERMS + "format").getJsonObject(0).getString("@id").replaceAll(".*/", ""));
            // Every distribution's address answers with its format.
            Answer data = get(access, access.endsWith(".csv") ? "text/csv" : "application/ld+json");
            assertEquals(200, data.status(), access + ": " + data.body());
        }
        assertEquals(3, formats.stream().filter("CSV"::equals).count());
        assertEquals(3, formats.stream().filter("JSON_LD"::equals).count());
        for (JsonObject dataset : byType.get(DCAT + "Dataset")) {
            for (String property : List.of(DCTERMS + "title", DCTERMS + "description", DCTERMS + "publisher", DCAT + "contactPoint",
                    DCAT + "distribution", DCAT + "landingPage", DCTERMS + "license")) {
                assertNotNull(dataset.get(property), property + " of " + dataset.getString("@id"));
            }
            List<String> languages = dataset.getJsonArray(DCTERMS + "title").getValuesAs(JsonObject.class).stream()
                    .map(t -> t.getString("@language")).toList();
            assertEquals(java.util.Set.of("sv", "en"), java.util.Set.copyOf(languages), "titles in Swedish and English");
        }

        // The footer of every page links the catalogue.
        Answer start = get(base().toString(), "text/html");
        assertTrue(start.body().contains("/api/v1/open-data\""), "the footer links the open data");
    }

    private long create(HubClient client, String collection, ObjectNode input) throws Exception {
        var created = client.post(collection, input);
        assertEquals(201, created.status(), created.raw());
        return created.body().get("id").asLong();
    }

    private long publish(HubClient client, String collection, ObjectNode input) throws Exception {
        long id = create(client, collection, input);
        var published = client.post(collection + "/" + id + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        return id;
    }

    private Map<String, String> csvRow(String dataset, long id) throws Exception {
        Map<String, String> row = csvRowOrNull(dataset, id);
        assertNotNull(row, dataset + " " + id + " is exported");
        return row;
    }

    /** The item's row from the page that starts just before it. */
    private Map<String, String> csvRowOrNull(String dataset, long id) throws Exception {
        Answer page = get(api("open-data/" + dataset + ".csv?size=1&after=" + (id - 1)), "text/csv");
        assertEquals(200, page.status(), page.body());
        for (Map<String, String> record : csv(page.body()).rows()) {
            if (Long.parseLong(record.get("id")) == id) {
                return record;
            }
        }
        return null;
    }

    record Csv(List<String> header, List<Map<String, String>> rows) {
    }

    /** The CSV as RFC 4180 reads: the first record names the columns, quoted fields may hold commas, quotes and line breaks. */
    private static Csv csv(String text) throws Exception {
        var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) {
                records.add(it.next());
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(header.size(), record.size(), "every record has a field per column: " + record);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return new Csv(header, rows);
    }

    private static String value(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0).getString("@value");
    }

    private static void assertProblem(Answer answer, int status, String field) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        JsonNode body = HubClient.JSON.readTree(answer.body());
        assertEquals(field, body.get("fields").get(0).get("field").asText(), answer.body());
    }

    private Answer get(String url, String accept) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String next = response.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), next);
    }

    private String api(String path) throws Exception {
        return base().toString().replaceAll("/+$", "") + "/api/v1/" + path;
    }

    URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}

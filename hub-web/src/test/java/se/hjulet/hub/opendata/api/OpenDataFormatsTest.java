package se.hjulet.hub.opendata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.DatasetSummary;
import se.hjulet.hub.opendata.entity.OpenRecord;
import se.hjulet.hub.opendata.entity.RecordPage;

/** The CSV and JSON-LD of a page of records, and the catalogue, as a re-user receives them. */
class OpenDataFormatsTest {

    private static final String ROOT = "https://hjulet.example/";

    private static final OpenRecord NEED = new OpenRecord(42, "procurement_need", "=E-tjänsteplattform, \"gemensam\"",
            "Upphandling hösten 2027.\nCa 2 MSEK.", "sv", "CC-BY-4.0", "/upphandling.xhtml?id=42",
            "Dals-Ed", "1438", "municipality", "14",
            List.of(new OpenRecord.Participant("Dals-Ed", "1438", "lead"), new OpenRecord.Participant("Fyrbodal", null, "partner")),
            List.of("Digitalisering"), List.of("e-tjänst", "plattform"),
            LocalDate.of(2027, 1, 1), null, true,
            Instant.parse("2026-11-30T10:15:30.123456Z"), Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-11-30T10:15:30Z"),
            null, null, null, null,
            "48000000-8", List.of("72000000-5"), "open_for_partners", 1_500_000L, 2_500_000L,
            LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 15), 48, true, LocalDate.of(2027, 6, 30));

    @Test
    void csvHasAHeaderAndOneParsableRowPerRecordWithTheKindsOwnColumns() {
        String csv = OpenDataCsv.of(new RecordPage(Dataset.PROCUREMENT_NEEDS, List.of(NEED), 0, 100, null), ROOT);
        List<List<String>> rows = CsvWriterTest.parse(csv);
        assertEquals(2, rows.size(), csv);
        List<String> header = rows.get(0);
        assertEquals(OpenDataCsv.header(Dataset.PROCUREMENT_NEEDS), header);
        assertTrue(header.containsAll(List.of("main_cpv_code", "additional_cpv_codes", "join_deadline")));
        assertFalse(header.contains("budget_sek"), "a project's column is not a need's");
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), rows.get(1).get(i));
        }
        assertEquals("42", row.get("id"));
        assertEquals("'=E-tjänsteplattform, \"gemensam\"", row.get("title"), "a formula-like title is defused, the rest kept");
        assertEquals("Upphandling hösten 2027.\nCa 2 MSEK.", row.get("lead"));
        assertEquals("https://hjulet.example/upphandling.xhtml?id=42", row.get("url"));
        assertEquals("Dals-Ed;Fyrbodal", row.get("participant_names"));
        assertEquals("1438;", row.get("participant_codes"));
        assertEquals("lead;partner", row.get("participant_roles"));
        assertEquals("2026-11-30T10:15:30Z", row.get("published_at"));
        assertEquals("", row.get("period_to"));
        assertEquals("true", row.get("ongoing"));
        assertEquals("48000000-8", row.get("main_cpv_code"));
        assertEquals("72000000-5", row.get("additional_cpv_codes"));
        assertEquals("2500000", row.get("estimated_value_max_sek"));
    }

    @Test
    void noColumnCarriesAPersonsContactDetails() {
        for (Dataset dataset : Dataset.values()) {
            for (String column : OpenDataCsv.header(dataset)) {
                assertFalse(column.contains("contact") || column.contains("email") || column.contains("phone")
                        || column.contains("created_by") || column.contains("author"), dataset + ": " + column);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJsonLdPageNamesItsRecordsByTheirPagesAndLinksTheNextPage() {
        var page = new RecordPage(Dataset.PROCUREMENT_NEEDS, List.of(NEED), 0, 1, 42L);
        Map<String, Object> document = OpenDataJsonLd.page(page, ROOT, ROOT + "api/v1/open-data/procurement-needs.jsonld?after=0&size=1",
                ROOT + "api/v1/open-data/procurement-needs.jsonld?after=0&size=1",
                ROOT + "api/v1/open-data/procurement-needs.jsonld?after=42&size=1");
        Map<String, Object> context = (Map<String, Object>) document.get("@context");
        assertEquals("http://purl.org/dc/terms/", context.get("dcterms"));
        assertEquals("hydra:Collection", document.get("@type"));
        Map<String, Object> view = (Map<String, Object>) document.get("view");
        assertEquals(ROOT + "api/v1/open-data/procurement-needs.jsonld?after=42&size=1", view.get("next"));
        Map<String, Object> record = ((List<Map<String, Object>>) document.get("member")).get(0);
        assertEquals(ROOT + "upphandling.xhtml?id=42", record.get("@id"));
        assertEquals("hjulet:ProcurementNeed", record.get("@type"));
        assertEquals(Map.of("@value", NEED.title(), "@language", "sv"), record.get("title"), "JSON-LD keeps the title as written");
        assertEquals(OpenDataJsonLd.CC_BY_4, record.get("license"));
        assertEquals("48000000-8", record.get("mainCpvCode"));
        assertFalse(record.containsKey("budgetSek"), "no empty fields of other kinds");
        for (String key : record.keySet()) {
            assertTrue(key.startsWith("@") || context.containsKey(key), "every key is a term of the context: " + key);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueHasADatasetPerKindEachWithCsvAndJsonLdUnderCcBy() {
        var summaries = List.of(new DatasetSummary(Dataset.LEARNING_EXAMPLES, 2, Instant.parse("2026-12-01T08:00:00Z")),
                new DatasetSummary(Dataset.PROJECTS, 0, null),
                new DatasetSummary(Dataset.PROCUREMENT_NEEDS, 1, Instant.parse("2026-11-01T08:00:00Z")));
        Map<String, Object> catalogue = OpenDataJsonLd.catalogue(ROOT,
                new OpenDataJsonLd.Publisher("Hjulet", Optional.of("oppnadata@hjulet.example")), summaries);
        assertEquals("dcat:Catalog", catalogue.get("@type"));
        assertEquals(Map.of("@id", OpenDataJsonLd.CC_BY_4), catalogue.get("dcterms:license"));
        assertEquals(Map.of("@value", "2026-12-01T08:00:00Z", "@type", "xsd:dateTime"), catalogue.get("dcterms:modified"));
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) catalogue.get("dcat:dataset");
        assertEquals(3, datasets.size());
        for (Map<String, Object> dataset : datasets) {
            assertEquals("dcat:Dataset", dataset.get("@type"));
            Map<String, Object> contact = (Map<String, Object>) dataset.get("dcat:contactPoint");
            assertEquals(Map.of("@id", "mailto:oppnadata@hjulet.example"), contact.get("vcard:hasEmail"));
            List<Map<String, Object>> distributions = (List<Map<String, Object>>) dataset.get("dcat:distribution");
            assertEquals(List.of("http://publications.europa.eu/resource/authority/file-type/CSV",
                            "http://publications.europa.eu/resource/authority/file-type/JSON_LD"),
                    distributions.stream().map(d -> ((Map<String, Object>) d.get("dcterms:format")).get("@id")).toList());
            distributions.forEach(d -> assertEquals(Map.of("@id", OpenDataJsonLd.CC_BY_4), d.get("dcterms:license")));
        }
        assertFalse(datasets.get(1).containsKey("dcterms:modified"), "a dataset without items has no modification date");
    }
}

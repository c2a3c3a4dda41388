package se.hjulet.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.hjulet.search.connection.ElasticsearchConnection;

class IndexEntryTest {

    private final ObjectMapper json = ElasticsearchConnection.newObjectMapper();

    @Test
    void idIsKindAndDatabaseId() {
        IndexEntry document = IndexEntry.builder(IndexEntry.PROJECT, 42).title("Vatten").visibility("public").build();
        assertEquals("project:42", document.id());
        assertEquals("sv", document.language());
    }

    @Test
    void aWrongIdOrKindIsRefused() {
        var wrongId = assertThrows(IllegalArgumentException.class, () -> new IndexEntry("project:1", "project", 2,
                "T", null, null, null, null, null, null, null, null, null, null, "public", null, null, null));
        assertEquals("Document id must be 'project:2', got 'project:1'", wrongId.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> IndexEntry.builder("blog_post", 1).title("T").visibility("public").build());
        assertThrows(IllegalArgumentException.class, () -> IndexEntry.builder("project", 1).title("T").build());
    }

    @Test
    void serialisesWithIsoDatesAndDropsEmptyListEntries() throws Exception {
        IndexEntry document = IndexEntry.builder(IndexEntry.DOCUMENT, 7)
                .title("Rapport")
                .visibility("public")
                .tags(Arrays.asList("vatten", null, " ", "avlopp "))
                .publishedAt(Instant.parse("2024-05-01T08:30:00Z"))
                .build();
        JsonNode tree = json.readTree(json.writeValueAsString(document));
        assertEquals("2024-05-01T08:30:00Z", tree.get("publishedAt").asText());
        assertEquals("document:7", tree.get("id").asText());
        assertEquals(List.of("vatten", "avlopp"), json.convertValue(tree.get("tags"), List.class));
        assertFalse(tree.has("lead"), "null fields are left out");
        assertEquals(document, json.readValue(json.writeValueAsString(document), IndexEntry.class));
    }
}

package se.hjulet.hub.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The API's JSON binding: what a client sends is taken exactly or refused naming the field. */
class StrictJsonTest {

    public record Line(String funder, Long amountSek, BigDecimal sharePercent) {
    }

    public record Input(String title, Long budgetSek, Integer months, Set<String> tags, List<Line> financing) {
    }

    private final Jsonb jsonb = new StrictJson().getContext(Input.class);

    @Test
    void wholeNumbersAreTakenExactlyHoweverTheyAreWritten() {
        assertEquals(1_900_000L, read("{\"budgetSek\": 1.9e6}").budgetSek());
        assertEquals(12L, read("{\"budgetSek\": 12.000}").budgetSek());
        assertEquals(0L, read("{\"budgetSek\": 0}").budgetSek());
        assertEquals(null, read("{\"budgetSek\": null}").budgetSek());
        assertEquals(new BigDecimal("12.5"), read("{\"financing\": [{\"sharePercent\": 12.5}]}").financing().get(0).sharePercent());
    }

    @Test
    void aFractionOrAnOutOfRangeNumberIsRefusedNamingTheField() {
        assertRefused("{\"budgetSek\": 1.9}", "budgetSek", "whole number");
        assertRefused("{\"budgetSek\": 1e400}", "budgetSek", "too large");
        assertRefused("{\"budgetSek\": 99999999999999999999}", "budgetSek", "too large");
        assertRefused("{\"budgetSek\": \"mycket\"}", "budgetSek", "whole number");
        assertRefused("{\"months\": 48.5}", "months", "whole number");
        assertRefused("{\"budgetSek\": 1e-999999999}", "budgetSek", "whole number");
        assertRefused("{\"months\": 3000000000}", "months", "too large");
        assertRefused("{\"financing\": [{\"amountSek\": 2.5}]}", "financing.amountSek", "whole number");
    }

    @Test
    void controlCharactersInTextAreRefusedButLineBreaksAndTabsAreText() {
        assertRefused("{\"title\": \"noll\\u0000byte\"}", "title", "U+0000");
        assertRefused("{\"tags\": [\"ring\\u0007\"]}", "tags", "U+0007");
        assertRefused("{\"financing\": [{\"funder\": \"ERUF\\u001b[31m\"}]}", "financing.funder", "U+001B");
        assertEquals("två\nrader\tmed tab", read("{\"title\": \"två\\nrader\\tmed tab\"}").title());
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedInsteadOfParsedForAMinute() {
        String json = "{\"financing\": [{\"sharePercent\": " + "1".repeat(1_000_000) + "}]}";
        JsonbException refused = assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Input.class));
        assertEquals(400, ProblemMappers.malformed(refused).getStatus());
    }

    private Input read(String json) {
        return jsonb.fromJson(json, Input.class);
    }

    private void assertRefused(String json, String field, String reason) {
        JsonbException refused = assertThrows(JsonbException.class, () -> read(json), json);
        Response answer = ProblemMappers.malformed(refused);
        assertEquals(400, answer.getStatus());
        Problem problem = (Problem) answer.getEntity();
        assertEquals(List.of(field), problem.fields().stream().map(Problem.FieldError::field).toList(), problem.message());
        assertTrue(problem.message().contains(reason), problem.message());
        assertTrue(problem.message().startsWith(field + " "), "a sentence about the field: " + problem.message());
    }
}

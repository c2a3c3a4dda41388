package se.hjulet.hub.opendata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as a re-user's parser reads it back. */
class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRecordsEndInCrLf() {
        var out = new StringBuilder();
        new CsvWriter(out).row(List.of("id", "title")).row(List.of("7", "Digitaliseringsrådet"));
        assertEquals("id,title\r\n7,Digitaliseringsrådet\r\n", out.toString());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Kvoter, citat\"", CsvWriter.field("Kvoter, citat"));
        assertEquals("\"Han sa \"\"hej\"\"\"", CsvWriter.field("Han sa \"hej\""));
        assertEquals("\"rad ett\nrad två\"", CsvWriter.field("rad ett\nrad två"));
        assertEquals("\"rad ett\r\nrad två\"", CsvWriter.field("rad ett\r\nrad två"));
        assertEquals("\" inledande mellanslag\"", CsvWriter.field(" inledande mellanslag"));
        assertEquals("", CsvWriter.field(null));
        assertEquals("", CsvWriter.field(""));
        assertEquals("Malung-Sälen", CsvWriter.field("Malung-Sälen"));
    }

    @Test
    void whatIsWrittenParsesBackToTheSameFields() {
        List<List<String>> rows = List.of(
                List.of("id", "title", "lead"),
                List.of("1", "Kvoter, \"citat\" och\r\nradbrytningar", ""),
                List.of("2", "Åäö – ”typografiska” citat", "sista,fält\n"));
        var out = new StringBuilder();
        var csv = new CsvWriter(out);
        rows.forEach(csv::row);
        assertEquals(rows.stream().map(r -> r.stream().map(f -> f.isEmpty() ? null : f).toList()).toList(),
                parse(out.toString()).stream().map(r -> r.stream().map(f -> f.isEmpty() ? null : f).toList()).toList());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+46 70", CsvWriter.text("+46 70"));
        assertEquals("'-1", CsvWriter.text("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.text("@SUM(A1)"));
        assertEquals("Malung-Sälen", CsvWriter.text("Malung-Sälen"));
        assertEquals(null, CsvWriter.text(null));
    }

    /** A strict RFC 4180 reader, written independently of the writer: the grammar's states, character by character. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("a bare line break outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("the text does not end with a complete record: " + Arrays.toString(row.toArray()));
        }
        return rows;
    }
}

package se.hjulet.hub.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The population reference file (SCB, 31 December 2024) and the migration made from it: every municipality
 * of V2 once, the national total SCB publishes, and V45 setting exactly the file's figures.
 */
class MunicipalityPopulationTest {

    /** SCB, "Folkmängd i riket, län och kommuner 31 december 2024": Riket. */
    private static final long NATIONAL_TOTAL = 10_587_710;

    private static final Pattern MUNICIPALITY_ROW =
            Pattern.compile("values \\('MUNICIPALITY', '((?:[^']|'')*)', '(\\d{4})', '\\d{2}'\\);");
    private static final Pattern UPDATE = Pattern.compile(
            "update organisation set population = (\\d+) where kind = 'MUNICIPALITY' and code = '(\\d{4})'; -- .+");

    @Test
    void theFileHoldsEveryMunicipalityOnceAndSumsToScbsNationalTotal() {
        Map<String, Integer> population = file();
        Map<String, String> municipalities = municipalitiesOfV2();
        assertEquals(290, population.size());
        assertEquals(municipalities.keySet(), population.keySet(), "the same 290 kommunkoder as V2");
        assertEquals(NATIONAL_TOTAL, population.values().stream().mapToLong(Integer::longValue).sum());
        assertTrue(population.values().stream().allMatch(p -> p > 0));
        // Figures as SCB's table gives them.
        assertEquals(95_905, population.get("0127"), "Botkyrka");
        assertEquals(32_425, population.get("0162"), "Danderyd");
        assertEquals(28_910, population.get("0125"), "Ekerö");
        assertEquals(31_751, population.get("1082"), "Karlshamn");
        assertEquals(13_000, population.get("1060"), "Olofström");
        assertEquals(995_574, population.get("0180"), "Stockholm, the largest");
        assertEquals(2_294, population.values().stream().mapToInt(Integer::intValue).min().orElseThrow(), "Dorotea, the smallest");
    }

    @Test
    void theFileNamesEachMunicipalityAsV2Does() {
        Map<String, String> municipalities = municipalitiesOfV2();
        for (String line : lines("reference/municipality-population-2024.tsv").subList(1, 291)) {
            String[] fields = line.split("\t");
            assertEquals(municipalities.get(fields[0]), fields[1], line);
        }
    }

    @Test
    void theMigrationSetsExactlyTheFiguresOfTheFile() {
        Map<String, Integer> set = new LinkedHashMap<>();
        for (String line : lines("db/migration/V45__municipality_population.sql")) {
            if (line.isBlank() || line.startsWith("--")) {
                continue;
            }
            Matcher m = UPDATE.matcher(line);
            assertTrue(m.matches(), "every statement sets one municipality's population: " + line);
            assertEquals(null, set.put(m.group(2), Integer.valueOf(m.group(1))), "once each: " + line);
        }
        assertEquals(file(), set);
    }

    private static Map<String, Integer> file() {
        List<String> lines = lines("reference/municipality-population-2024.tsv");
        assertEquals("code\tname\tpopulation", lines.get(0));
        Map<String, Integer> population = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(3, fields.length, line);
            assertTrue(fields[0].matches("\\d{4}"), line);
            assertEquals(null, population.put(fields[0], Integer.valueOf(fields[2])), "each code once: " + line);
        }
        return population;
    }

    private static Map<String, String> municipalitiesOfV2() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : lines("db/migration/V2__reference_organisations.sql")) {
            Matcher m = MUNICIPALITY_ROW.matcher(line);
            if (m.find()) {
                names.put(m.group(2), m.group(1).replace("''", "'"));
            }
        }
        assertEquals(290, names.size());
        return names;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = MunicipalityPopulationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

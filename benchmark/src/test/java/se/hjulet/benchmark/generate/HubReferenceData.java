package se.hjulet.benchmark.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's own reference data, read from the hub's migrations and reference files (copied onto the test
 * classpath by the pom): what the hub's API would list, without a running hub.
 */
final class HubReferenceData {

    private static final Pattern MUNICIPALITY = Pattern.compile(
            "values \\('MUNICIPALITY', '((?:[^']|'')+)', '(\\d{4})', '(\\d{2})'\\);");
    private static final Pattern CPV_ROW = Pattern.compile("^\\('(\\d{8})', ", Pattern.MULTILINE);
    private static final Pattern CHECK_DIGIT_BLOCK = Pattern.compile("set check_digit = '(\\d)' where code in \\(([^)]*)\\)");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("'(\\d{8})'");

    private HubReferenceData() {
    }

    /** The municipalities as {@code GET /organisations?kind=municipality} lists them: code, name, county. */
    static List<Items.Municipality> municipalities() {
        Matcher rows = MUNICIPALITY.matcher(read("db/migration/V2__reference_organisations.sql"));
        List<Items.Municipality> municipalities = new ArrayList<>();
        while (rows.find()) {
            municipalities.add(new Items.Municipality(rows.group(2), rows.group(1).replace("''", "'"), rows.group(3)));
        }
        return municipalities;
    }

    /** Population on 31 December 2024 (SCB) by kommunkod. */
    static Map<String, Integer> population() {
        Map<String, Integer> population = new LinkedHashMap<>();
        read("reference/municipality-population-2024.tsv").lines().skip(1).map(line -> line.split("\t"))
                .forEach(columns -> population.put(columns[0], Integer.parseInt(columns[2])));
        return population;
    }

    /** Every CPV code the hub accepts (its 8 digits) with its official check digit. */
    static Map<String, String> cpvCheckDigits() {
        Map<String, String> digits = new HashMap<>();
        Matcher codes = CPV_ROW.matcher(read("db/migration/V4__cpv_codes.sql"));
        while (codes.find()) {
            digits.put(codes.group(1), null);
        }
        Matcher blocks = CHECK_DIGIT_BLOCK.matcher(read("db/migration/V10__cpv_check_digits.sql"));
        while (blocks.find()) {
            Matcher code = EIGHT_DIGITS.matcher(blocks.group(2));
            while (code.find()) {
                digits.put(code.group(1), blocks.group(1));
            }
        }
        return digits;
    }

    private static String read(String path) {
        try (InputStream in = HubReferenceData.class.getResourceAsStream("/hub-reference/" + path)) {
            if (in == null) {
                throw new IllegalStateException("The hub's reference file " + path + " is not on the test classpath (see benchmark/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

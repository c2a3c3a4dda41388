package se.hjulet.benchmark.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What someone running the benchmark would check of its items: that a seed reproduces them, that all 290
 * municipalities own items with the big cities owning most, and that every create body is one the hub accepts.
 */
class ItemsTest {

    private static final long SEED = 20_261_202L;
    /** Large enough for the skew to show (34 items a municipality on average), small enough for a unit test. */
    private static final int SIZE = 10_000;
    /** The design's Zipf exponent: a municipality of rank r publishes in proportion to 1/r^0.8. */
    private static final double ZIPF_EXPONENT = 0.8;
    /** The hub's written form of a CPV code (CpvCode.WRITTEN): 8 digits, optionally a dash and the check digit. */
    private static final Pattern CPV_WRITTEN = Pattern.compile("(\\d{8})(?:-(\\d))?");

    private static List<Items.Municipality> municipalities;
    private static Items items;
    private static List<Items.Item> generated;

    @BeforeAll
    static void generate() {
        municipalities = HubReferenceData.municipalities();
        assertEquals(290, municipalities.size(), "the hub's reference data lists 290 municipalities");
        items = new Items(SEED, SIZE, SIZE * 2, municipalities);
        generated = IntStream.range(0, SIZE).mapToObj(items::item).toList();
    }

    @Test
    void theSameSeedGivesTheSameItems() {
        Items again = new Items(SEED, SIZE, SIZE * 2, municipalities);
        for (int index = 0; index < SIZE; index += 97) {
            Items.Item item = again.item(index);
            assertEquals(generated.get(index).input().toString(), item.input().toString(), "item " + index);
            assertEquals(generated.get(index).documents(), item.documents(), "documents of item " + index);
            assertEquals(generated.get(index).relation(), item.relation(), "relation of item " + index);
            assertEquals(generated.get(index).publish(), item.publish(), "publishing of item " + index);
        }
    }

    @Test
    void anItemIsTheSameWhateverWasGeneratedBeforeIt() {
        // Backwards, skipping most, and with the municipalities listed in another order: as a fresh run that loads from the end.
        List<Items.Municipality> shuffled = new ArrayList<>(municipalities);
        java.util.Collections.reverse(shuffled);
        Items fresh = new Items(SEED, SIZE, SIZE * 2, shuffled);
        for (int index : new int[] {SIZE - 1, 4711, 600, 289, 0}) {
            Items.Item item = fresh.item(index);
            assertEquals(generated.get(index).input().toString(), item.input().toString(), "item " + index);
            assertEquals(generated.get(index).documents(), item.documents(), "documents of item " + index);
            assertEquals(generated.get(index).relation(), item.relation(), "relation of item " + index);
        }
    }

    @Test
    void anotherSeedGivesOtherItems() {
        Items other = new Items(SEED + 1, SIZE, SIZE * 2, municipalities);
        long same = IntStream.range(0, 200).filter(i -> other.item(i).input().equals(generated.get(i).input())).count();
        assertEquals(0, same, "items equal to those of the other seed");
        Set<String> titles = generated.stream().limit(200).map(i -> i.input().get("title").asText()).collect(Collectors.toSet());
        long sameTitle = IntStream.range(0, 200).filter(i -> titles.contains(other.item(i).input().get("title").asText())).count();
        assertTrue(sameTitle < 100, sameTitle + " of 200 titles of another seed are titles of this one");
    }

    @Test
    void everyMunicipalityOwnsAnItemOnceThereAre290() {
        Items just290 = new Items(SEED, 290, 0, municipalities);
        Set<String> owners = IntStream.range(0, 290).mapToObj(i -> just290.item(i).input().get("ownerOrganisation").asText())
                .collect(Collectors.toSet());
        assertEquals(municipalities.stream().map(Items.Municipality::code).collect(Collectors.toSet()), owners);
    }

    @Test
    void theBigCitiesOwnMostAsTheDesignsZipfWeightsSay() {
        Map<String, Long> owned = generated.stream()
                .collect(Collectors.groupingBy(i -> i.input().get("ownerOrganisation").asText(), Collectors.counting()));
        assertEquals(290, owned.size(), "municipalities owning items");

        // Expected from the design: one item each first, then the rest by weight 1/r^0.8 over 290 ranks.
        double harmonic = IntStream.rangeClosed(1, 290).mapToDouble(r -> Math.pow(r, -ZIPF_EXPONENT)).sum();
        double expectedLargest = 1 + (SIZE - 290) / harmonic;
        double expectedMedian = 1 + (SIZE - 290) * Math.pow(145.5, -ZIPF_EXPONENT) / harmonic;
        long[] counts = owned.values().stream().mapToLong(Long::longValue).sorted().toArray();
        double median = (counts[144] + counts[145]) / 2.0;
        long stockholm = owned.get("0180");

        assertTrue(Math.abs(stockholm - expectedLargest) < 0.15 * expectedLargest,
                "Stockholm owns " + stockholm + " items; the design expects about " + Math.round(expectedLargest));
        assertTrue(Math.abs(median - expectedMedian) < 0.5 * expectedMedian,
                "the median municipality owns " + median + " items; the design expects about " + Math.round(expectedMedian));
        assertTrue(stockholm > 20 * median, "Stockholm owns " + stockholm + ", the median municipality " + median);

        // The ten most populous municipalities by SCB's figures all publish clearly more than the median one.
        List<String> mostPopulous = HubReferenceData.population().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10).map(Map.Entry::getKey).toList();
        for (String code : mostPopulous) {
            assertTrue(owned.get(code) > 2 * median, code + " owns " + owned.get(code) + " items, the median municipality " + median);
        }
        assertEquals(counts[counts.length - 1], stockholm, "the largest city owns the most items");
    }

    @Test
    void allThreeKindsOccurInTheDesignsShares() {
        Map<Items.Kind, Long> kinds = new EnumMap<>(Items.Kind.class);
        generated.forEach(i -> kinds.merge(i.kind(), 1L, Long::sum));
        // The design: 40 % learning examples, 35 % projects, 25 % procurement needs.
        Map<Items.Kind, Double> design = Map.of(Items.Kind.LEARNING_EXAMPLE, 0.40, Items.Kind.PROJECT, 0.35, Items.Kind.PROCUREMENT_NEED, 0.25);
        design.forEach((kind, share) -> {
            double observed = kinds.getOrDefault(kind, 0L) / (double) SIZE;
            assertTrue(Math.abs(observed - share) < 0.03, kind + ": " + observed + " of the items, designed " + share);
        });
        generated.forEach(i -> assertEquals(i.kind(), items.kindOf(i.index()), "kindOf agrees with the item " + i.index()));
    }

    @Test
    void needsCarryCpvCodesOfTheHubsVocabulary() {
        Map<String, String> vocabulary = HubReferenceData.cpvCheckDigits();
        assertEquals(9454, vocabulary.size(), "the hub's CPV vocabulary (V4)");
        Set<String> used = new HashSet<>();
        List<Items.Item> needs = generated.stream().filter(i -> i.kind() == Items.Kind.PROCUREMENT_NEED).toList();
        for (Items.Item need : needs) {
            JsonNode input = need.input();
            assertTrue(input.hasNonNull("mainCpvCode"), "need " + need.index() + " has a main CPV code");
            Stream.concat(Stream.of(input.get("mainCpvCode")), stream(input.path("additionalCpvCodes"))).map(JsonNode::asText).forEach(written -> {
                Matcher code = CPV_WRITTEN.matcher(written);
                assertTrue(code.matches(), "need " + need.index() + ": '" + written + "' is not written as the hub reads CPV codes");
                assertTrue(vocabulary.containsKey(code.group(1)), "need " + need.index() + ": " + written + " is not in the hub's vocabulary");
                if (code.group(2) != null) {
                    assertEquals(vocabulary.get(code.group(1)), code.group(2), "need " + need.index() + ": check digit of " + written);
                }
                used.add(code.group(1));
            });
        }
        assertTrue(used.size() >= 10, "needs use " + used.size() + " different CPV codes");
        generated.stream().filter(i -> i.kind() != Items.Kind.PROCUREMENT_NEED)
                .forEach(i -> assertFalse(i.input().has("mainCpvCode"), "item " + i.index() + " is no need but has a CPV code"));
    }

    @Test
    void periodsAndPlansAreOnesTheHubAccepts() {
        for (Items.Item item : generated) {
            JsonNode input = item.input();
            String at = item.kind() + " " + item.index();
            LocalDate from = LocalDate.parse(input.get("periodFrom").asText());
            boolean ongoing = input.path("ongoing").asBoolean(false);
            if (ongoing) {
                assertFalse(input.has("periodTo"), at + " is ongoing and has an end date");
            } else {
                assertFalse(LocalDate.parse(input.get("periodTo").asText()).isBefore(from), at + " ends before it starts");
            }
            // The hub's bean validation limits on every kind's input.
            assertFalse(input.get("title").asText().isBlank(), at + " has a title");
            assertTrue(input.get("title").asText().length() <= 300, at + ": title longer than 300");
            assertTrue(input.get("lead").asText().length() <= 2000, at + ": lead longer than 2000");
            assertTrue(input.withArray("participatingOrganisations").size() <= 50, at + ": too many participants");
            if (item.kind() == Items.Kind.PROCUREMENT_NEED) {
                LocalDate windowFrom = LocalDate.parse(input.get("procurementWindowFrom").asText());
                LocalDate windowTo = LocalDate.parse(input.get("procurementWindowTo").asText());
                assertFalse(windowTo.isBefore(windowFrom), at + ": the procurement window ends before it starts");
                assertTrue(input.get("estimatedValueMinSek").asLong() <= input.get("estimatedValueMaxSek").asLong(), at + ": value range");
                int months = input.get("contractLengthMonths").asInt();
                assertTrue(months >= 1 && months <= 240, at + ": contract length " + months);
                if (input.has("joinDeadline")) {
                    assertTrue(input.get("openForCoProcurement").asBoolean(), at + ": a deadline to join a need not open to others");
                    assertFalse(LocalDate.parse(input.get("joinDeadline").asText()).isAfter(windowTo), at + ": joins after the window");
                }
            }
            if (item.kind() == Items.Kind.PROJECT) {
                long financed = stream(input.path("financing")).mapToLong(f -> f.get("amountSek").asLong()).sum();
                assertTrue(financed <= input.get("budgetSek").asLong(), at + ": financed " + financed + " of a smaller budget");
            }
        }
    }

    @Test
    void participantsAreOtherMunicipalitiesMostlyOfTheOwnersCounty() {
        Map<String, String> county = new HashMap<>();
        municipalities.forEach(m -> county.put(m.code(), m.countyCode()));
        int participations = 0;
        int sameCounty = 0;
        for (Items.Item item : generated) {
            String owner = item.input().get("ownerOrganisation").asText();
            Set<String> seen = new HashSet<>();
            for (JsonNode participant : item.input().withArray("participatingOrganisations")) {
                String code = participant.get("organisation").asText();
                assertTrue(county.containsKey(code), "item " + item.index() + ": participant " + code + " is no municipality");
                assertNotEquals(owner, code, "item " + item.index() + ": the owner participates in its own item");
                assertTrue(seen.add(code), "item " + item.index() + ": " + code + " participates twice");
                participations++;
                sameCounty += county.get(code).equals(county.get(owner)) ? 1 : 0;
            }
        }
        assertTrue(participations > SIZE / 2, participations + " participations in " + SIZE + " items");
        assertTrue(sameCounty > participations / 2, sameCounty + " of " + participations + " participants are of the owner's county");
    }

    @Test
    void relationsPointAtEarlierItemsOfTheRightKind() {
        Map<String, Items.Kind[]> relationKinds = Map.of(
                "REALISED_BY", new Items.Kind[] {Items.Kind.PROCUREMENT_NEED, Items.Kind.PROJECT},
                "DOCUMENTED_AS", new Items.Kind[] {Items.Kind.PROJECT, Items.Kind.LEARNING_EXAMPLE},
                "RELATED", new Items.Kind[] {Items.Kind.LEARNING_EXAMPLE, Items.Kind.LEARNING_EXAMPLE});
        Map<String, Integer> relations = new HashMap<>();
        for (Items.Item item : generated) {
            Items.RelationSpec relation = item.relation();
            if (relation == null) {
                continue;
            }
            relations.merge(relation.relation(), 1, Integer::sum);
            assertTrue(relation.target() >= 0 && relation.target() <= item.index() - Items.RELATION_DISTANCE,
                    "item " + item.index() + " links to item " + relation.target());
            Items.Kind[] kinds = relationKinds.get(relation.relation());
            assertNotNull(kinds, "item " + item.index() + ": unknown relation " + relation.relation());
            assertEquals(kinds[0], item.kind(), "item " + item.index() + " is the source of " + relation.relation());
            assertEquals(kinds[1], generated.get(relation.target()).kind(), "the target of item " + item.index() + "'s " + relation.relation());
        }
        generated.stream().limit(Items.RELATION_DISTANCE).forEach(i -> assertNull(i.relation(), "item " + i.index() + " links back too near"));
        assertEquals(relationKinds.keySet(), relations.keySet(), "relations of each kind occur");
        int total = relations.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > (SIZE - Items.RELATION_DISTANCE) / 20, total + " relations among " + SIZE + " items");
    }

    @Test
    void theTextIsSwedishAndTheTitlesVary() {
        Set<String> swedishWords = swedishWordsOfTheVocabulary();
        Map<String, Integer> titles = new HashMap<>();
        for (Items.Item item : generated) {
            String text = item.input().toString();
            long words = Arrays.stream(text.split("[^\\p{L}]+")).map(w -> w.toLowerCase(java.util.Locale.ROOT))
                    .filter(swedishWords::contains).distinct().count();
            assertTrue(words >= 3, "item " + item.index() + " has " + words + " Swedish words with å, ä or ö: " + text);
            titles.merge(item.input().get("title").asText(), 1, Integer::sum);
        }
        // Titles may repeat across municipalities ("Införande av e-arkiv …" is written in many), but not a few for all.
        assertTrue(titles.size() > SIZE / 10, titles.size() + " different titles among " + SIZE + " items");
        Map.Entry<String, Integer> commonest = titles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertTrue(commonest.getValue() <= SIZE / 100, "'" + commonest.getKey() + "' is the title of " + commonest.getValue() + " items");
    }

    @Test
    void documentsAreSpreadOverTheItemsWithOneToSixtyPages() {
        List<Items.DocumentSpec> documents = generated.stream().flatMap(i -> i.documents().stream()).toList();
        assertEquals(SIZE * 2, documents.size(), "documents asked for");
        Map<DocumentFiles.Format, Long> formats = documents.stream()
                .collect(Collectors.groupingBy(Items.DocumentSpec::format, () -> new EnumMap<>(DocumentFiles.Format.class), Collectors.counting()));
        assertEquals(Set.of(DocumentFiles.Format.values()), formats.keySet(), "formats that occur");
        int[] pages = documents.stream().mapToInt(Items.DocumentSpec::pages).sorted().toArray();
        assertEquals(1, pages[0], "the shortest document's pages");
        assertTrue(pages[pages.length - 1] <= 60 && pages[pages.length - 1] >= 40, "the longest document has " + pages[pages.length - 1] + " pages");
        int median = pages[pages.length / 2];
        assertTrue(median >= 2 && median <= 5, "median pages " + median + "; the design says about 3");
        assertEquals(documents.size(), documents.stream().map(Items.DocumentSpec::name).distinct().count(), "documents with the same file name");
        generated.forEach(item -> item.documents().forEach(d -> assertTrue(d.title().endsWith(item.input().get("title").asText()),
                "document " + d.name() + " is titled after its item")));
    }

    /** Words with å, ä or ö in the generator's vocabulary: what Swedish text of it must contain. */
    static Set<String> swedishWordsOfTheVocabulary() {
        List<String> texts = new ArrayList<>();
        Stream.of(Words.SENTENCES, Words.LEADS, Words.GOALS, Words.LESSONS, Words.RESULTS, Words.TITLE_TEMPLATES,
                Words.NEED_TITLE_TEMPLATES, Words.HEADINGS, Words.DOCUMENT_NAMES, Words.CONCLUSIONS).forEach(texts::addAll);
        Words.AREAS.forEach(a -> texts.addAll(a.subjects()));
        return texts.stream().flatMap(t -> Arrays.stream(t.split("[^\\p{L}]+"))).map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .filter(w -> w.matches(".*[åäö].*")).collect(Collectors.toSet());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}

package se.hjulet.benchmark.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Realistic Swedish items of all three kinds, each a function of the seed and its number alone: item 4711
 * is the same in every run with the same seed, whatever was generated before it. Owners are all 290
 * municipalities (every one owns at least one item once there are 290), skewed towards the large ones
 * the way publishing is: the biggest cities first, then the rest in a seeded order, with Zipf-like weights.
 * Items have participants (mostly from the owner's county), contacts, links, periods, CPV codes (needs),
 * financing (projects), relations to earlier items and documents of 1–60 pages.
 */
public final class Items {

    /** A municipality as the hub lists it. */
    public record Municipality(String code, String name, String countyCode) {
    }

    public enum Kind {
        LEARNING_EXAMPLE("learningExample"), PROJECT("project"), PROCUREMENT_NEED("procurementNeed");

        /** The field of a bulk entry that carries this kind's input. */
        public final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    /** A document of an item: made into bytes only when asked. */
    public record DocumentSpec(long seed, DocumentFiles.Format format, int pages, String name, String title, String author) {

        public byte[] bytes() {
            return DocumentFiles.write(format, title, author, Items.pages(seed, pages, title));
        }
    }

    /** A link from this item to an earlier one. */
    public record RelationSpec(String relation, int target) {
    }

    /** Item {@code index}: its kind, its create body, whether it is published, its documents and its link. */
    public record Item(int index, Kind kind, ObjectNode input, boolean publish, List<DocumentSpec> documents, RelationSpec relation) {
    }

    /** Links point this far back at least, so that their target was stored by an earlier bulk request. */
    public static final int RELATION_DISTANCE = 500;
    /** Largest cities by population (SCB), who publish most. */
    private static final List<String> LARGEST = List.of("0180", "1480", "1280", "0380", "0580", "1880", "1980", "1283", "0581",
            "0680", "2480", "1281", "1490", "0126", "0484", "0182", "2180", "1380", "0181", "2281");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;
    private final int items;
    private final int documents;
    private final List<Municipality> owners;
    private final double[] cumulativeWeight;

    /**
     * @param items     how many items the whole load has (documents are spread over them)
     * @param documents how many documents in all
     */
    public Items(long seed, int items, int documents, List<Municipality> municipalities) {
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("No municipalities to own the items");
        }
        this.seed = seed;
        this.items = items;
        this.documents = documents;
        SplittableRandom order = new SplittableRandom(seed);
        List<Municipality> rest = new ArrayList<>(municipalities.stream().sorted(Comparator.comparing(Municipality::code)).toList());
        List<Municipality> ranked = new ArrayList<>();
        for (String code : LARGEST) {
            rest.stream().filter(m -> m.code().equals(code)).findFirst().ifPresent(m -> {
                ranked.add(m);
                rest.remove(m);
            });
        }
        for (int i = rest.size() - 1; i > 0; i--) {
            java.util.Collections.swap(rest, i, order.nextInt(i + 1));
        }
        ranked.addAll(rest);
        this.owners = List.copyOf(ranked);
        this.cumulativeWeight = new double[owners.size()];
        double sum = 0;
        for (int rank = 0; rank < owners.size(); rank++) {
            sum += 1 / Math.pow(rank + 1, 0.8);
            cumulativeWeight[rank] = sum;
        }
    }

    public int size() {
        return items;
    }

    public Item item(int index) {
        SplittableRandom random = random(index, 0);
        Kind kind = kindOf(index);
        Municipality owner = ownerOf(index, random);
        Words.Area area = pick(random, Words.AREAS);
        String subject = pick(random, area.subjects());
        Municipality partner = partnerOf(owner, random);
        Filler fill = new Filler(random, subject, owner.name(), partner.name());
        ObjectNode input = JSON.createObjectNode();
        String title = fill.apply(pick(random, kind == Kind.PROCUREMENT_NEED ? Words.NEED_TITLE_TEMPLATES : Words.TITLE_TEMPLATES));
        input.put("title", title.length() > 300 ? title.substring(0, 300) : title);
        input.put("lead", fill.apply(pick(random, Words.LEADS)));
        input.put("ownerOrganisation", owner.code());
        input.put("language", "sv");
        ArrayNode participants = input.putArray("participatingOrganisations");
        Set<String> taken = new java.util.HashSet<>(Set.of(owner.code()));
        for (int p = random.nextInt(4); p > 0; p--) {
            Municipality other = p == 1 ? partner : partnerOf(owner, random);
            if (taken.add(other.code())) {
                participants.addObject().put("organisation", other.code()).put("role", random.nextInt(4) == 0 ? "CO_FINANCIER" : "PARTNER");
            }
        }
        input.putArray("policyAreas").add(area.name());
        if (random.nextInt(4) == 0) {
            ((ArrayNode) input.get("policyAreas")).add(pick(random, Words.AREAS).name());
        }
        ArrayNode tags = input.putArray("tags");
        area.tags().stream().filter(t -> random.nextBoolean()).limit(3).forEach(tags::add);
        int startYear = 2019 + random.nextInt(8);
        LocalDate from = LocalDate.of(startYear, 1 + random.nextInt(12), 1);
        input.put("periodFrom", from.toString());
        if (random.nextInt(3) == 0) {
            input.put("ongoing", true);
        } else {
            input.put("periodTo", from.plusMonths(3 + random.nextInt(36)).toString());
        }
        String first = pick(random, Words.FIRST_NAMES);
        String last = pick(random, Words.LAST_NAMES);
        input.putArray("contacts").addObject().put("name", first + " " + last).put("role", pick(random, Words.ROLES))
                .put("organisation", owner.name()).put("email", ascii(first + "." + last) + "@" + ascii(owner.name()) + ".se");
        if (random.nextInt(3) == 0) {
            input.putArray("links").addObject().put("title", "Mer om " + subject)
                    .put("url", "https://www." + ascii(owner.name()) + ".se/" + ascii(subject).replace('.', '-'));
        }
        switch (kind) {
            case LEARNING_EXAMPLE -> learningExample(input, random, fill);
            case PROJECT -> project(input, random, fill, from);
            case PROCUREMENT_NEED -> need(input, random, fill, from);
        }
        return new Item(index, kind, input, random.nextInt(20) != 0, documentsOf(index, title, owner), relationOf(index, kind, random));
    }

    /** Every item's kind, without generating it (relations look for targets of a kind). */
    public Kind kindOf(int index) {
        int draw = random(index, 1).nextInt(100);
        return draw < 40 ? Kind.LEARNING_EXAMPLE : draw < 75 ? Kind.PROJECT : Kind.PROCUREMENT_NEED;
    }

    private void learningExample(ObjectNode input, SplittableRandom random, Filler fill) {
        ArrayNode conclusions = input.putArray("conclusions");
        pickSome(random, Words.CONCLUSIONS, 2 + random.nextInt(3)).forEach(conclusions::add);
        input.put("background", paragraphs(random, fill, 1 + random.nextInt(3)));
        input.put("implementation", paragraphs(random, fill, 1 + random.nextInt(4)));
        ArrayNode factors = input.putArray("successFactors");
        pickSome(random, Words.LESSONS, 1 + random.nextInt(3)).forEach(l -> factors.add(capitalised(l) + "."));
        input.put("results", paragraphs(random, fill, 1 + random.nextInt(2)));
    }

    private void project(ObjectNode input, SplittableRandom random, Filler fill, LocalDate from) {
        input.put("phase", List.of("IDEA", "PRE_STUDY", "ONGOING", "ONGOING", "COMPLETED", "IN_MANAGEMENT").get(random.nextInt(6)));
        input.put("collaborationLevel", List.of("SHARE_IDEAS", "OPEN_TO_CONVERSATION", "SEEKING_PARTNERS", "SEEKING_CO_FINANCING")
                .get(random.nextInt(4)));
        long budget = 100_000L * (1 + random.nextInt(150));
        input.put("budgetSek", budget);
        ArrayNode financing = input.putArray("financing");
        financing.addObject().put("source", "OWN").put("amountSek", budget / 2);
        if (random.nextBoolean()) {
            financing.addObject().put("source", "EXTERNAL_FUND").put("funder", pick(random, Words.FUNDS)).put("amountSek", budget / 2);
        }
        input.put("goals", paragraphs(random, fill, 1 + random.nextInt(2)));
        if (random.nextBoolean()) {
            input.put("results", paragraphs(random, fill, 1 + random.nextInt(2)));
        }
    }

    private void need(ObjectNode input, SplittableRandom random, Filler fill, LocalDate from) {
        input.put("mainCpvCode", pick(random, Words.CPV_DIVISIONS));
        if (random.nextInt(3) == 0) {
            input.putArray("additionalCpvCodes").add(pick(random, Words.CPV_DIVISIONS));
        }
        long low = 250_000L * (1 + random.nextInt(40));
        input.put("estimatedValueMinSek", low);
        input.put("estimatedValueMaxSek", low * 2);
        input.put("procurementWindowFrom", from.plusMonths(6).toString());
        input.put("procurementWindowTo", from.plusMonths(12).toString());
        input.put("contractLengthMonths", 12 * (1 + random.nextInt(4)));
        input.put("procurementStatus", List.of("PLANNING", "OPEN_FOR_PARTNERS", "TENDERING", "AWARDED").get(random.nextInt(4)));
        boolean open = random.nextBoolean();
        input.put("openForCoProcurement", open);
        if (open) {
            input.put("joinDeadline", from.plusMonths(4).toString());
        }
        input.put("requirementsSummary", paragraphs(random, fill, 1 + random.nextInt(3)));
    }

    /** Documents are spread evenly: item i has those whose number falls in its share of the total. */
    private List<DocumentSpec> documentsOf(int index, String itemTitle, Municipality owner) {
        long firstDocument = (long) documents * index / items;
        long next = (long) documents * (index + 1) / items;
        List<DocumentSpec> specs = new ArrayList<>();
        for (long d = firstDocument; d < next; d++) {
            SplittableRandom random = random(index, 2 + (int) (d - firstDocument));
            int draw = random.nextInt(100);
            DocumentFiles.Format format = draw < 45 ? DocumentFiles.Format.PDF : draw < 70 ? DocumentFiles.Format.DOCX
                    : draw < 80 ? DocumentFiles.Format.PPTX : draw < 85 ? DocumentFiles.Format.ODT : DocumentFiles.Format.HTML;
            // Most documents are short; a few are long reports (1–60 pages, median about 3).
            int pages = 1 + (int) (59 * Math.pow(random.nextDouble(), 5));
            String kind = pick(random, Words.DOCUMENT_NAMES);
            String title = kind + " – " + itemTitle;
            String name = (kind + " " + owner.name() + " " + (d + 1)).replace(' ', '-') + "." + format.extension;
            specs.add(new DocumentSpec(random.nextLong(), format, pages, name, title, owner.name()));
        }
        return specs;
    }

    private RelationSpec relationOf(int index, Kind kind, SplittableRandom random) {
        if (index < RELATION_DISTANCE || random.nextInt(10) != 0) {
            return null;
        }
        Kind wanted = switch (kind) {
            case PROCUREMENT_NEED -> Kind.PROJECT;          // a need realised by a project
            case PROJECT -> Kind.LEARNING_EXAMPLE;           // a project documented as a learning example
            case LEARNING_EXAMPLE -> Kind.LEARNING_EXAMPLE;  // related examples
        };
        String relation = switch (kind) {
            case PROCUREMENT_NEED -> "REALISED_BY";
            case PROJECT -> "DOCUMENTED_AS";
            case LEARNING_EXAMPLE -> "RELATED";
        };
        for (int target = index - RELATION_DISTANCE - random.nextInt(Math.max(1, index - RELATION_DISTANCE)); target >= 0; target--) {
            if (kindOf(target) == wanted) {
                return new RelationSpec(relation, target);
            }
        }
        return null;
    }

    /** The text of a generated document: a heading and about 300 words a page (60 on a slide's worth is fine too). */
    static List<DocumentFiles.Page> pages(long seed, int count, String title) {
        SplittableRandom random = new SplittableRandom(seed);
        String subject = title.contains(" – ") ? title.substring(title.indexOf(" – ") + 3) : title;
        Filler fill = new Filler(random, subject.toLowerCase(Locale.ROOT), "kommunen", "grannkommunen");
        List<DocumentFiles.Page> pages = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            List<String> paragraphs = new ArrayList<>();
            for (int words = 0; words < 300; ) {
                String paragraph = IntStream.range(0, 3 + random.nextInt(4)).mapToObj(i -> fill.apply(pick(random, Words.SENTENCES)))
                        .collect(Collectors.joining(" "));
                paragraphs.add(paragraph);
                words += paragraph.split(" ").length;
            }
            pages.add(new DocumentFiles.Page((p == 0 ? title : pick(random, Words.HEADINGS)), paragraphs));
        }
        return pages;
    }

    private static String paragraphs(SplittableRandom random, Filler fill, int count) {
        return IntStream.range(0, count).mapToObj(p -> "<p>" + IntStream.range(0, 2 + random.nextInt(4))
                .mapToObj(i -> fill.apply(pick(random, Words.SENTENCES))).collect(Collectors.joining(" ")) + "</p>")
                .collect(Collectors.joining());
    }

    private Municipality ownerOf(int index, SplittableRandom random) {
        if (index < owners.size()) {
            return owners.get(index); // every municipality owns something
        }
        double draw = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int rank = java.util.Arrays.binarySearch(cumulativeWeight, draw);
        return owners.get(rank >= 0 ? rank : Math.min(owners.size() - 1, -rank - 1));
    }

    /** Mostly a neighbour in the same county, sometimes anyone. */
    private Municipality partnerOf(Municipality owner, SplittableRandom random) {
        List<Municipality> county = owners.stream().filter(m -> m.countyCode() != null && m.countyCode().equals(owner.countyCode())
                && !m.code().equals(owner.code())).toList();
        if (!county.isEmpty() && random.nextInt(4) != 0) {
            return pick(random, county);
        }
        Municipality any = pick(random, owners);
        return any.code().equals(owner.code()) ? owners.get((owners.indexOf(any) + 1) % owners.size()) : any;
    }

    private SplittableRandom random(int index, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 31L + stream);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> pickSome(SplittableRandom random, List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Västerås" → "vasteras": for e-mail addresses and web addresses. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "");
    }

    /** Fills a template's placeholders: the item's subject and organisations, the rest drawn anew each time. */
    private record Filler(SplittableRandom random, String subject, String owner, String partner) {

        String apply(String template) {
            return capitalised(fill(template));
        }

        private String fill(String template) {
            Matcher matcher = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1))));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private String value(String name) {
            return switch (name) {
                case "subject" -> subject;
                case "Subject" -> capitalised(subject);
                case "owner" -> owner;
                case "partner" -> partner;
                case "goal" -> pick(random, Words.GOALS);
                case "lesson" -> pick(random, Words.LESSONS);
                case "result" -> fill(pick(random, Words.RESULTS));
                case "role" -> pick(random, Words.ROLES);
                case "tool" -> pick(random, Words.TOOLS);
                case "year" -> String.valueOf(2019 + random.nextInt(8));
                case "number" -> String.valueOf(2 + random.nextInt(60));
                default -> throw new IllegalArgumentException("No value for {" + name + "}");
            };
        }
    }
}

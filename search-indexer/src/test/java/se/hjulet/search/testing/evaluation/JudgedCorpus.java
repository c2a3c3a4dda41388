package se.hjulet.search.testing.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.hjulet.search.index.IndexEntry;

/**
 * The project's judged set: initiatives ({@code evaluation/initiatives.json}, each with the API input
 * body of its kind) and queries with graded judgments ({@code evaluation/queries.json}). Shipped in
 * search-indexer's test-jar, so system tests and benchmarks elsewhere can load the same set through the API.
 */
public final class JudgedCorpus {

    public static final String INITIATIVES = "evaluation/initiatives.json";
    public static final String QUERIES = "evaluation/queries.json";
    public static final String SIMILAR = "evaluation/similar.json";
    public static final String PARTNERS = "evaluation/partners.json";
    public static final String LOOK_ALIKES = "evaluation/lookalikes.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One initiative: its key in the judgments, its kind (as in the index) and the API input body. */
    public record Initiative(String key, String kind, ObjectNode input) {
        public String title() {
            return input.path("title").asText();
        }
    }

    /** A query as typed, the kind of difficulty it has, and the graded judgments (key → 1..3). */
    public record JudgedQuery(String id, String kind, String text, Map<String, Integer> judgments) {
    }

    /** A source item and the graded judgments of the other items as similar to it (key → 1..3). */
    public record SimilarJudgment(String source, Map<String, Integer> judgments) {
    }

    /** A need and the graded judgments of organisations (code, or name without one) as partners for it. */
    public record PartnerJudgment(String need, Map<String, Integer> judgments) {
    }

    /** A draft being written, and the initiatives it is a look-alike of (none: new work). */
    public record Draft(String id, String title, String lead, String text, List<String> lookAlikes) {
    }

    private final List<Initiative> initiatives;
    private final Map<String, JsonNode> organisations;
    private final List<JudgedQuery> queries;
    private final List<SimilarJudgment> similar;
    private final List<PartnerJudgment> partners;
    private final List<Draft> drafts;

    private JudgedCorpus(List<Initiative> initiatives, Map<String, JsonNode> organisations, List<JudgedQuery> queries,
            List<SimilarJudgment> similar, List<PartnerJudgment> partners, List<Draft> drafts) {
        this.initiatives = List.copyOf(initiatives);
        this.organisations = Map.copyOf(organisations);
        this.queries = List.copyOf(queries);
        this.similar = List.copyOf(similar);
        this.partners = List.copyOf(partners);
        this.drafts = List.copyOf(drafts);
    }

    public static JudgedCorpus load() {
        JsonNode items = read(INITIATIVES);
        List<Initiative> initiatives = new ArrayList<>();
        for (JsonNode item : items.get("initiatives")) {
            initiatives.add(new Initiative(item.get("key").asText(), item.get("kind").asText(), (ObjectNode) item.get("input")));
        }
        Map<String, JsonNode> organisations = new LinkedHashMap<>();
        items.get("organisations").fields().forEachRemaining(e -> organisations.put(e.getKey(), e.getValue()));
        List<JudgedQuery> queries = new ArrayList<>();
        for (JsonNode query : read(QUERIES).get("queries")) {
            Map<String, Integer> judgments = new LinkedHashMap<>();
            query.get("judgments").fields().forEachRemaining(e -> judgments.put(e.getKey(), e.getValue().asInt()));
            queries.add(new JudgedQuery(query.get("id").asText(), query.get("kind").asText(), query.get("text").asText(), judgments));
        }
        List<SimilarJudgment> similar = new ArrayList<>();
        for (JsonNode item : read(SIMILAR).get("items")) {
            similar.add(new SimilarJudgment(item.get("source").asText(), grades(item.get("judgments"))));
        }
        List<PartnerJudgment> partners = new ArrayList<>();
        for (JsonNode need : read(PARTNERS).get("needs")) {
            partners.add(new PartnerJudgment(need.get("need").asText(), grades(need.get("judgments"))));
        }
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode draft : read(LOOK_ALIKES).get("drafts")) {
            drafts.add(new Draft(draft.get("id").asText(), draft.get("title").asText(), draft.get("lead").asText(),
                    draft.get("text").asText(), strings(draft, "lookAlikes")));
        }
        return new JudgedCorpus(initiatives, organisations, queries, similar, partners, drafts);
    }

    private static Map<String, Integer> grades(JsonNode judgments) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        judgments.fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
        return grades;
    }

    public List<SimilarJudgment> similarJudgments() {
        return similar;
    }

    public List<PartnerJudgment> partnerJudgments() {
        return partners;
    }

    public List<Draft> drafts() {
        return drafts;
    }

    /** The initiative with this key. */
    public Initiative initiative(String key) {
        return initiatives.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No initiative " + key + " in the judged set"));
    }

    /** The organisations the items name (code, or name without one) with kind, name, county and, for federations, members. */
    public Map<String, JsonNode> organisations() {
        return organisations;
    }

    /** The index id the initiative with this key gets in {@link #indexEntries()}. */
    public String indexIdOf(String key) {
        for (int i = 0; i < initiatives.size(); i++) {
            if (initiatives.get(i).key().equals(key)) {
                return IndexEntry.idOf(initiatives.get(i).kind(), i + 1);
            }
        }
        throw new IllegalArgumentException("No initiative " + key + " in the judged set");
    }

    /** The federations an organisation belongs to, and itself when it is one (as the hub names them: code or name). */
    public List<String> federationsOf(String reference) {
        List<String> federations = new ArrayList<>();
        organisations.forEach((code, organisation) -> {
            boolean member = StreamSupport.stream(organisation.path("members").spliterator(), false)
                    .anyMatch(m -> m.asText().equals(reference));
            if ("FEDERATION".equals(organisation.path("kind").asText()) && (member || code.equals(reference))) {
                federations.add(code);
            }
        });
        return federations;
    }

    public List<Initiative> initiatives() {
        return initiatives;
    }

    public List<JudgedQuery> queries() {
        return queries;
    }

    /** The kinds of query in the order they first appear. */
    public List<String> queryKinds() {
        return queries.stream().map(JudgedQuery::kind).distinct().toList();
    }

    /**
     * The index entries the hub would make of the initiatives when they are published (as
     * {@code IndexEntries} in hub-ejb does from the entities), numbered from 1 in file order. Without a
     * database the CPV codes of needs stand without their labels.
     */
    public List<IndexEntry> indexEntries() {
        List<IndexEntry> documents = new ArrayList<>();
        for (int i = 0; i < initiatives.size(); i++) {
            documents.add(toDocument(initiatives.get(i), i + 1));
        }
        return documents;
    }

    /** Key of the initiative an index id ({@code kind:number}) stands for in {@link #indexEntries()}. */
    public String keyOf(String indexId) {
        int number = Integer.parseInt(indexId.substring(indexId.indexOf(':') + 1));
        return initiatives.get(number - 1).key();
    }

    private IndexEntry toDocument(Initiative initiative, long id) {
        ObjectNode in = initiative.input();
        String owner = in.get("ownerOrganisation").asText();
        JsonNode organisation = organisations.get(owner);
        List<String> names = new ArrayList<>();
        names.add(nameOf(owner));
        for (JsonNode participant : in.path("participatingOrganisations")) {
            names.add(nameOf(participant.get("organisation").asText()));
        }
        String body;
        List<String> keyPoints;
        switch (initiative.kind()) {
            case IndexEntry.LEARNING_EXAMPLE -> {
                body = joined(Stream.of(text(in, "background"), text(in, "implementation"),
                        String.join(" ", strings(in, "successFactors")), text(in, "results")));
                keyPoints = strings(in, "conclusions");
            }
            case IndexEntry.PROJECT -> {
                body = joined(Stream.of(text(in, "goals"), text(in, "results"),
                        StreamSupport.stream(in.path("financing").spliterator(), false)
                                .map(f -> f.path("funder").asText("")).collect(Collectors.joining(" "))));
                keyPoints = List.of();
            }
            case IndexEntry.PROCUREMENT_NEED -> {
                body = text(in, "requirementsSummary");
                keyPoints = Stream.concat(Stream.of(in.get("mainCpvCode").asText()), strings(in, "additionalCpvCodes").stream()).toList();
            }
            default -> throw new IllegalStateException("Unknown kind " + initiative.kind());
        }
        LocalDate from = in.hasNonNull("periodFrom") ? LocalDate.parse(in.get("periodFrom").asText()) : LocalDate.of(2020, 1, 1);
        Instant published = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        LocalDate to = in.hasNonNull("periodTo") ? LocalDate.parse(in.get("periodTo").asText()) : null;
        List<String> cpv = new ArrayList<>();
        if (in.hasNonNull("mainCpvCode")) {
            cpv.add(in.get("mainCpvCode").asText());
            cpv.addAll(strings(in, "additionalCpvCodes"));
        }
        Integer lastYear = to != null ? Integer.valueOf(to.getYear())
                : in.path("ongoing").asBoolean(false) ? Integer.valueOf(Math.max(from.getYear(), LocalDate.now().getYear())) : null;
        IndexEntry.Facets facets = new IndexEntry.Facets(organisation == null ? null
                : organisation.path("kind").asText().toLowerCase(java.util.Locale.ROOT), null,
                IndexEntry.Facets.yearsBetween(from.getYear(), lastYear), cpv, null,
                in.hasNonNull("phase") ? in.get("phase").asText().toLowerCase(java.util.Locale.ROOT) : null,
                in.hasNonNull("procurementStatus") ? in.get("procurementStatus").asText().toLowerCase(java.util.Locale.ROOT)
                        : initiative.kind().equals(IndexEntry.PROCUREMENT_NEED) ? "planning" : null);
        IndexEntry.Matching matching = new IndexEntry.Matching(federationsOf(owner),
                organisation != null && organisation.hasNonNull("population") ? organisation.get("population").asInt() : null,
                date(in, "procurementWindowFrom"), date(in, "procurementWindowTo"), in.path("openForCoProcurement").asBoolean(false),
                date(in, "joinDeadline"));
        return IndexEntry.builder(initiative.kind(), id)
                .title(in.get("title").asText())
                .lead(in.get("lead").asText())
                .body(body)
                .conclusions(keyPoints)
                .organisation(owner, nameOf(owner))
                .organisationNames(names)
                .countyCode(organisation == null ? null : organisation.path("countyCode").asText(null))
                .policyAreas(strings(in, "policyAreas"))
                .tags(strings(in, "tags"))
                .language(in.path("language").asText("sv"))
                .visibility(IndexEntry.PUBLIC)
                .publishedAt(published)
                .updatedAt(published)
                .url("/" + initiative.kind() + "/" + id)
                .facets(facets)
                .matching(matching)
                .build();
    }

    private static LocalDate date(JsonNode input, String field) {
        return input.hasNonNull(field) ? LocalDate.parse(input.get(field).asText()) : null;
    }

    /** An organisation's name (or the reference itself when the set does not know it). */
    public String nameOf(String code) {
        JsonNode organisation = organisations.get(code);
        return organisation == null ? code : organisation.get("name").asText();
    }

    private static String text(JsonNode input, String field) {
        return input.hasNonNull(field) ? Jsoup.parse(input.get(field).asText()).text() : "";
    }

    static List<String> strings(JsonNode input, String field) {
        List<String> values = new ArrayList<>();
        input.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String joined(Stream<String> parts) {
        return parts.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = JudgedCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (search-indexer's test-jar has it)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

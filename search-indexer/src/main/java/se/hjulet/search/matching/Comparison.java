package se.hjulet.search.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import se.hjulet.search.index.IndexEntry;

/**
 * One source compared with the items of the index: the query that finds candidates, and the features, score
 * and reasons of each candidate found. The query's clauses are constant scores with the weights of
 * {@link MatchingWeights}, so the index orders candidates nearly as the final score does; each clause is named,
 * so a hit says which of the source's words it has without a second request.
 */
final class Comparison {

    /** The stored fields a candidate needs; the long texts stay on the server. */
    static final List<String> CANDIDATE_FIELDS = List.of("id", "kind", "databaseId", "title", "lead", "organisationCode",
            "organisationName", "organisationKind", "url", "countyCode", "policyAreas", "tags", "cpvCodes", "federations",
            "ownerPopulation", "years", "windowFrom", "windowTo", "coProcurement", "joinDeadline", "procurementStatus",
            ItemWords.FIELD);
    static final List<String> INITIATIVE_KINDS = List.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT,
            IndexEntry.PROCUREMENT_NEED);
    private static final List<String> HEAD_FIELDS = List.of("title", "lead", "conclusions", "tags.text");
    private static final List<String> PART_FIELDS = List.of("title.parts", "lead.parts", "conclusions.parts", "tags.parts",
            "body.parts");
    private static final String DOCUMENTS = "docs";
    private static final int DOCUMENT_NAMES = 2;
    /** An attached document matches when it has this many of the significant words (or all, when there are fewer). */
    private static final int DOCUMENT_WORDS = 3;
    private static final int WORDS_SHOWN = 6;

    private final IndexEntry source;
    private final SignificantTerms terms;
    private final List<String> words;
    private final List<String> parts;

    Comparison(IndexEntry source, SignificantTerms terms) {
        this.source = source;
        this.terms = terms;
        this.words = List.copyOf(terms.words().keySet());
        this.parts = List.copyOf(terms.parts().keySet());
    }

    boolean hasText() {
        return !terms.isEmpty();
    }

    /** How much of another item's significant words (weights summing to 1) the source has. */
    double coverageOf(Map<String, Double> otherWords) {
        return otherWords.entrySet().stream().filter(e -> terms.all().contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    }

    /** The clauses a candidate may match, each scoring its weight. */
    List<Query> clauses() {
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            double weight = MatchingWeights.TEXT * terms.words().get(word);
            Query head = constant("w" + i + "h", anyField(HEAD_FIELDS, word), weight);
            Query body = constant("w" + i + "b", term("body", word), weight * MatchingWeights.BODY_ONLY);
            clauses.add(Query.of(q -> q.disMax(d -> d.queries(head, body))));
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            clauses.add(constant("p" + i, anyField(PART_FIELDS, part), MatchingWeights.PARTS * terms.parts().get(part)));
        }
        if (!words.isEmpty()) {
            int needed = Math.min(DOCUMENT_WORDS, words.size());
            List<Query> inDocument = words.stream().map(w -> term("attachments.text", w)).toList();
            clauses.add(Query.of(q -> q.constantScore(c -> c.queryName(DOCUMENTS).boost((float) MatchingWeights.DOCUMENTS)
                    .filter(f -> f.nested(n -> n.path("attachments").scoreMode(ChildScoreMode.None)
                            .query(nq -> nq.bool(b -> b.should(inDocument).minimumShouldMatch(String.valueOf(needed))))
                            .innerHits(ih -> ih.name(DOCUMENTS).size(DOCUMENT_NAMES)
                                    .source(s -> s.filter(sf -> sf.includes("attachments.name")))))))));
        }
        for (String area : source.policyAreas()) {
            clauses.add(constant(null, term("policyAreas", area), MatchingWeights.POLICY_AREAS / source.policyAreas().size()));
        }
        for (String tag : source.tags()) {
            clauses.add(constant(null, term("tags", tag), MatchingWeights.TAG_FEATURE / source.tags().size()));
        }
        IndexEntry.Facets facets = source.facets();
        cpvClauses(clauses, facets.cpvDivisions(), "cpvDivisions", MatchingWeights.CPV_DIVISION);
        cpvClauses(clauses, facets.cpvGroups(), "cpvGroups", MatchingWeights.CPV_GROUP - MatchingWeights.CPV_DIVISION);
        cpvClauses(clauses, facets.cpvClasses(), "cpvClasses", MatchingWeights.CPV_CLASS - MatchingWeights.CPV_GROUP);
        cpvClauses(clauses, facets.cpvCodes(), "cpvCodes", MatchingWeights.CPV_CODE - MatchingWeights.CPV_CLASS);
        if (source.countyCode() != null) {
            clauses.add(constant(null, term("countyCode", source.countyCode()), MatchingWeights.COUNTY));
        }
        if (!source.matching().federations().isEmpty()) {
            clauses.add(constant(null, terms("federations", source.matching().federations()), MatchingWeights.FEDERATION));
        }
        if (!facets.years().isEmpty()) {
            clauses.add(constant(null, Query.of(q -> q.terms(t -> t.field("years")
                    .terms(v -> v.value(facets.years().stream().map(FieldValue::of).toList())))), MatchingWeights.PERIOD));
        }
        LocalDate from = source.matching().windowFrom();
        LocalDate to = source.matching().windowTo();
        if (from != null || to != null) {
            clauses.add(constant(null, windowOverlapping(from, to), MatchingWeights.WINDOW));
        }
        return clauses;
    }

    private static void cpvClauses(List<Query> clauses, List<String> values, String field, double weight) {
        for (String value : values) {
            clauses.add(constant(null, term(field, value), weight));
        }
    }

    /** Windows overlap when each starts before the other ends (an open end overlaps everything after its start). */
    private static Query windowOverlapping(LocalDate from, LocalDate to) {
        List<Query> conditions = new ArrayList<>();
        conditions.add(Query.of(q -> q.exists(e -> e.field("windowFrom"))));
        if (to != null) {
            conditions.add(Query.of(q -> q.range(r -> r.date(d -> d.field("windowFrom").lte(to.toString())))));
        }
        if (from != null) {
            conditions.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.range(r -> r.date(d -> d.field("windowTo").gte(from.toString()))))
                    .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("windowTo")))))
                    .minimumShouldMatch("1"))));
        }
        return Query.of(q -> q.bool(b -> b.filter(conditions)));
    }

    /**
     * What a candidate shares with the source, its score and the reasons, strongest first.
     *
     * @param reverse the share of the candidate's own significant words that the source has
     */
    Evaluation evaluate(Hit<Candidate> hit, double reverse) {
        Candidate c = hit.source();
        Set<String> matched = Set.copyOf(hit.matchedQueries() == null ? List.of() : hit.matchedQueries());
        List<Reason> reasons = new ArrayList<>();

        double text = 0;
        List<String> sharedWords = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double weight = terms.words().get(words.get(i));
            if (matched.contains("w" + i + "h")) {
                text += weight;
                sharedWords.add(words.get(i));
            } else if (matched.contains("w" + i + "b")) {
                text += weight * MatchingWeights.BODY_ONLY;
                sharedWords.add(words.get(i));
            }
        }
        text = Math.pow(text, 1 - MatchingWeights.REVERSE) * Math.pow(reverse, MatchingWeights.REVERSE);
        addReason(reasons, Reason.Kind.TERMS, shown(sharedWords), MatchingWeights.TEXT * text);

        double partShare = 0;
        List<String> sharedParts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (matched.contains("p" + i)) {
                partShare += terms.parts().get(parts.get(i));
                sharedParts.add(parts.get(i));
            }
        }
        addReason(reasons, Reason.Kind.COMPOUND_PARTS, shown(sharedParts), MatchingWeights.PARTS * partShare);

        if (matched.contains(DOCUMENTS)) {
            addReason(reasons, Reason.Kind.DOCUMENTS, documentNames(hit), MatchingWeights.DOCUMENTS);
        }
        List<String> areas = shared(source.policyAreas(), c.policyAreas(), Function.identity());
        if (!source.policyAreas().isEmpty()) {
            addReason(reasons, Reason.Kind.POLICY_AREAS, areas, MatchingWeights.POLICY_AREAS * areas.size() / source.policyAreas().size());
        }
        List<String> tags = shared(source.tags(), c.tags(), t -> t.toLowerCase(java.util.Locale.ROOT));
        if (!source.tags().isEmpty()) {
            addReason(reasons, Reason.Kind.TAGS, tags, MatchingWeights.TAG_FEATURE * tags.size() / source.tags().size());
        }
        Reason cpv = Cpv.closest(source.facets().cpvCodes(), c.cpvCodes());
        if (cpv != null) {
            reasons.add(cpv);
        }
        if (source.countyCode() != null && source.countyCode().equals(c.countyCode())) {
            addReason(reasons, Reason.Kind.COUNTY, List.of(c.countyCode()), MatchingWeights.COUNTY);
        }
        List<String> federations = shared(source.matching().federations(), c.federations(), Function.identity());
        addReason(reasons, Reason.Kind.FEDERATION, federations, federations.isEmpty() ? 0 : MatchingWeights.FEDERATION);
        List<String> years = shared(source.facets().years(), c.years(), Function.identity()).stream().map(String::valueOf).toList();
        addReason(reasons, Reason.Kind.PERIOD, years, years.isEmpty() ? 0 : MatchingWeights.PERIOD);
        if (windowsOverlap(source.matching().windowFrom(), source.matching().windowTo(), c.windowFrom(), c.windowTo())) {
            addReason(reasons, Reason.Kind.WINDOW, List.of(String.valueOf(c.windowFrom()), c.windowTo() == null ? "" : String.valueOf(c.windowTo())),
                    MatchingWeights.WINDOW);
        }
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
        double score = reasons.stream().mapToDouble(Reason::contribution).sum();
        boolean similar = text >= MatchingWeights.MIN_TEXT || (cpv != null && cpv.contribution() >= MatchingWeights.CPV_CLASS);
        return new Evaluation(c, score, text, sharedWords.size(), similar, reasons);
    }

    /**
     * A candidate as compared: its stored fields, the score, the text feature (how much of each other's significant
     * words the two have), how many of the source's significant words it has, and the reasons.
     */
    record Evaluation(Candidate candidate, double score, double textShare, int sharedWords, boolean similar, List<Reason> reasons) {

        SimilarItem item() {
            Candidate c = candidate;
            return new SimilarItem(c.id(), c.kind(), c.databaseId(), c.title(), c.lead(), c.organisationCode(),
                    c.organisationName(), c.url(), score, textShare, reasons);
        }

        Reason reason(Reason.Kind kind) {
            return reasons.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
        }
    }

    static boolean windowsOverlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        if ((fromA == null && toA == null) || (fromB == null && toB == null)) {
            return false;
        }
        boolean aStartsBeforeBEnds = fromA == null || toB == null || !fromA.isAfter(toB);
        boolean bStartsBeforeAEnds = fromB == null || toA == null || !fromB.isAfter(toA);
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    private List<String> shown(List<String> stems) {
        return stems.stream().map(s -> terms.shown().getOrDefault(s, s)).distinct().limit(WORDS_SHOWN).toList();
    }

    private static void addReason(List<Reason> reasons, Reason.Kind kind, List<String> values, double contribution) {
        if (contribution > 0 && !values.isEmpty()) {
            reasons.add(new Reason(kind, values, contribution));
        }
    }

    private static <T> List<T> shared(Collection<T> mine, Collection<T> theirs, Function<T, T> normal) {
        if (mine == null || theirs == null) {
            return List.of();
        }
        Set<T> other = new LinkedHashSet<>(theirs.stream().filter(Objects::nonNull).map(normal).toList());
        return mine.stream().filter(Objects::nonNull).filter(v -> other.contains(normal.apply(v))).distinct().toList();
    }

    private static List<String> documentNames(Hit<Candidate> hit) {
        InnerHitsResult inner = hit.innerHits().get(DOCUMENTS);
        if (inner == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Hit<JsonData> document : inner.hits().hits()) {
            if (document.source() != null) {
                String name = document.source().toJson().asJsonObject().getString("name", null);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Query constant(String name, Query filter, double weight) {
        return Query.of(q -> q.constantScore(c -> {
            c.filter(filter).boost((float) weight);
            if (name != null) {
                c.queryName(name);
            }
            return c;
        }));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static Query anyField(List<String> fields, String value) {
        return Query.of(q -> q.bool(b -> b.should(fields.stream().map(f -> term(f, value)).toList()).minimumShouldMatch("1")));
    }

    /** The stored fields of a candidate item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Candidate(String id, String kind, long databaseId, String title, String lead, String organisationCode,
            String organisationName, String organisationKind, String url, String countyCode, List<String> policyAreas,
            List<String> tags, List<String> cpvCodes, List<String> federations, Integer ownerPopulation, List<Integer> years,
            LocalDate windowFrom, LocalDate windowTo, Boolean coProcurement, LocalDate joinDeadline, String procurementStatus,
            StoredWords significantWords) {

        Candidate {
            policyAreas = policyAreas == null ? List.of() : policyAreas;
            tags = tags == null ? List.of() : tags;
            cpvCodes = cpvCodes == null ? List.of() : cpvCodes;
            federations = federations == null ? List.of() : federations;
            years = years == null ? List.of() : years;
        }

        /** A need others may still join on {@code day}: open for co-procurement, not yet tendered, before its deadline. */
        boolean takesPartnersOn(LocalDate day) {
            return IndexEntry.PROCUREMENT_NEED.equals(kind) && Boolean.TRUE.equals(coProcurement)
                    && ("planning".equals(procurementStatus) || "open_for_partners".equals(procurementStatus))
                    && (joinDeadline == null || !day.isAfter(joinDeadline));
        }
    }
}

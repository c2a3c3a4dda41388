package se.hjulet.search.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.termvectors.Term;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.query.Vocabulary;

/**
 * The words that say what an item is about: its text analysed exactly as the index analyses it (Swedish stems,
 * compound parts), each word weighted by how often the item uses it (square root), how rare it is in the index
 * (BM25's idf) and the field it stands in, the most significant first. General words ({@code general-words.txt})
 * and numbers never count. One term-vectors request on the item's text as an artificial document, so a draft that
 * is stored nowhere is analysed the same way as a published item.
 *
 * @param words stems of the item's own words, the most significant, with weights summing to 1
 * @param parts stems of parts of its compounds that are no word of it, with weights summing to 1
 * @param all   every stem of its own words (whatever their weight), to see how much of another item it covers
 * @param byField those stems by the field they stand in (a word only one item has counts per field)
 * @param shown how the item itself writes each stem of {@code words} and {@code parts}
 */
record SignificantTerms(Map<String, Double> words, Map<String, Double> parts, Set<String> all, Map<String, Set<String>> byField,
        Map<String, String> shown) {

    static final SignificantTerms NONE = new SignificantTerms(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    static final Map<String, Double> WORD_FIELDS = Map.of("title", MatchingWeights.TITLE, "lead", MatchingWeights.LEAD,
            "conclusions", MatchingWeights.CONCLUSIONS, "tags.text", MatchingWeights.TAGS, "body", MatchingWeights.BODY);
    static final Map<String, Double> PART_FIELDS = Map.of("title.parts", MatchingWeights.TITLE,
            "lead.parts", MatchingWeights.LEAD, "conclusions.parts", MatchingWeights.CONCLUSIONS,
            "tags.parts", MatchingWeights.TAGS, "body.parts", MatchingWeights.BODY);
    private static final int MIN_WORD_LENGTH = 3;

    boolean isEmpty() {
        return words.isEmpty() && parts.isEmpty();
    }

    /**
     * @param indexed whether the source is itself in the index: then a word must be in one more item than it to
     *                connect it with anything
     * @param general stems of the general words, which never count
     * @return the terms, or null when the index does not exist yet
     */
    static SignificantTerms of(ElasticsearchConnection connection, String alias, IndexEntry source, boolean indexed,
            Set<String> general) {
        Map<String, Object> doc = textOf(source);
        List<String> fields = new ArrayList<>(WORD_FIELDS.keySet());
        fields.addAll(PART_FIELDS.keySet());
        TermvectorsResponse response;
        try {
            response = connection.call("finding the significant words of " + source.id(), client -> client.termvectors(t -> t
                    .index(alias)
                    .doc(doc)
                    .fields(fields)
                    .positions(false)
                    .offsets(false)
                    .termStatistics(true)
                    .fieldStatistics(true)));
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        Map<String, TermVector> vectors = response.termVectors();
        Map<String, Set<String>> byField = new HashMap<>();
        WORD_FIELDS.keySet().forEach(field -> byField.put(field, termsOf(vectors, field)));
        Set<String> all = new HashSet<>();
        byField.values().forEach(all::addAll);
        int self = indexed ? 1 : 0;
        Map<String, Double> words = normalised(heaviest(weights(vectors, WORD_FIELDS, self, general, Set.of(), 1, false), MatchingWeights.TERMS));
        // Parts that are no word of the item itself, and long enough to be a word rather than a chance match ("kol" in "skolor").
        Map<String, Double> parts = normalised(heaviest(weights(vectors, PART_FIELDS, self, general, all, MatchingWeights.MIN_PART_LENGTH, false),
                MatchingWeights.PART_TERMS));
        return new SignificantTerms(words, parts, all, byField, shownForms(source, words, parts));
    }

    /** The most significant words of an item the index holds (for how much of it a source covers). */
    static Map<String, Double> wordsOf(Map<String, TermVector> vectors, Set<String> general, boolean uniqueWordsCount) {
        // A word only this item has is left out (it cannot make two indexed items alike), except against a draft:
        // its author may be writing exactly those words again, and without them it would never look like anything.
        return normalised(heaviest(weights(vectors, WORD_FIELDS, uniqueWordsCount ? 0 : 1, general, Set.of(), 1, false), MatchingWeights.TERMS));
    }

    /**
     * What {@link StoredWords} keeps of an item about to be indexed, from the term vectors of its text as an artificial
     * document.
     *
     * @param inIndex whether an earlier version of the item is in the index (then it counts in each word's statistics)
     */
    static StoredWords toStore(Map<String, TermVector> vectors, boolean inIndex, Set<String> general, String digest) {
        int self = inIndex ? 1 : 0;
        TermVector title = vectors.get("title");
        long items = title == null || title.fieldStatistics() == null ? 0 : title.fieldStatistics().docCount();
        Map<String, Map<String, Double>> unique = contributions(vectors, WORD_FIELDS, self, general, Set.of(), 1, true);
        Map<String, Map<String, Double>> heaviestUnique = new LinkedHashMap<>();
        heaviest(sums(unique), MatchingWeights.TERMS).keySet().forEach(term -> heaviestUnique.put(term, unique.get(term)));
        return new StoredWords(heaviest(weights(vectors, WORD_FIELDS, self, general, Set.of(), 1, false), StoredWords.SHARED_KEPT),
                heaviestUnique, items, digest);
    }

    /** The text fields of an entry, as an artificial document to analyse. */
    static Map<String, Object> textOf(IndexEntry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", entry.title());
        putIfPresent(doc, "lead", entry.lead());
        putIfPresent(doc, "body", entry.body());
        if (!entry.conclusions().isEmpty()) {
            doc.put("conclusions", entry.conclusions());
        }
        if (!entry.tags().isEmpty()) {
            doc.put("tags", entry.tags());
        }
        return doc;
    }

    private static void putIfPresent(Map<String, Object> doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    private static Set<String> termsOf(Map<String, TermVector> vectors, String field) {
        TermVector vector = vectors.get(field);
        return vector == null ? Set.of() : new HashSet<>(vector.terms().keySet());
    }

    /**
     * Each term's weight summed over the fields: √tf × idf × the field's weight.
     *
     * @param self   1 when the item itself is counted in the statistics (it is in the index), else 0
     * @param unique only the words no other item has in a field (weighed as in one item), instead of only those others
     *               have there too (the statistics are per field)
     */
    private static Map<String, Double> weights(Map<String, TermVector> vectors, Map<String, Double> fields, int self,
            Set<String> general, Set<String> except, int minLength, boolean unique) {
        return sums(contributions(vectors, fields, self, general, except, minLength, unique));
    }

    /** {@link #weights}, field by field: term → field → weight. */
    private static Map<String, Map<String, Double>> contributions(Map<String, TermVector> vectors, Map<String, Double> fields, int self,
            Set<String> general, Set<String> except, int minLength, boolean unique) {
        Map<String, Map<String, Double>> contributions = new HashMap<>();
        fields.forEach((field, weight) -> {
            TermVector vector = vectors.get(field);
            if (vector == null || vector.fieldStatistics() == null) {
                return;
            }
            long items = vector.fieldStatistics().docCount();
            vector.terms().forEach((term, stats) -> {
                int others = docFreq(stats) - self;
                if ((unique ? others > 0 : others < 1) || term.length() < Math.max(MIN_WORD_LENGTH, minLength) || general.contains(term)
                        || except.contains(term) || isNumber(term)) {
                    return;
                }
                int counted = Math.max(others, 1);
                if (tooCommon(counted, items)) {
                    return;
                }
                double idf = Math.log(1 + (items - counted + 0.5) / (counted + 0.5));
                contributions.computeIfAbsent(term, t -> new HashMap<>()).put(field, Math.sqrt(stats.termFreq()) * idf * weight);
            });
        });
        return contributions;
    }

    private static Map<String, Double> sums(Map<String, Map<String, Double>> contributions) {
        Map<String, Double> sums = new HashMap<>();
        contributions.forEach((term, byField) -> sums.put(term, byField.values().stream().mapToDouble(Double::doubleValue).sum()));
        return sums;
    }

    /** The {@code limit} heaviest, heaviest first. */
    static Map<String, Double> heaviest(Map<String, Double> weights, int limit) {
        Map<String, Double> heaviest = new LinkedHashMap<>();
        weights.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> heaviest.put(e.getKey(), e.getValue()));
        return heaviest;
    }

    /** The same weights, scaled to sum to 1. */
    static Map<String, Double> normalised(Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> normalised = new LinkedHashMap<>();
        weights.forEach((term, weight) -> normalised.put(term, weight / total));
        return normalised;
    }

    private static int docFreq(Term stats) {
        return stats.docFreq() == null ? 0 : stats.docFreq();
    }

    private static boolean tooCommon(int docFreq, long items) {
        return items >= MatchingWeights.MIN_ITEMS_FOR_DOC_SHARE && docFreq > MatchingWeights.MAX_DOC_SHARE * items;
    }

    /** Years and amounts connect nothing by themselves (2024, 500). */
    private static boolean isNumber(String term) {
        return term.chars().allMatch(Character::isDigit);
    }

    /**
     * How the source writes each stem: the most frequent of its words that begin with the stem (the shortest of
     * equals); for a compound part, that part of a compound of the source; failing both, the stem.
     */
    private static Map<String, String> shownForms(IndexEntry source, Map<String, Double> words, Map<String, Double> parts) {
        String text = String.join(" ", Stream.concat(Stream.of(source.title(), source.lead(), source.body()),
                Stream.concat(source.conclusions().stream(), source.tags().stream())).filter(s -> s != null).toList());
        Map<String, Integer> counts = new HashMap<>();
        Vocabulary.words(text).forEach(word -> counts.merge(word, 1, Integer::sum));
        Comparator<Map.Entry<String, Integer>> best = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry.comparingByKey());
        Map<String, String> shown = new HashMap<>();
        Vocabulary vocabulary = Vocabulary.standard();
        for (String stem : Stream.concat(words.keySet().stream(), parts.keySet().stream()).toList()) {
            String form = counts.entrySet().stream().filter(e -> e.getKey().startsWith(stem)).sorted(best)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (form == null) {
                form = counts.keySet().stream().filter(w -> w.contains(stem)).sorted()
                        .flatMap(w -> vocabulary.compoundParts(w).stream()).filter(p -> p.startsWith(stem))
                        .findFirst().orElse(stem);
            }
            shown.put(stem, form);
        }
        return shown;
    }
}

package se.hjulet.search.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An item's significant words as they were when it was indexed, stored in its entry (not searchable), so that
 * comparing it with a source reads them with the candidate instead of asking the index for its term vectors: at
 * 100,000 items that request for 60 candidates was most of a similar-items call. Weights are √tf × idf × the field's
 * weight, not normalised.
 *
 * @param shared words other items of the index had too in the field they stand in, the {@link #SHARED_KEPT} heaviest
 * @param unique words no other item had then in a field, by field, the {@link MatchingWeights#TERMS} heaviest: in a
 *               field where the source has them (then they are no longer unique there), or against a draft, they count
 *               as they would if read now
 * @param items  how many items the index held when they were computed; below
 *               {@link MatchingWeights#MIN_ITEMS_FOR_DOC_SHARE} they are not used, since every word is rare then
 * @param digest of the text they were computed from ({@link ItemWords#digestOf}), to reuse them while it is the same
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredWords(Map<String, Double> shared, Map<String, Map<String, Double>> unique, long items, String digest) {

    /** More shared words than are compared, so that one lifted by a field where it is no longer unique still ranks right. */
    static final int SHARED_KEPT = 2 * MatchingWeights.TERMS;

    public StoredWords {
        shared = shared == null ? Map.of() : Map.copyOf(shared);
        unique = unique == null ? Map.of() : Map.copyOf(unique);
    }

    /** Whether the index was large enough, when they were computed, for its word statistics to hold. */
    boolean usable() {
        return items >= MatchingWeights.MIN_ITEMS_FOR_DOC_SHARE;
    }

    /**
     * The words a source's coverage of this item is measured against, with weights summing to 1: the shared words,
     * and the unique ones in the fields where the source, itself indexed, has them too; against a draft, all of them.
     */
    Map<String, Double> significant(SignificantTerms source, boolean sourceIndexed, boolean uniqueWordsCount) {
        Map<String, Double> candidates = new HashMap<>(shared);
        unique.forEach((word, byField) -> byField.forEach((field, weight) -> {
            if (uniqueWordsCount || (sourceIndexed && source.byField().getOrDefault(field, Set.of()).contains(word))) {
                candidates.merge(word, weight, Double::sum);
            }
        }));
        return SignificantTerms.normalised(SignificantTerms.heaviest(candidates, MatchingWeights.TERMS));
    }
}

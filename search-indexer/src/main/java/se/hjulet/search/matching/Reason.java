package se.hjulet.search.matching;

import java.util.List;
import java.util.Locale;

/**
 * Why two items (or an organisation and a need) belong together, as data: what kind of reason, the values
 * they share, and how much it added to the score. {@link ReasonWords} says it in Swedish or English.
 *
 * @param kind         what is shared
 * @param values       the shared things: words as the source writes them, policy areas, tags, CPV codes (8 digits,
 *                     the shared branch filled with zeros), a county code, federations, years, document names,
 *                     titles of the items that make an organisation a partner, two populations
 * @param level        for {@link Kind#CPV}: {@code code}, {@code class}, {@code group} or {@code division}; else null
 * @param contribution what it added to the score
 */
public record Reason(Kind kind, List<String> values, String level, double contribution) {

    public enum Kind {
        /** Significant words both items use. */
        TERMS,
        /** Parts of compounds both have ("skolskjuts" in "skolskjutsplanering" and "skolskjutsar"). */
        COMPOUND_PARTS,
        /** Attached documents of the other item that use the words. */
        DOCUMENTS,
        POLICY_AREAS,
        TAGS,
        /** CPV codes in the same branch of the vocabulary. */
        CPV,
        COUNTY,
        FEDERATION,
        /** Years both run. */
        PERIOD,
        /** Procurement windows that overlap. */
        WINDOW,
        /** A partner's own open needs to buy the same thing. */
        OPEN_NEEDS,
        /** A partner's needs that are not open to others: it has bought or is buying the same. */
        OTHER_NEEDS,
        /** A partner's projects and learning examples on the same subject. */
        EXPERIENCE,
        /** Two municipalities of about the same population. */
        SIMILAR_SIZE;

        /** The name in the API: {@code policy_areas}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Reason {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public Reason(Kind kind, List<String> values, double contribution) {
        this(kind, values, null, contribution);
    }
}

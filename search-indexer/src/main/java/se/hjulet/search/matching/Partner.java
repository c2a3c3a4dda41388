package se.hjulet.search.matching;

import java.util.List;

/**
 * An organisation that could buy together with a need's owner: the items that make it one (its needs,
 * projects, learning examples, joint-procurement vehicles), best first, and why.
 *
 * @param organisationCode the code (or, without one, the name) the index knows it by
 * @param population       its population when it is a municipality, else null
 * @param items            its items that resemble the need, best first
 * @param reasons          best first
 */
public record Partner(String organisationCode, String organisationName, String organisationKind, String countyCode,
        Integer population, double score, List<SimilarItem> items, List<Reason> reasons) {

    public Partner {
        items = items == null ? List.of() : List.copyOf(items);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

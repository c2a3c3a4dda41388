package se.hjulet.search.matching;

import java.util.List;

/**
 * A published item that resembles the source, with why. Text fields are plain text as indexed.
 *
 * @param id               the index id, {@code kind:databaseId}, as search hits have it
 * @param score            the sum of the weighted features ({@link MatchingWeights})
 * @param textShare        the share of the source's significant words the item has (0..1)
 * @param reasons          best first
 */
public record SimilarItem(String id, String kind, long databaseId, String title, String lead, String organisationCode,
        String organisationName, String url, double score, double textShare, List<Reason> reasons) {

    public SimilarItem {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

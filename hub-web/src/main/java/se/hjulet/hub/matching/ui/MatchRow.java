package se.hjulet.hub.matching.ui;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/**
 * A matching item as a page lists it: its title linking to its page, its kind and owner in words, and why it
 * matches, each reason a sentence ("Båda tar upp: snöröjning, plogbilar").
 */
public record MatchRow(long id, String kind, String kindLabel, String title, String url, String organisation,
                       List<String> reasons) implements Serializable {

    public MatchRow {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param kindLabel the kind in the reader's language ({@code learning_example} → "Lärande exempel")
     * @param link      a path inside the hub made into a link (the context path in front)
     */
    public static MatchRow of(SimilarItem item, ReasonWords words, UnaryOperator<String> kindLabel, UnaryOperator<String> link) {
        return new MatchRow(item.databaseId(), item.kind(), kindLabel.apply(item.kind()), item.title(), link.apply(item.url()),
                item.organisationName(), words.of(item.reasons()));
    }

    public static List<MatchRow> of(List<SimilarItem> items, ReasonWords words, UnaryOperator<String> kindLabel,
                                    UnaryOperator<String> link) {
        return items.stream().map(i -> of(i, words, kindLabel, link)).toList();
    }
}

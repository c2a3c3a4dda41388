package se.hjulet.hub.matching.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.hjulet.search.matching.Partner;
import se.hjulet.search.matching.Reason;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/** How matching results look in the API: reasons in data and in words (Swedish, or English when asked for). */
public final class MatchingViews {

    private MatchingViews() {
    }

    /** A reason: {@code kind} (terms, cpv, county …), the shared {@code values}, the CPV {@code level}, and {@code text}. */
    public record ReasonView(String kind, List<String> values, String level, String text) {
        static ReasonView of(Reason reason, ReasonWords words) {
            return new ReasonView(reason.kind().code(), reason.values(), reason.level(), words.of(reason));
        }
    }

    /** An item like a search hit ({@code id} is the index id, {@code databaseId} the API's) with its score and reasons. */
    public record ItemView(String id, String kind, long databaseId, String title, String lead, String organisation,
                           String organisationCode, String url, double score, List<ReasonView> reasons) {
        static ItemView of(SimilarItem item, ReasonWords words) {
            return new ItemView(item.id(), item.kind(), item.databaseId(), item.title(), item.lead(), item.organisationName(),
                    item.organisationCode(), item.url(), round(item.score()),
                    item.reasons().stream().map(r -> ReasonView.of(r, words)).toList());
        }
    }

    public record OrganisationView(String code, String name, String kind, String countyCode, Integer population) {
    }

    /** A partner: the organisation, how it takes part already (if it does), the items that make it one, and why. */
    public record PartnerView(OrganisationView organisation, double score, String participation, List<ItemView> items,
                              List<ReasonView> reasons) {
        static PartnerView of(Partner p, String participation, ReasonWords words) {
            return new PartnerView(new OrganisationView(p.organisationCode(), p.organisationName(),
                    p.organisationKind(), p.countyCode(), p.population()), round(p.score()), participation,
                    p.items().stream().map(i -> ItemView.of(i, words)).toList(),
                    p.reasons().stream().map(r -> ReasonView.of(r, words)).toList());
        }
    }

    /** "en" when the caller prefers English to Swedish, else "sv". */
    static String language(HttpHeaders headers, String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "sv";
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("en".equals(locale.getLanguage())) {
                return "en";
            }
            if ("sv".equals(locale.getLanguage())) {
                return "sv";
            }
        }
        return "sv";
    }

    /** The CPV codes reasons name, to look their labels up at once. */
    static List<String> cpvCodes(Stream<Reason> reasons) {
        return reasons.filter(r -> r.kind() == Reason.Kind.CPV).flatMap(r -> r.values().stream()).distinct().toList();
    }

    static ReasonWords words(String language, Map<String, String> cpvLabels) {
        return new ReasonWords(language, cpvLabels::get);
    }

    static Stream<Reason> reasonsOf(List<SimilarItem> items) {
        return items.stream().flatMap(i -> i.reasons().stream());
    }


    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}

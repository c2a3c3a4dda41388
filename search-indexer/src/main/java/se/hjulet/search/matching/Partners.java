package se.hjulet.search.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.matching.Comparison.Candidate;
import se.hjulet.search.matching.Comparison.Evaluation;

/**
 * Organisations that could buy together with the owner of a procurement need. The need is compared with every
 * published initiative of other organisations (as for similar items); the items that resemble it are the
 * evidence, grouped by owner: an open need of theirs to buy the same thing now counts most, a need they cannot
 * share any more and projects or learning examples on the subject (experience) less. Being in the same county or
 * federation and of similar size add to an organisation's score; without evidence they make no one a partner.
 * Thread-safe.
 */
public final class Partners {

    public static final int MAX_SIZE = 20;
    private static final int ITEMS_SHOWN = 5;

    private final SimilarItems similarItems;

    public Partners(ElasticsearchConnection connection, String alias) {
        this.similarItems = new SimilarItems(connection, alias);
    }

    /**
     * @param need    the need as the index has it (or would have it, for a draft)
     * @param indexed whether the need itself is in the index
     * @param size    1..{@value #MAX_SIZE}
     * @param today   the day whose open needs count as open
     */
    public List<Partner> forNeed(IndexEntry need, boolean indexed, int size, LocalDate today) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The number of partners must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        String owner = need.organisationCode();
        List<Query> notOwner = owner == null ? List.of()
                : List.of(Query.of(q -> q.term(t -> t.field("organisationCode").value(owner))));
        List<Evaluation> evidence = similarItems.compare(need, indexed, Comparison.INITIATIVE_KINDS,
                MatchingWeights.PARTNER_CANDIDATES, notOwner,
                e -> e.similar() && e.score() >= MatchingWeights.MIN_EVIDENCE && e.candidate().organisationCode() != null);
        Map<String, List<Evaluation>> byOrganisation = new LinkedHashMap<>();
        evidence.forEach(e -> byOrganisation.computeIfAbsent(e.candidate().organisationCode(), k -> new ArrayList<>()).add(e));
        List<Partner> partners = new ArrayList<>();
        byOrganisation.forEach((code, items) -> partners.add(partner(need, items, today)));
        partners.sort(Comparator.comparingDouble(Partner::score).reversed().thenComparing(Partner::organisationCode));
        return partners.stream().limit(size).toList();
    }

    private static Partner partner(IndexEntry need, List<Evaluation> items, LocalDate today) {
        List<Weighed> weighed = items.stream().map(e -> new Weighed(e, e.score() * factor(e.candidate(), today)))
                .sorted(Comparator.comparingDouble(Weighed::value).reversed()).toList();
        double score = 0;
        double share = 1;
        List<String> open = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> experience = new ArrayList<>();
        double openValue = 0;
        double otherValue = 0;
        double experienceValue = 0;
        for (Weighed w : weighed) {
            double value = w.value() * share;
            score += value;
            share *= MatchingWeights.NEXT_ITEM;
            Candidate c = w.evaluation().candidate();
            if (c.takesPartnersOn(today)) {
                open.add(c.title());
                openValue += value;
            } else if (IndexEntry.PROCUREMENT_NEED.equals(c.kind())) {
                other.add(c.title());
                otherValue += value;
            } else {
                experience.add(c.title());
                experienceValue += value;
            }
        }
        List<Reason> reasons = new ArrayList<>();
        add(reasons, Reason.Kind.OPEN_NEEDS, open, openValue);
        add(reasons, Reason.Kind.OTHER_NEEDS, other, otherValue);
        add(reasons, Reason.Kind.EXPERIENCE, experience, experienceValue);

        Candidate first = weighed.get(0).evaluation().candidate();
        if (need.countyCode() != null && need.countyCode().equals(first.countyCode())) {
            reasons.add(new Reason(Reason.Kind.COUNTY, List.of(first.countyCode()), MatchingWeights.SAME_COUNTY));
            score += MatchingWeights.SAME_COUNTY;
        }
        List<String> federations = need.matching().federations().stream().filter(first.federations()::contains).toList();
        if (!federations.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.FEDERATION, federations, MatchingWeights.SAME_FEDERATION));
            score += MatchingWeights.SAME_FEDERATION;
        }
        Integer mine = need.matching().ownerPopulation();
        Integer theirs = first.ownerPopulation();
        if (mine != null && theirs != null && mine > 0 && theirs > 0) {
            double ratio = (double) Math.min(mine, theirs) / Math.max(mine, theirs);
            double size = MatchingWeights.SIMILAR_SIZE * ratio;
            score += size;
            if (ratio >= MatchingWeights.SIZE_REASON_RATIO) {
                reasons.add(new Reason(Reason.Kind.SIMILAR_SIZE, List.of(String.valueOf(mine), String.valueOf(theirs)), size));
            }
        }
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
        return new Partner(first.organisationCode(), first.organisationName(), first.organisationKind(), first.countyCode(),
                theirs, score, weighed.stream().limit(ITEMS_SHOWN).map(w -> w.evaluation().item()).toList(), reasons);
    }

    /** What an item of a possible partner is worth as evidence: open needs most, then experience, then other needs. */
    private static double factor(Candidate item, LocalDate today) {
        if (item.takesPartnersOn(today)) {
            return MatchingWeights.OPEN_NEED;
        }
        return IndexEntry.PROCUREMENT_NEED.equals(item.kind()) ? MatchingWeights.OTHER_NEED : MatchingWeights.EXPERIENCE;
    }

    private static void add(List<Reason> reasons, Reason.Kind kind, List<String> titles, double value) {
        if (!titles.isEmpty()) {
            reasons.add(new Reason(kind, titles, value));
        }
    }

    private record Weighed(Evaluation evaluation, double value) {
    }
}

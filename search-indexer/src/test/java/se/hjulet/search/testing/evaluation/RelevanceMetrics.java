package se.hjulet.search.testing.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality of one ranked list against graded judgments (grade 1..3, missing = 0), cut at {@link #CUTOFF}.
 * nDCG uses the gain 2^grade - 1; recall, MRR and first-hit precision count every grade ≥ 1 as relevant.
 */
public record RelevanceMetrics(double ndcg, double recall, double reciprocalRank, boolean firstHitRelevant, boolean empty) {

    public static final int CUTOFF = 10;

    public static RelevanceMetrics of(List<String> ranked, Map<String, Integer> judgments) {
        List<String> top = ranked.subList(0, Math.min(CUTOFF, ranked.size()));
        double dcg = 0;
        int found = 0;
        double reciprocalRank = 0;
        for (int i = 0; i < top.size(); i++) {
            int grade = judgments.getOrDefault(top.get(i), 0);
            dcg += gain(grade) / log2(i + 2);
            if (grade > 0) {
                found++;
                if (reciprocalRank == 0) {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = new ArrayList<>(judgments.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        long relevant = judgments.values().stream().filter(g -> g > 0).count();
        return new RelevanceMetrics(idcg == 0 ? 0 : dcg / idcg,
                relevant == 0 ? 0 : (double) found / Math.min(relevant, CUTOFF),
                reciprocalRank,
                !top.isEmpty() && judgments.getOrDefault(top.get(0), 0) > 0,
                ranked.isEmpty());
    }

    /** Means over several queries (first-hit precision as a share, empty as a count). */
    public record Summary(int queries, double ndcg, double recall, double mrr, double firstHitPrecision, int empty) {

        public static Summary of(List<RelevanceMetrics> all) {
            int n = all.size();
            if (n == 0) {
                return new Summary(0, 0, 0, 0, 0, 0);
            }
            return new Summary(n,
                    all.stream().mapToDouble(RelevanceMetrics::ndcg).average().orElse(0),
                    all.stream().mapToDouble(RelevanceMetrics::recall).average().orElse(0),
                    all.stream().mapToDouble(RelevanceMetrics::reciprocalRank).average().orElse(0),
                    (double) all.stream().filter(RelevanceMetrics::firstHitRelevant).count() / n,
                    (int) all.stream().filter(RelevanceMetrics::empty).count());
        }
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

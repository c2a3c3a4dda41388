package se.hjulet.search.testing.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.hjulet.search.testing.evaluation.JudgedCorpus.Draft;
import se.hjulet.search.testing.evaluation.JudgedCorpus.PartnerJudgment;
import se.hjulet.search.testing.evaluation.JudgedCorpus.SimilarJudgment;
import se.hjulet.search.testing.evaluation.RelevanceMetrics.Summary;

/**
 * Matching quality on the judged set, whatever answers: similar items and partners scored with nDCG@10,
 * recall@10 and MRR against {@code similar.json} and {@code partners.json}; the look-alike warning's precision
 * (warnings about a judged look-alike, of all warnings) and recall (drafts with a look-alike that were warned
 * about one, of all such drafts) on {@code lookalikes.json}. Used by the direct benchmark in search-indexer and
 * by the system test that loads the set through the hub's API.
 */
public final class MatchingBenchmark {

    /** The matching under test, by the judged set's keys. */
    public interface Matcher {
        /** Keys of the items shown as similar to the item with this key, best first. */
        List<String> similar(String key);

        /** Organisations (code, or name without one) shown as partners for the need with this key, best first. */
        List<String> partners(String needKey);

        /** Keys of the items a draft is warned about. */
        List<String> lookAlikes(Draft draft);
    }

    /** The look-alike warning: how many warnings, how many right, and how many drafts with a look-alike got one. */
    public record Warnings(int warnings, int right, int draftsWithLookAlike, int draftsWarnedRightly, int newWorkWarned,
            int newWork) {
        public double precision() {
            return warnings == 0 ? 1 : (double) right / warnings;
        }

        public double recall() {
            return draftsWithLookAlike == 0 ? 0 : (double) draftsWarnedRightly / draftsWithLookAlike;
        }
    }

    public record Report(Summary similar, Summary partners, Warnings warnings) {
    }

    private MatchingBenchmark() {
    }

    public static Report run(JudgedCorpus corpus, Matcher matcher, PrintStream out, boolean verbose) {
        List<RelevanceMetrics> similar = new ArrayList<>();
        for (SimilarJudgment judgment : corpus.similarJudgments()) {
            List<String> ranked = matcher.similar(judgment.source());
            RelevanceMetrics metrics = RelevanceMetrics.of(ranked, judgment.judgments());
            similar.add(metrics);
            if (verbose) {
                out.printf(Locale.ROOT, "  [similar] %-32s nDCG %.2f  %s%n", judgment.source(), metrics.ndcg(), marked(ranked, judgment.judgments()));
            }
        }
        List<RelevanceMetrics> partners = new ArrayList<>();
        for (PartnerJudgment judgment : corpus.partnerJudgments()) {
            List<String> ranked = matcher.partners(judgment.need());
            RelevanceMetrics metrics = RelevanceMetrics.of(ranked, judgment.judgments());
            partners.add(metrics);
            if (verbose) {
                out.printf(Locale.ROOT, "  [partners] %-31s nDCG %.2f  %s%n", judgment.need(), metrics.ndcg(), marked(ranked, judgment.judgments()));
            }
        }
        int warnings = 0;
        int right = 0;
        int withLookAlike = 0;
        int warnedRightly = 0;
        int newWork = 0;
        int newWorkWarned = 0;
        for (Draft draft : corpus.drafts()) {
            List<String> warned = matcher.lookAlikes(draft);
            Set<String> expected = Set.copyOf(draft.lookAlikes());
            long correct = warned.stream().filter(expected::contains).count();
            warnings += warned.size();
            right += (int) correct;
            if (expected.isEmpty()) {
                newWork++;
                newWorkWarned += warned.isEmpty() ? 0 : 1;
            } else {
                withLookAlike++;
                warnedRightly += correct > 0 ? 1 : 0;
            }
            if (verbose) {
                out.printf(Locale.ROOT, "  [look-alike] %-4s %-50s warned %s%s%n", draft.id(), draft.title(), warned,
                        expected.isEmpty() ? " (new work)" : " expected any of " + expected);
            }
        }
        Report report = new Report(Summary.of(similar), Summary.of(partners),
                new Warnings(warnings, right, withLookAlike, warnedRightly, newWorkWarned, newWork));
        print(report, corpus, out);
        return report;
    }

    public static void print(Report report, JudgedCorpus corpus, PrintStream out) {
        out.printf(Locale.ROOT, "Matching quality on %d initiatives (@%d)%n", corpus.initiatives().size(), RelevanceMetrics.CUTOFF);
        out.printf(Locale.ROOT, "  %-14s %3s  nDCG   recall MRR   first  empty%n", "", "n");
        line(out, "similar items", report.similar());
        line(out, "partners", report.partners());
        Warnings w = report.warnings();
        out.printf(Locale.ROOT, "  look-alike warning: precision %.2f (%d of %d warnings right), recall %.2f (%d of %d drafts"
                        + " with a look-alike warned), new work warned %d of %d%n", w.precision(), w.right(), w.warnings(),
                w.recall(), w.draftsWarnedRightly(), w.draftsWithLookAlike(), w.newWorkWarned(), w.newWork());
    }

    private static void line(PrintStream out, String name, Summary s) {
        out.printf(Locale.ROOT, "  %-14s %3d  %5.3f  %5.3f %5.3f %5.2f %5d%n", name, s.queries(), s.ndcg(), s.recall(), s.mrr(),
                s.firstHitPrecision(), s.empty());
    }

    private static List<String> marked(List<String> ranked, java.util.Map<String, Integer> judgments) {
        return ranked.stream().limit(6).map(k -> k + (judgments.containsKey(k) ? "(" + judgments.get(k) + ")" : "")).toList();
    }
}

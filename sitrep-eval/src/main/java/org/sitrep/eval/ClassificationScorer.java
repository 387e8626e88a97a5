package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Single-label classification over a fixed label set, scored as the CASE 2021 Task 2 overview
 * does: accuracy, and micro, macro and weighted P/R/F1 over the label set (as scikit-learn's
 * {@code precision_recall_fscore_support(labels=...)}).
 *
 * <p>A prediction that is empty ("none") or outside the label set is a prediction of no class: it
 * costs the gold class recall and no class precision. For accuracy it is right only when the gold
 * label is outside the label set too. Unknown predicted labels are counted so a bad mapping shows.
 */
public final class ClassificationScorer {
    public static final String NONE = "none";

    private final Set<String> labels;
    private final Map<String, int[]> rows = new LinkedHashMap<>(); // label → {correct, predicted, gold}
    private final Map<String, Integer> unknownPredicted = new TreeMap<>();
    private final Map<String, Integer> unknownGold = new TreeMap<>();
    private final Map<String, Integer> confusions = new TreeMap<>();
    private int total;
    private int right;
    private int none;

    public ClassificationScorer(Set<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("the label set is empty");
        }
        this.labels = new LinkedHashSet<>(labels);
        labels.forEach(l -> rows.put(l, new int[3]));
    }

    public void add(String gold, Optional<String> predicted) {
        total++;
        String p = predicted.orElse(NONE);
        if (predicted.isEmpty()) {
            none++;
        } else if (!labels.contains(p)) {
            unknownPredicted.merge(p, 1, Integer::sum);
        }
        if (!labels.contains(gold)) {
            unknownGold.merge(gold, 1, Integer::sum);
        }
        String g = labels.contains(gold) ? gold : NONE;
        p = labels.contains(p) ? p : NONE;
        if (g.equals(p)) {
            right++;
        } else {
            confusions.merge(g + " -> " + p, 1, Integer::sum);
        }
        if (!g.equals(NONE)) {
            rows.get(g)[2]++;
        }
        if (!p.equals(NONE)) {
            rows.get(p)[1]++;
            if (p.equals(g)) {
                rows.get(p)[0]++;
            }
        }
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    /** Per label in the set, in the set's order (labels with no gold or prediction included). */
    public Map<String, Counts> byLabel() {
        Map<String, Counts> result = new LinkedHashMap<>();
        rows.forEach((label, r) -> result.put(label, new Counts(r[0], r[1], r[2])));
        return result;
    }

    /** Counts pooled over the label set. */
    public Counts micro() {
        return byLabel().values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** Unweighted mean of per-label precision, recall and F1 over the whole label set. */
    public Averages macro() {
        return average(false);
    }

    /** Mean of per-label precision, recall and F1 weighted by gold support. */
    public Averages weighted() {
        return average(true);
    }

    /** Averaged precision, recall and F1 (fractions). */
    public record Averages(double precision, double recall, double f1) {}

    private Averages average(boolean bySupport) {
        double p = 0;
        double r = 0;
        double f = 0;
        double weights = 0;
        for (Counts c : byLabel().values()) {
            double w = bySupport ? c.gold() : 1;
            p += w * c.precision();
            r += w * c.recall();
            f += w * c.f1();
            weights += w;
        }
        return weights == 0 ? new Averages(0, 0, 0) : new Averages(p / weights, r / weights, f / weights);
    }

    /** Documents for which nothing was predicted. */
    public int none() {
        return none;
    }

    /** Predicted labels outside the label set, with counts. */
    public Map<String, Integer> unknownPredicted() {
        return Map.copyOf(unknownPredicted);
    }

    /** Gold labels outside the label set, with counts. */
    public Map<String, Integer> unknownGold() {
        return Map.copyOf(unknownGold);
    }

    /** "GOLD -> PREDICTED" (labels outside the set as {@value #NONE}) → count, for the errors only. */
    public Map<String, Integer> confusions() {
        return Map.copyOf(confusions);
    }
}

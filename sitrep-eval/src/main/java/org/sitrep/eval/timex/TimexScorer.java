package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TempEval-3 Task A scores, as the official {@code evaluate_entities.py} computes them. Strict
 * extraction: a prediction with the gold's exact extent. Relaxed: any overlap, each gold and each
 * prediction matched at most once (in text order). Over the relaxed matches: value accuracy (the value
 * strings equal; an unresolved prediction is wrong) and type accuracy; value F1 = value accuracy ×
 * relaxed F1, type F1 likewise. Per TIMEX3 type, by the gold's type: gold count, relaxed and strict
 * recall, value accuracy. Not thread-safe: feed it documents one at a time.
 */
public final class TimexScorer {
    private int gold;
    private int predicted;
    private int strict;
    private int relaxed;
    private int valueRight;
    private int typeRight;
    private final Map<String, int[]> byType = new TreeMap<>(); // gold, relaxed, strict, value right

    /** The relaxed matches of one document, gold first: for reports of the errors. */
    public record Match(TimexSpan gold, TimexSpan predicted) {}

    public List<Match> add(List<TimexSpan> goldSpans, List<TimexSpan> predictedSpans) {
        gold += goldSpans.size();
        predicted += predictedSpans.size();
        boolean[] used = new boolean[predictedSpans.size()];
        List<Match> matches = new ArrayList<>();
        for (TimexSpan g : goldSpans) {
            int[] row = byType.computeIfAbsent(g.type(), k -> new int[4]);
            row[0]++;
            int best = -1;
            for (int i = 0; i < predictedSpans.size(); i++) {
                TimexSpan p = predictedSpans.get(i);
                if (used[i] || !g.overlaps(p)) {
                    continue;
                }
                if (best < 0 || exact(g, p)) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            TimexSpan p = predictedSpans.get(best);
            matches.add(new Match(g, p));
            relaxed++;
            row[1]++;
            if (exact(g, p)) {
                strict++;
                row[2]++;
            }
            if (p.value().isPresent() && p.value().equals(g.value())) {
                valueRight++;
                row[3]++;
            }
            if (p.type().equals(g.type())) {
                typeRight++;
            }
        }
        return matches;
    }

    private static boolean exact(TimexSpan g, TimexSpan p) {
        return g.start() == p.start() && g.end() == p.end();
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public double strictPrecision() {
        return ratio(strict, predicted);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, predicted);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double valueAccuracy() {
        return ratio(valueRight, relaxed);
    }

    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    public double typeAccuracy() {
        return ratio(typeRight, relaxed);
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** Per gold type: gold count, relaxed matches, strict matches, right values. */
    public Map<String, int[]> byType() {
        Map<String, int[]> copy = new TreeMap<>();
        byType.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public String report(String title) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("%-22s %6s %6s %6s%n".formatted("extraction", "P", "R", "F1"));
        out.append("%-22s %6.1f %6.1f %6.1f%n"
                .formatted("strict", 100 * strictPrecision(), 100 * strictRecall(), 100 * strictF1()));
        out.append("%-22s %6.1f %6.1f %6.1f%n"
                .formatted("relaxed", 100 * relaxedPrecision(), 100 * relaxedRecall(), 100 * relaxedF1()));
        out.append("%nvalue accuracy %.1f   value F1 %.1f   type accuracy %.1f   type F1 %.1f%n"
                .formatted(100 * valueAccuracy(), 100 * valueF1(), 100 * typeAccuracy(), 100 * typeF1()));
        out.append(
                "gold %d, predicted %d, relaxed matches %d, strict %d%n%n".formatted(gold, predicted, relaxed, strict));
        out.append("%-10s %6s %10s %10s %10s%n".formatted("gold type", "gold", "relaxed R", "strict R", "value acc"));
        byType.forEach((type, r) -> out.append("%-10s %6d %10.1f %10.1f %10.1f%n"
                .formatted(
                        type, r[0], 100.0 * ratio(r[1], r[0]), 100.0 * ratio(r[2], r[0]), 100.0 * ratio(r[3], r[1]))));
        return out.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

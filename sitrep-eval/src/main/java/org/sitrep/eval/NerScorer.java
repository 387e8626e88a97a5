package org.sitrep.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-mention P/R/F1 as conlleval counts it: a prediction is right only when its token span
 * and its type both equal a gold entity's; overlapping is not enough. Identical predictions (same
 * span, same type) count once, since a tag sequence cannot hold two. Predictions that could not
 * be put on token boundaries are passed as {@code unaligned} types: they are wrong by definition.
 */
public final class NerScorer {
    private static final int CORRECT = 0;
    private static final int PREDICTED = 1;
    private static final int GOLD = 2;

    private final Map<String, int[]> byType = new TreeMap<>();
    private final int[] spans = new int[3];
    private int unaligned;

    public void add(List<Chunk> gold, List<Chunk> predicted) {
        add(gold, predicted, List.of());
    }

    public void add(List<Chunk> gold, List<Chunk> predicted, Collection<String> unalignedTypes) {
        Set<Chunk> g = new LinkedHashSet<>(gold);
        Set<Chunk> p = new LinkedHashSet<>(predicted);
        for (Chunk c : g) {
            row(c.type())[GOLD]++;
        }
        for (Chunk c : p) {
            int[] row = row(c.type());
            row[PREDICTED]++;
            if (g.contains(c)) {
                row[CORRECT]++;
            }
        }
        for (String type : unalignedTypes) {
            row(type)[PREDICTED]++;
        }
        unaligned += unalignedTypes.size();
        Set<List<Integer>> goldSpans = new HashSet<>();
        g.forEach(c -> goldSpans.add(List.of(c.begin(), c.end())));
        Set<List<Integer>> predictedSpans = new HashSet<>();
        p.forEach(c -> predictedSpans.add(List.of(c.begin(), c.end())));
        spans[CORRECT] +=
                (int) predictedSpans.stream().filter(goldSpans::contains).count();
        spans[PREDICTED] += predictedSpans.size() + unalignedTypes.size();
        spans[GOLD] += goldSpans.size();
    }

    private int[] row(String type) {
        return byType.computeIfAbsent(type, t -> new int[3]);
    }

    /** Every type seen in gold or predictions, in name order. */
    public Map<String, Counts> byType() {
        Map<String, Counts> result = new TreeMap<>();
        byType.forEach((type, row) -> result.put(type, counts(row)));
        return result;
    }

    public Counts overall() {
        return byType.values().stream().map(NerScorer::counts).reduce(Counts.ZERO, Counts::plus);
    }

    /** Spans alone, type ignored: how much of the error is boundaries and how much typing. */
    public Counts spansOnly() {
        return counts(spans);
    }

    /** Predictions that were not on token boundaries (included, as wrong, in every count). */
    public int unaligned() {
        return unaligned;
    }

    private static Counts counts(int[] row) {
        return new Counts(row[CORRECT], row[PREDICTED], row[GOLD]);
    }
}

package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassificationScorerTest {
    private static final Set<String> LABELS = new LinkedHashSet<>(List.of("A", "B", "C"));

    @Test
    void computesAccuracyAndPerLabelCounts() {
        ClassificationScorer s = new ClassificationScorer(LABELS);
        s.add("A", Optional.of("A"));
        s.add("A", Optional.of("B"));
        s.add("B", Optional.of("B"));
        s.add("C", Optional.empty());
        assertEquals(0.5, s.accuracy());
        assertEquals(new Counts(1, 1, 2), s.byLabel().get("A"));
        assertEquals(new Counts(1, 2, 1), s.byLabel().get("B"));
        assertEquals(new Counts(0, 0, 1), s.byLabel().get("C"));
        assertEquals(new Counts(2, 3, 4), s.micro()); // "none" is no class's prediction
        assertEquals(1, s.none());
    }

    @Test
    void averagesOverTheWholeLabelSetMacroAndBySupportWeighted() {
        ClassificationScorer s = new ClassificationScorer(LABELS);
        s.add("A", Optional.of("A"));
        s.add("A", Optional.of("A"));
        s.add("A", Optional.of("A"));
        s.add("B", Optional.of("C"));
        // F1: A 1, B 0, C 0 (no gold, one false positive)
        assertEquals(1.0 / 3, s.macro().f1(), 1e-12);
        assertEquals(0.75, s.weighted().f1(), 1e-12); // (3*1 + 1*0 + 0*0) / 4
        assertEquals(0.75, s.weighted().recall(), 1e-12);
    }

    @Test
    void unknownPredictedLabelCountsAsNoneAndIsReported() {
        ClassificationScorer s = new ClassificationScorer(LABELS);
        s.add("A", Optional.of("Attack"));
        assertEquals(0, s.accuracy());
        assertEquals(new Counts(0, 0, 1), s.micro());
        assertEquals(Map.of("Attack", 1), s.unknownPredicted());
        assertEquals(Map.of("A -> none", 1), s.confusions());
    }

    @Test
    void noneIsRightWhenGoldIsOutsideTheLabelSet() {
        ClassificationScorer s = new ClassificationScorer(LABELS);
        s.add("Z", Optional.empty());
        s.add("Z", Optional.of("A"));
        assertEquals(0.5, s.accuracy());
        assertEquals(new Counts(0, 1, 0), s.micro());
        assertEquals(Map.of("Z", 2), s.unknownGold());
    }
}

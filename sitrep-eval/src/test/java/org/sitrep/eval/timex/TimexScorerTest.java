package org.sitrep.eval.timex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static TimexSpan t(int start, int end, String type, String value) {
        return new TimexSpan(start, end, type, Optional.ofNullable(value), Optional.empty());
    }

    @Test
    void anExactMatchWithTheRightValueScoresOneEverywhere() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 7, "DATE", "2016-01-05")), List.of(t(0, 7, "DATE", "2016-01-05")));
        assertEquals(1.0, s.strictF1());
        assertEquals(1.0, s.relaxedF1());
        assertEquals(1.0, s.valueAccuracy());
        assertEquals(1.0, s.valueF1());
        assertEquals(1.0, s.typeAccuracy());
    }

    @Test
    void anOverlapIsARelaxedButNotAStrictMatch() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(10, 19, "DATE", "2015-W53")), List.of(t(4, 19, "DATE", "2015-W53")));
        assertEquals(0.0, s.strictF1());
        assertEquals(1.0, s.relaxedF1());
        assertEquals(1.0, s.valueAccuracy());
    }

    @Test
    void valueF1IsValueAccuracyTimesRelaxedF1() {
        TimexScorer s = new TimexScorer();
        s.add(
                List.of(t(0, 5, "DATE", "2015"), t(10, 15, "DATE", "2016"), t(20, 25, "DURATION", "P2D")),
                List.of(t(0, 5, "DATE", "2015"), t(10, 15, "DATE", "2017"), t(40, 45, "DATE", "2016")));
        assertEquals(2.0 / 3, s.relaxedPrecision(), 1e-9);
        assertEquals(2.0 / 3, s.relaxedRecall(), 1e-9);
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
        assertEquals(0.5 * 2.0 / 3, s.valueF1(), 1e-9);
    }

    @Test
    void matchesEachGoldAndEachPredictionOnceAndPrefersTheExactExtent() {
        TimexScorer s = new TimexScorer();
        List<TimexScorer.Match> matches = s.add(
                List.of(t(0, 14, "DATE", "2016-01-05")),
                List.of(t(0, 7, "DATE", "2016-01-05"), t(0, 14, "DATE", "2016-01-05")));
        assertEquals(1, matches.size());
        assertEquals(t(0, 14, "DATE", "2016-01-05"), matches.get(0).predicted());
        assertEquals(0.5, s.relaxedPrecision(), 1e-9);
        assertEquals(1.0, s.strictRecall(), 1e-9);
    }

    @Test
    void anUnresolvedValueIsWrongAndTheTypeIsScoredApart() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 7, "DATE", "2016-01-05")), List.of(t(0, 7, "TIME", null)));
        assertEquals(0.0, s.valueAccuracy());
        assertEquals(0.0, s.typeAccuracy());
        assertEquals(1.0, s.relaxedF1());
    }

    @Test
    void countsByGoldType() {
        TimexScorer s = new TimexScorer();
        s.add(
                List.of(t(0, 5, "DATE", "2015"), t(10, 15, "SET", "P1D")),
                List.of(t(0, 5, "DATE", "2014"), t(10, 15, "SET", "P1D")));
        assertArrayEquals(new int[] {1, 1, 1, 0}, s.byType().get("DATE"));
        assertArrayEquals(new int[] {1, 1, 1, 1}, s.byType().get("SET"));
    }
}

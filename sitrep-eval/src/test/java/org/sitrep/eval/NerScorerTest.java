package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
    private static final List<Chunk> GOLD = List.of(new Chunk(0, 2, "PER"), new Chunk(5, 6, "LOC"));

    @Test
    void countsOnlyExactSpanAndTypeNotOverlap() {
        NerScorer s = new NerScorer();
        s.add(GOLD, List.of(new Chunk(0, 1, "PER"), new Chunk(5, 6, "LOC"))); // "Kari" of "Kari Nordmann": overlap only
        assertEquals(new Counts(1, 2, 2), s.overall());
        assertEquals(new Counts(0, 1, 1), s.byType().get("PER"));
        assertEquals(new Counts(1, 1, 1), s.byType().get("LOC"));
    }

    @Test
    void rightSpanWithWrongTypeIsWrongButCountsInSpanOnly() {
        NerScorer s = new NerScorer();
        s.add(GOLD, List.of(new Chunk(5, 6, "ORG")));
        assertEquals(new Counts(0, 1, 2), s.overall());
        assertEquals(new Counts(0, 1, 0), s.byType().get("ORG"));
        assertEquals(new Counts(1, 1, 2), s.spansOnly());
    }

    @Test
    void countsIdenticalDuplicatePredictionsOnce() {
        NerScorer s = new NerScorer();
        s.add(GOLD, List.of(new Chunk(0, 2, "PER"), new Chunk(0, 2, "PER")));
        assertEquals(new Counts(1, 1, 2), s.overall());
    }

    @Test
    void unknownPredictedTypeIsWrongAndGetsItsOwnRow() {
        NerScorer s = new NerScorer();
        s.add(GOLD, List.of(new Chunk(0, 2, "DATE")));
        assertEquals(new Counts(0, 1, 2), s.overall());
        assertEquals(new Counts(0, 1, 0), s.byType().get("DATE"));
    }

    @Test
    void predictionsOffTokenBoundariesCountAsWrongPredictions() {
        NerScorer s = new NerScorer();
        s.add(GOLD, List.of(new Chunk(0, 2, "PER")), List.of("LOC"));
        assertEquals(new Counts(1, 2, 2), s.overall());
        assertEquals(new Counts(0, 1, 1), s.byType().get("LOC"));
        assertEquals(1, s.unaligned());
    }
}

package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {
    @Test
    void findsTheLargestOneToOneMatchingWhateverTheOrder() {
        // prediction "ab" could take gold "a" or "b"; greedy would give "a" to it and leave "a"-only prediction
        // unmatched
        int[] m = Matching.match(List.of("ab", "a"), List.of("a", "b"), (p, g) -> p.contains(g));
        assertArrayEquals(new int[] {1, 0}, m);
        assertEquals(2, Matching.count(m));
    }

    @Test
    void leavesSurplusPredictionsUnmatched() {
        int[] m = Matching.match(List.of("x", "x"), List.of("x"), String::equals);
        assertEquals(1, Matching.count(m));
    }
}

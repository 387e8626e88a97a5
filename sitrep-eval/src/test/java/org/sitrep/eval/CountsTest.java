package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void computesPrecisionRecallAndF1() {
        Counts c = new Counts(2, 4, 8);
        assertEquals(0.5, c.precision());
        assertEquals(0.25, c.recall());
        assertEquals(1.0 / 3, c.f1(), 1e-12);
    }

    @Test
    void givesZeroInsteadOfNaNWhenNothingWasPredicted() {
        assertEquals(0, new Counts(0, 0, 5).f1());
    }

    @Test
    void rejectsMoreCorrectThanPredicted() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(3, 2, 5));
    }
}

package org.sitrep.eval.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMatchTest {
    @Test
    void aListedValueIsExact() {
        assertEquals(TimeMatch.EXACT, TimeMatch.of(List.of("2024-W10", "2024-03-03"), "2024-03-03"));
        assertEquals(TimeMatch.EXACT, TimeMatch.of(List.of("2021-06"), "2021-06"));
    }

    @Test
    void aDayInsideAnIntervalIsExactButTheIntervalsMonthOnlyCompatible() {
        List<String> gold = List.of("2019-09-30/2019-10-02");
        assertEquals(TimeMatch.EXACT, TimeMatch.of(gold, "2019-10-01"));
        assertEquals(TimeMatch.COMPATIBLE, TimeMatch.of(gold, "2019-10"));
        assertEquals(TimeMatch.WRONG, TimeMatch.of(gold, "2019-10-03"));
    }

    @Test
    void overlappingPrecisionsAreCompatibleAndDisjointOnesWrong() {
        assertEquals(TimeMatch.COMPATIBLE, TimeMatch.of(List.of("2022-06-12"), "2022-W23"));
        assertEquals(TimeMatch.COMPATIBLE, TimeMatch.of(List.of("2023-04"), "2023-04-12"));
        assertEquals(TimeMatch.WRONG, TimeMatch.of(List.of("2022-06-12"), "2022-06-19"));
        assertEquals(TimeMatch.WRONG, TimeMatch.of(List.of("2022-06-12"), "PAST_REF"));
    }
}

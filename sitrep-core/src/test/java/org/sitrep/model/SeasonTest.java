package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonTest {
    @Test
    void eachMonthLiesInItsMeteorologicalSeason() {
        List<Season> byMonth = List.of(
                Season.WI, Season.WI, Season.SP, Season.SP, Season.SP, Season.SU, Season.SU, Season.SU, Season.FA,
                Season.FA, Season.FA, Season.WI);
        for (int month = 1; month <= 12; month++) {
            assertEquals(byMonth.get(month - 1), Season.containing(month), "month " + month);
        }
    }

    @Test
    void aSeasonStartsInItsFirstMonthAndNoOtherMonthStartsOne() {
        for (Season s : Season.values()) {
            assertEquals(s, Season.startingIn(s.startMonth()));
        }
        assertThrows(IllegalArgumentException.class, () -> Season.startingIn(4));
    }
}

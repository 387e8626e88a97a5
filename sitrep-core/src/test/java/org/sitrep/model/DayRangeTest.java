package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayRangeTest {
    private static Optional<DayRange> range(String first, String last) {
        return Optional.of(new DayRange(LocalDate.parse(first), LocalDate.parse(last)));
    }

    @Test
    void everyPrecisionCoversItsDays() {
        assertEquals(range("2017-03-11", "2017-03-11"), DayRange.of("2017-03-11"));
        assertEquals(range("2017-03-11", "2017-03-11"), DayRange.of("2017-03-11T14:30"));
        assertEquals(range("2024-02-26", "2024-03-03"), DayRange.of("2024-W09"));
        assertEquals(range("2024-02-01", "2024-02-29"), DayRange.of("2024-02"));
        assertEquals(range("2014-07-01", "2014-09-30"), DayRange.of("2014-Q3"));
        assertEquals(range("2014-06-01", "2014-08-31"), DayRange.of("2014-SU"));
        assertEquals(range("2014-12-01", "2015-02-28"), DayRange.of("2014-WI"));
        assertEquals(range("2015-01-01", "2015-12-31"), DayRange.of("2015"));
        assertEquals(range("2010-01-01", "2019-12-31"), DayRange.of("201X"));
    }

    @Test
    void valuesThatNameNoCalendarPeriodHaveNone() {
        assertEquals(Optional.empty(), DayRange.of("PAST_REF"));
        assertEquals(Optional.empty(), DayRange.of("2017-13"));
        assertEquals(Optional.empty(), DayRange.of("P3D"));
    }
}

package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;

class TimeValuesTest {
    @Test
    void shiftsADayBackAMonthAtMonthPrecision() {
        TimeValue v = TimeValues.shift(TimeValue.of("2016-01-07", Precision.DAY), Period.ofMonths(-1))
                .orElseThrow();
        assertEquals("2015-12", v.value());
        assertEquals(Precision.MONTH, v.precision());
        assertEquals("APPROX", v.modifier().orElseThrow());
    }

    @Test
    void keepsTheCoarserPrecision() {
        TimeValue v = TimeValues.shift(TimeValue.of("2014", Precision.YEAR), Period.ofDays(2))
                .orElseThrow();
        assertEquals("2014", v.value());
        assertEquals(Precision.YEAR, v.precision());
    }

    @Test
    void quartersAndSeasonsShiftAsQuartersAndSeasons() {
        TimeValue quarter = TimeValues.shift(TimeValue.of("2015-Q4", Precision.QUARTER), Period.ofYears(-1))
                .orElseThrow();
        assertEquals("2014", quarter.value(), "a year back is at year precision");
        assertEquals(
                "2016-Q1",
                TimeValues.shift(TimeValue.of("2015-Q4", Precision.QUARTER), Period.ofMonths(3))
                        .orElseThrow()
                        .value());
        assertEquals(
                "2015-WI",
                TimeValues.shift(TimeValue.of("2015-FA", Precision.SEASON), Period.ofMonths(4))
                        .orElseThrow()
                        .value(),
                "winter runs from December into the next year");
    }

    @Test
    @Tag("issue-12")
    void weeksFromADayGiveADay() {
        TimeValue v = TimeValues.shift(TimeValue.of("2021-05-17", Precision.DAY), Period.ofDays(-21))
                .orElseThrow();
        assertEquals("2021-04-26", v.value(), "three weeks before May 17 is April 26, not ISO week 17");
        assertEquals(Precision.DAY, v.precision());
    }

    @Test
    void valuesAreCompatibleWhenOneContainsTheOther() {
        assertTrue(
                TimeValues.compatible(TimeValue.of("2014", Precision.YEAR), TimeValue.of("2014-08", Precision.MONTH)));
        assertFalse(
                TimeValues.compatible(TimeValue.of("2015", Precision.YEAR), TimeValue.of("2014-08", Precision.MONTH)));
    }

    @Test
    void weeksAreIsoWeeks() {
        TimeValue v = TimeValues.shift(TimeValue.of("2015-W53", Precision.WEEK), Period.ofDays(7))
                .orElseThrow();
        assertEquals("2016-W01", v.value(), "ISO week 53 of 2015 is followed by week 1 of 2016");
        assertEquals(
                java.time.LocalDate.of(2015, 12, 28),
                TimeValues.start(TimeValue.of("2015-W53", Precision.WEEK)).orElseThrow());
    }
}

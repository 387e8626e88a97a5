package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;

class TimeValuesTest {
    @Test
    void shiftsADayBackAMonthAtMonthPrecision() {
        TimeValue v = TimeValues.shift(TimeValue.of("2016-01-07", Precision.DAY), Period.ofMonths(-1)).orElseThrow();
        assertEquals("2015-12", v.value());
        assertEquals(Precision.MONTH, v.precision());
        assertEquals("APPROX", v.modifier().orElseThrow());
    }

    @Test
    void keepsTheCoarserPrecision() {
        TimeValue v = TimeValues.shift(TimeValue.of("2014", Precision.YEAR), Period.ofDays(2)).orElseThrow();
        assertEquals("2014", v.value());
        assertEquals(Precision.YEAR, v.precision());
    }

    @Test
    void valuesAreCompatibleWhenOneContainsTheOther() {
        assertTrue(TimeValues.compatible(TimeValue.of("2014", Precision.YEAR), TimeValue.of("2014-08", Precision.MONTH)));
        assertFalse(TimeValues.compatible(TimeValue.of("2015", Precision.YEAR), TimeValue.of("2014-08", Precision.MONTH)));
    }
}

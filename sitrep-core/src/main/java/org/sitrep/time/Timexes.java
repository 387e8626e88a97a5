package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

/** TIMEX3 values: the readings of points, periods, parts of days and sets that the rules build. */
final class Timexes {
    private Timexes() {}

    /** A DATE with the value and modifier of a point: "2016-01-07", "2015-W53", "199" (the 1990s). */
    static Timex date(Optional<TimeValue> value) {
        return new Timex(Timex.Type.DATE, value.map(TimeValue::value), value.flatMap(TimeValue::modifier));
    }

    static Timex date(Optional<String> value, Optional<String> mod) {
        return new Timex(Timex.Type.DATE, value, mod);
    }

    static Timex ref(String value) {
        return Timex.of(Timex.Type.DATE, value);
    }

    /** A DURATION "P3D", "PT2H", "P10Y"; a vague count gives "PXD"; decades count ten years, fortnights two weeks. */
    static Timex duration(Unit unit, Quantity quantity, Optional<String> mod) {
        String amount = quantity.approximate() ? "X" : Integer.toString(quantity.amount());
        String value =
                switch (unit) {
                    case HOUR -> "PT" + amount + "H";
                    case MINUTE -> "PT" + amount + "M";
                    case DAY -> "P" + amount + "D";
                    case WEEK -> "P" + amount + "W";
                    case FORTNIGHT -> quantity.approximate() ? "PXW" : "P" + 2 * quantity.amount() + "W";
                    case MONTH -> "P" + amount + "M";
                    case YEAR -> "P" + amount + "Y";
                    case DECADE -> quantity.approximate() ? "PXE" : "P" + 10 * quantity.amount() + "Y";
                };
        return new Timex(Timex.Type.DURATION, Optional.of(value), mod);
    }

    /** A SET repeating every unit: "P1D", "P1W"... */
    static Timex every(Unit unit) {
        return new Timex(
                Timex.Type.SET,
                Optional.of(duration(unit, new Quantity(1, false), Optional.empty())
                        .value()
                        .orElseThrow()),
                Optional.empty());
    }

    /** A part of a day: "TMO", "TAF", "TEV", "TNI"; "tonight" is night. */
    static Optional<String> dayPart(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (w.endsWith("morning")) {
            return Optional.of("TMO");
        }
        if (w.endsWith("afternoon")) {
            return Optional.of("TAF");
        }
        if (w.endsWith("evening")) {
            return Optional.of("TEV");
        }
        if (w.endsWith("night")) {
            return Optional.of("TNI");
        }
        return Optional.empty();
    }

    /** A day, or a TIME when a part of the day is named: "2016-01-05TNI". */
    static Timex day(Optional<LocalDate> date, Optional<String> part, Optional<String> mod) {
        if (part.isEmpty()) {
            return new Timex(Timex.Type.DATE, date.map(d -> Values.day(d).value()), mod);
        }
        return new Timex(Timex.Type.TIME, date.map(d -> d + part.get()), mod);
    }

    /** "every Monday": "XXXX-WXX-1". */
    static String weekly(DayOfWeek day) {
        return "XXXX-WXX-" + day.getValue();
    }

    /** "2016-Q1". */
    static String quarter(int year, int quarter) {
        return "%04d-Q%d".formatted(year, quarter);
    }
}

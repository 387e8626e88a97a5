package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.sitrep.model.DayRange;
import org.sitrep.model.Precision;
import org.sitrep.model.Season;
import org.sitrep.model.TimeValue;

/** Arithmetic on normalised time values: shifting "2016-01-07" back "a month" gives "2015-12". */
final class TimeValues {
    private TimeValues() {}

    /** The value moved by period, at the coarser of its own precision and the period's. */
    static Optional<TimeValue> shift(TimeValue value, Period period) {
        Optional<LocalDate> date = start(value);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalDate moved = date.get().plus(period);
        Precision precision = coarser(value.precision(), precisionOf(period));
        return Optional.of(new TimeValue(format(moved, precision), precision, Optional.of("APPROX")));
    }

    static Optional<LocalDate> start(TimeValue value) {
        if (value.precision() == Precision.DECADE) {
            return Optional.empty(); // no arithmetic on a decade ("201")
        }
        return DayRange.of(value).map(DayRange::first); // empty for a value of another shape ("2014-W")
    }

    /**
     * Years and months are calendar units, so "a month after May 3" says no more than June; weeks are counts of
     * days, so "three weeks after" a day is a day ("The ambush came three weeks after [May 17] troops captured a
     * camp": April 26, not the ISO week around it).
     */
    private static Precision precisionOf(Period period) {
        if (period.getYears() != 0) {
            return Precision.YEAR;
        }
        if (period.getMonths() != 0) {
            return Precision.MONTH;
        }
        return Precision.DAY;
    }

    private static Precision coarser(Precision a, Precision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static String format(LocalDate date, Precision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case WEEK ->
                "%d-W%02d"
                        .formatted(
                                date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                                date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case QUARTER -> "%04d-Q%d".formatted(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case SEASON -> season(date);
            case YEAR -> date.toString().substring(0, 4);
            case DECADE -> date.toString().substring(0, 3);
        };
    }

    private static String season(LocalDate date) {
        int month = date.getMonthValue();
        int year = month <= 2 ? date.getYear() - 1 : date.getYear(); // January's winter began the December before
        return "%04d-%s".formatted(year, Season.containing(month).name());
    }

    /** Whether two values can name the same time: one contains the other ("2014" and "2014-08"). */
    static boolean compatible(TimeValue a, TimeValue b) {
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }
}

package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeValue;

/** Builds ISO-8601 {@link TimeValue}s and picks the year of dates written without one. */
final class Values {
    private Values() {}

    static TimeValue day(LocalDate date) {
        return TimeValue.of(date.toString(), Precision.DAY);
    }

    /** ISO week, e.g. "2015-W53"; the year is the ISO week-based year. */
    static TimeValue week(LocalDate date) {
        return TimeValue.of(
                "%04d-W%02d"
                        .formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                Precision.WEEK);
    }

    static TimeValue month(YearMonth month) {
        return TimeValue.of("%04d-%02d".formatted(month.getYear(), month.getMonthValue()), Precision.MONTH);
    }

    static TimeValue year(int year) {
        return TimeValue.of("%04d".formatted(year), Precision.YEAR);
    }

    /** The decade starting at {@code firstYear} (1990 → "199"). */
    static TimeValue decade(int firstYear) {
        return TimeValue.of("%03d".formatted(firstYear / 10), Precision.DECADE);
    }

    static TimeValue modified(TimeValue value, Optional<String> modifier) {
        return new TimeValue(value.value(), value.precision(), modifier);
    }

    static TimeValue modified(TimeValue value, String modifier) {
        return modified(value, Optional.of(modifier));
    }

    /** A valid date, or empty for e.g. 31 February. */
    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month/day in the year (published year -1, 0 or +1) closest to {@code published}; ties go to the past. */
    static Optional<LocalDate> closestDate(LocalDate published, Month month, int day) {
        Optional<LocalDate> best = Optional.empty();
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            Optional<LocalDate> candidate = date(year, month.getValue(), day);
            if (candidate.isPresent()) {
                long distance = Math.abs(ChronoUnit.DAYS.between(published, candidate.get()));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The month in the year (published year -1, 0 or +1) closest to {@code published}; ties go to the past. */
    static YearMonth closestMonth(LocalDate published, Month month) {
        YearMonth now = YearMonth.from(published);
        YearMonth best = now;
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long distance = Math.abs(ChronoUnit.MONTHS.between(now, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}

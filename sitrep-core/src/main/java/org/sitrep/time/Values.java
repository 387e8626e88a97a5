package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
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

    /**
     * A month/day written without its year: the latest one on or before {@code published} (news reports the
     * past), or the first one on or after it when the clause speaks of the future. Empty for 30 February.
     */
    static Optional<LocalDate> yearless(LocalDate published, Month month, int day, boolean future) {
        int step = future ? 1 : -1;
        for (int shift = 0; shift <= 4; shift++) { // 29 February may be four years away
            Optional<LocalDate> candidate = date(published.getYear() + step * shift, month.getValue(), day);
            if (candidate.isPresent()
                    && (future
                            ? !candidate.get().isBefore(published)
                            : !candidate.get().isAfter(published))) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** A month written without its year: the latest one not after the publication month, or the first one not before it in a future clause. */
    static YearMonth yearless(LocalDate published, Month month, boolean future) {
        YearMonth now = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        if (future) {
            return sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
        }
        return sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear;
    }
}

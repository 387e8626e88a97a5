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
    /** How far ahead of publication a date without its year is read as the coming one whatever its clause. */
    private static final int SOON_DAYS = 45;

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

    static TimeValue quarter(int year, int quarter) {
        return TimeValue.of(Timexes.quarter(year, quarter), Precision.QUARTER);
    }

    /** A season of {@code year}: code SP, SU, FA or WI. */
    static TimeValue season(int year, String code) {
        return TimeValue.of("%04d-%s".formatted(year, code), Precision.SEASON);
    }

    static TimeValue year(int year) {
        return TimeValue.of("%04d".formatted(year), Precision.YEAR);
    }

    /** The decade starting at {@code firstYear} (1990 → "199"). */
    static TimeValue decade(int firstYear) {
        return TimeValue.of("%03d".formatted(firstYear / 10), Precision.DECADE);
    }

    /** A value of one of the shapes above read back ("2016-01-07", "2015-W53", "2016-01", "2016-Q3", "2016-SU", "2016"); empty for others. */
    static Optional<TimeValue> parse(String value) {
        Precision precision;
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            precision = Precision.DAY;
        } else if (value.matches("\\d{4}-W\\d{2}")) {
            precision = Precision.WEEK;
        } else if (value.matches("\\d{4}-\\d{2}")) {
            precision = Precision.MONTH;
        } else if (value.matches("\\d{4}-Q[1-4]")) {
            precision = Precision.QUARTER;
        } else if (value.matches("\\d{4}-(?:SP|SU|FA|WI)")) {
            precision = Precision.SEASON;
        } else if (value.matches("\\d{4}")) {
            precision = Precision.YEAR;
        } else {
            return Optional.empty();
        }
        return Optional.of(TimeValue.of(value, precision));
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
     * past), or the first one on or after it when the clause speaks of the future. A deadline ("by Jan. 14",
     * "payable Dec. 7") is ahead only within half a year: a writer would have given the year, and "by Jan.
     * 14" in a paper of 15 January is the deadline just passed. A date in the weeks just ahead is that one
     * in any clause: a writer who meant the one nearly a year back would have given the year. Empty for 30
     * February.
     */
    static Optional<LocalDate> yearless(LocalDate published, Month month, int day, Tense.Reading reading) {
        Optional<LocalDate> past = nearest(published, month, day, -1);
        if (reading == Tense.Reading.PAST) {
            return nearest(published, month, day, 1)
                    .filter(d -> !d.isAfter(published.plusDays(SOON_DAYS)))
                    .or(() -> past);
        }
        int horizon = reading == Tense.Reading.FUTURE ? 12 : 6;
        return nearest(published, month, day, 1)
                .filter(d -> !d.isAfter(published.plusMonths(horizon)))
                .or(() -> past);
    }

    /** The month/day nearest to {@code published} on its side {@code step} (-1 on or before, 1 on or after). */
    private static Optional<LocalDate> nearest(LocalDate published, Month month, int day, int step) {
        for (int shift = 0; shift <= 4; shift++) { // 29 February may be four years away
            Optional<LocalDate> candidate = date(published.getYear() + step * shift, month.getValue(), day);
            if (candidate.isPresent() && candidate.get().compareTo(published) * step >= 0) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /**
     * A month written without its year: the latest one not after the publication month, or the first one not
     * before it in a future clause. The month after publication is the coming one in any clause: an article
     * of late October says "November" for the November ahead (or just begun), hardly for the one eleven
     * months back.
     */
    static YearMonth yearless(LocalDate published, Month month, boolean future) {
        YearMonth now = YearMonth.from(published);
        YearMonth sameYear = YearMonth.of(published.getYear(), month);
        if (future || now.plusMonths(1).getMonth() == month) {
            return sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
        }
        return sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear;
    }
}

package org.sitrep.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.sitrep.model.TimeValue;

/** A calendar unit named in an expression ("two weeks", "the past decade"), with the precision it yields. */
enum Unit {
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    FORTNIGHT,
    MONTH,
    YEAR,
    DECADE;

    /** Regex for a unit word, singular or plural, in group {@code unit}. */
    static final String PATTERN =
            "(?<unit>(?i:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?))" + Vocabulary.END;

    static Unit parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "morning", "afternoon", "evening", "night" -> DAY;
            default -> valueOf(w.toUpperCase(Locale.ROOT));
        };
    }

    /** {@code date} moved by {@code amount} units (negative: back); hours and minutes move whole days only. */
    LocalDate shift(LocalDate date, int amount) {
        return date.plus(period(amount));
    }

    /** Signed period of {@code amount} units; hours round to whole days. */
    Period period(int amount) {
        return switch (this) {
            case MINUTE -> Period.ZERO;
            case HOUR -> Period.ofDays(Math.round(amount / 24f));
            case DAY -> Period.ofDays(amount);
            case WEEK -> Period.ofWeeks(amount);
            case FORTNIGHT -> Period.ofWeeks(2 * amount);
            case MONTH -> Period.ofMonths(amount);
            case YEAR -> Period.ofYears(amount);
            case DECADE -> Period.ofYears(10 * amount);
        };
    }

    /** The point {@code date} at this unit's precision; decades give a year, hours a day. */
    TimeValue valueAt(LocalDate date) {
        return switch (this) {
            case MINUTE, HOUR, DAY -> Values.day(date);
            case WEEK, FORTNIGHT -> Values.week(date);
            case MONTH -> Values.month(java.time.YearMonth.from(date));
            case YEAR, DECADE -> Values.year(date.getYear());
        };
    }
}

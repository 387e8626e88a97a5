package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import org.sitrep.model.Precision;
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
        String v = value.value();
        try {
            return switch (value.precision()) {
                case DAY -> Optional.of(LocalDate.parse(v.substring(0, 10)));
                case MONTH -> Optional.of(YearMonth.parse(v.substring(0, 7)).atDay(1));
                case QUARTER ->
                    Optional.of(LocalDate.of(
                            Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(6, 7)) * 3 - 2, 1));
                case SEASON ->
                    Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), seasonStart(v.substring(5, 7)), 1));
                case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1));
                case WEEK ->
                    Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4) // in ISO week 1
                            .with(
                                    java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                                    Integer.parseInt(v.substring(6, 8)))
                            .with(java.time.DayOfWeek.MONDAY));
                case DECADE -> Optional.empty();
            };
        } catch (java.time.DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty(); // a value of another shape ("2014-W", "201"): no arithmetic on it
        }
    }

    private static Precision precisionOf(Period period) {
        if (period.getYears() != 0) {
            return Precision.YEAR;
        }
        if (period.getMonths() != 0) {
            return Precision.MONTH;
        }
        return period.getDays() % 7 == 0 && period.getDays() != 0 ? Precision.WEEK : Precision.DAY;
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

    /** Northern seasons as TIMEX3 has them: spring from March, summer June, autumn September, winter December. */
    private static int seasonStart(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static String season(LocalDate date) {
        int month = date.getMonthValue();
        if (month <= 2) {
            return "%04d-WI".formatted(date.getYear() - 1);
        }
        String code = month <= 5 ? "SP" : month <= 8 ? "SU" : month <= 11 ? "FA" : "WI";
        return "%04d-%s".formatted(date.getYear(), code);
    }

    /** Whether two values can name the same time: one contains the other ("2014" and "2014-08"). */
    static boolean compatible(TimeValue a, TimeValue b) {
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }
}

package org.sitrep.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a normalised time covers, so that date filters can compare any precision: "2017-03"
 * covers 1 to 31 March, "2017-W10" its Monday to Sunday, "2017-Q3" July to September, "2017-SU" the northern
 * meteorological summer (June to August; "2017-WI" December 2017 to February 2018), "2017" the year, "201X" or
 * "201" the decade.
 */
public record DayRange(LocalDate first, LocalDate last) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

    public DayRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends %s before it starts %s".formatted(last, first));
        }
    }

    /** The days {@code value} covers, or empty when it names no calendar period (PAST_REF, a season). */
    public static Optional<DayRange> of(TimeValue value) {
        return of(value.value());
    }

    public static Optional<DayRange> of(String value) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate day = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new DayRange(day, day));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(year(m), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return Optional.of(new DayRange(monday, monday.plusDays(6)));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                LocalDate first = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new DayRange(first, first.with(TemporalAdjusters.lastDayOfMonth())));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate first = LocalDate.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return Optional.of(new DayRange(first, first.plusMonths(3).minusDays(1)));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int startMonth = Season.valueOf(m.group(2)).startMonth();
                LocalDate first = LocalDate.of(year(m), startMonth, 1);
                return Optional.of(new DayRange(first, first.plusMonths(3).minusDays(1)));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return Optional.of(new DayRange(LocalDate.of(year(m), 1, 1), LocalDate.of(year(m), 12, 31)));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int start = Integer.parseInt(m.group(1)) * 10;
                return Optional.of(new DayRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "2017-13": not a calendar period
        }
        return Optional.empty();
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}

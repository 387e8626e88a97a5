package org.sitrep.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The year of a dateline's date written without one ("BAMAKO, March 12 (AFP) - ... the army said Saturday"). Wire
 * copy is read soon after it is filed, so the date is the latest such day not after the day of reading; when the
 * lead names weekdays, it is the latest such day that falls on one of them (the lead's "said Saturday" is the
 * filing day or close to it), which dates an archived story right too. The weekdays of a month and day repeat
 * within 11 years, so {@link #SEARCH_YEARS} back always finds one.
 */
final class YearlessDate {
    private static final int SEARCH_YEARS = 28;

    private YearlessDate() {}

    static Optional<LocalDate> resolve(MonthDay day, Set<DayOfWeek> leadWeekdays, LocalDate today) {
        Optional<LocalDate> latest = Optional.empty();
        for (int year = today.getYear(); year > today.getYear() - SEARCH_YEARS; year--) {
            if (!day.isValidYear(year) || day.atYear(year).isAfter(today)) {
                continue;
            }
            LocalDate date = day.atYear(year);
            latest = latest.or(() -> Optional.of(date));
            if (leadWeekdays.isEmpty() || leadWeekdays.contains(date.getDayOfWeek())) {
                return Optional.of(date);
            }
        }
        return latest;
    }

    /** The weekdays a paragraph names in full ("Saturday", "on MONDAY"), read word by word. */
    static Set<DayOfWeek> weekdaysIn(String paragraph) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : paragraph.split("[^\\p{L}]+")) {
            if (word.length() >= 6 && word.regionMatches(true, word.length() - 3, "day", 0, 3)) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.name().equals(word.toUpperCase(Locale.ROOT))) {
                        days.add(d);
                    }
                }
            }
        }
        return days;
    }
}

package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("issue-12")
class YearlessDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void isTheLatestSuchDayNotAfterTodayWithoutAWeekday() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), YearlessDate.resolve(MonthDay.of(12, 3), Set.of(), TODAY));
        assertEquals(
                Optional.of(LocalDate.of(2025, 12, 20)),
                YearlessDate.resolve(MonthDay.of(12, 20), Set.of(), TODAY),
                "a day still ahead this year was last year's");
    }

    @Test
    void takesTheLatestYearInWhichTheDayFallsOnAWeekdayOfTheLead() {
        // March 12 was a Saturday in 2022, not in 2023-2026
        assertEquals(
                Optional.of(LocalDate.of(2022, 3, 12)),
                YearlessDate.resolve(MonthDay.of(3, 12), EnumSet.of(DayOfWeek.SATURDAY), TODAY));
    }

    @Test
    void leapDaysFindALeapYear() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), YearlessDate.resolve(MonthDay.of(2, 29), Set.of(), TODAY));
    }

    @Test
    void readsFullWeekdayNamesInAnyCase() {
        assertEquals(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY),
                YearlessDate.weekdaysIn("Gunmen attacked a post on MONDAY night, the army said Saturday. Today,"
                        + " a holiday, Sundays and Sat. do not count."));
    }
}

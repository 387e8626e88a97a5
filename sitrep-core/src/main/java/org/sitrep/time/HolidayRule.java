package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.data.Tsv;
import org.sitrep.model.TimeMention;

/**
 * Holidays whose date follows from the year (holidays.tsv): "Christmas", "Thanksgiving Day", "Easter
 * 2015", "Memorial Day". With a year, that year's; without, the latest on or before publication, or the
 * first on or after it when the clause speaks of the future ({@link Tense}), like any date written
 * without its year.
 */
final class HolidayRule implements Rule {
    private static final List<String> HEADER = List.of("name", "rule");

    private final Pattern pattern;
    private final Map<String, IntFunction<LocalDate>> dates;

    private HolidayRule(Map<String, IntFunction<LocalDate>> dates) {
        this.dates = Map.copyOf(dates);
        List<String> names = new ArrayList<>(dates.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed()); // "Christmas Eve" before "Christmas"
        String alternation = String.join("|", names.stream().map(Pattern::quote).toList());
        this.pattern = Pattern.compile(
                BEGIN + "(?<t>(?<name>" + alternation + ")" + END + "(?:,?\\s+(?:(?i:of)\\s+)?" + YEAR + ")?)");
    }

    static HolidayRule load() {
        Map<String, IntFunction<LocalDate>> dates = new HashMap<>();
        for (Tsv.Row row : Tsv.read(Tsv.Source.resource(HolidayRule.class, "holidays.tsv"), HEADER)) {
            IntFunction<LocalDate> date = parse(row);
            for (String name : row.list(0)) {
                dates.put(name, date);
            }
        }
        return new HolidayRule(dates);
    }

    private static IntFunction<LocalDate> parse(Tsv.Row row) {
        String[] rule = row.get(1).split("\\s+");
        switch (rule[0]) {
            case "fixed" -> {
                MonthDay day = MonthDay.parse("--" + rule[1]);
                return day::atYear;
            }
            case "nth" -> {
                int n = Integer.parseInt(rule[1]);
                DayOfWeek weekday = DayOfWeek.valueOf(rule[2]);
                int month = Integer.parseInt(rule[3]);
                return year -> LocalDate.of(year, month, 1)
                        .with(
                                n < 0
                                        ? TemporalAdjusters.lastInMonth(weekday)
                                        : TemporalAdjusters.dayOfWeekInMonth(n, weekday));
            }
            case "easter" -> {
                int days = Integer.parseInt(rule[1]);
                return year -> easter(year).plusDays(days);
            }
            default -> throw row.error("unknown rule '%s'; expected fixed, nth or easter".formatted(rule[0]));
        }
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            IntFunction<LocalDate> date = dates.get(m.group("name"));
            Optional<LocalDate> day;
            if (m.group("year") != null) {
                day = Optional.of(date.apply(Integer.parseInt(m.group("year"))));
            } else {
                boolean future = Tense.future(text, m.start("t"), m.end("t"));
                day = published.map(p -> nearest(date, p, future));
            }
            out.add(Vocabulary.date(text, m, day.map(Values::day)));
        }
    }

    private static LocalDate nearest(IntFunction<LocalDate> date, LocalDate published, boolean future) {
        LocalDate same = date.apply(published.getYear());
        if (future) {
            return same.isBefore(published) ? date.apply(published.getYear() + 1) : same;
        }
        return same.isAfter(published) ? date.apply(published.getYear() - 1) : same;
    }
}

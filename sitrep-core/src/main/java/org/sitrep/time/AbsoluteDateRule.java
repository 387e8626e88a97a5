package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.DAY;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.MONTH;
import static org.sitrep.time.Vocabulary.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;

/**
 * Calendar dates at DAY precision: "7 January 2016", "the 7th of January", "January 7, 2016", "Jan. 7",
 * "Monday, January 4", "2016-01-07", "25/12/2015". A date without a year but with its weekday is in the
 * year, around publication, where the two agree. Else a date without a year is the latest one on or before
 * publication, or the first on or after it when its clause speaks of the future ({@link Tense}), and has no
 * value without a publication date. Numeric day/month dates are kept only
 * when unambiguous (one part above 12, or both equal); "7/1/2016" is skipped.
 */
final class AbsoluteDateRule implements Rule {
    private static final String WEEKDAY_PREFIX =
            "(?:(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\\s+)?";
    private static final Pattern DAY_MONTH = Pattern.compile(BEGIN + "(?<t>" + WEEKDAY_PREFIX + "(?:(?i:the)\\s+)?"
            + DAY + "\\s+(?:(?i:of)\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?)");
    private static final Pattern MONTH_DAY =
            Pattern.compile(BEGIN + "(?<t>" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?)");
    private static final Pattern ISO =
            Pattern.compile(BEGIN + "(?<t>(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{2})\\k<sep>(?<day>\\d{2}))" + END);
    private static final Pattern NUMERIC =
            Pattern.compile(BEGIN + "(?<t>(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4}))" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Month month = Vocabulary.month(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                Optional<LocalDate> date = m.group("year") != null
                        ? Values.date(Integer.parseInt(m.group("year")), month.getValue(), day)
                        : published
                                .flatMap(p -> m.group("weekday") != null
                                        ? onWeekday(p, month, day, Vocabulary.weekday(m.group("weekday")))
                                        : Optional.empty())
                                .or(() -> published.flatMap(
                                        p -> Values.yearless(p, month, day, Tense.of(text, m.start("t"), m.end("t")))));
                if (m.group("year") != null && date.isEmpty()) {
                    continue; // 31 February 2016: not a date
                }
                out.add(Vocabulary.date(text, m, date.map(Values::day)));
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(
                    text,
                    iso,
                    Values.date(
                            Integer.parseInt(iso.group("year")),
                            Integer.parseInt(iso.group("month")),
                            Integer.parseInt(iso.group("day"))),
                    out);
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            int a = Integer.parseInt(numeric.group("a"));
            int b = Integer.parseInt(numeric.group("b"));
            int year = Integer.parseInt(numeric.group("year"));
            if (a > 12 && b <= 12) {
                add(text, numeric, Values.date(year, b, a), out);
            } else if (b > 12 && a <= 12 || a == b) {
                add(text, numeric, Values.date(year, a, b), out);
            }
        }
    }

    /**
     * "Monday, Oct. 26" without its year: the year, of the one before publication, its own and the next,
     * in which that date falls on that weekday (at most one of three: the weekday moves a day or two a year).
     */
    private static Optional<LocalDate> onWeekday(LocalDate published, Month month, int day, DayOfWeek weekday) {
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            Optional<LocalDate> date = Values.date(year, month.getValue(), day);
            if (date.isPresent() && date.get().getDayOfWeek() == weekday) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static void add(String text, Matcher m, Optional<LocalDate> date, List<TimeMention> out) {
        date.ifPresent(d -> out.add(Vocabulary.date(text, m, Optional.of(Values.day(d)))));
    }
}

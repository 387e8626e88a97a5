package org.sitrep.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Timex;

/**
 * TIMEX3 values of dates said relative to another time ("two days later", "a year earlier", "the next
 * day"): the offset applied to the last dated expression before them (as TimeML annotators anchor them),
 * else to the publication date, at the precision of the offset: "a year earlier" after "the third quarter"
 * of 2015 is 2014-Q3; "the next day" after "Tuesday" is Wednesday; days count from the last day named
 * (or the publication date), not from a month or year. A narrative goes on from a date so
 * reached ("the next day ... two days later" counts from the next day), but a comparison does not: after
 * "a year earlier" the period under discussion is still the one before it. In the same way "a year ago"
 * just after a quarter is that quarter a year back ("profit rose in the third quarter from a year ago").
 * A clock time without its day ("at 10 p.m.") is on the last day named, else on the publication day.
 */
final class Anchors {
    private static final Pattern VALUE =
            Pattern.compile("(?<y>\\d{4})(?:-(?:Q(?<q>[1-4])|W(?<w>\\d{2})|(?<m>\\d{2})(?:-(?<d>\\d{2}))?))?.*");

    /** Words of a comparison with the period under discussion: "the year-ago quarter", "two years ago". */
    private static final Pattern COMPARISON = Pattern.compile("(?i)year-(?:ago|earlier)|years?\\s+ago$");

    private Anchors() {}

    static List<TimeMention> resolve(List<TimeMention> mentions, Optional<LocalDate> published) {
        List<TimeMention> result = new ArrayList<>(mentions.size());
        Optional<String> anchor = published.map(LocalDate::toString);
        Optional<String> day = anchor; // the last date at day precision: what "two days later" counts from
        for (TimeMention t : mentions) {
            TimeMention resolved = t;
            boolean comparison = COMPARISON.matcher(t.text()).find();
            if (t.eventOffset().isPresent()
                    && t.timex().type() == Timex.Type.DATE
                    && t.timex().value().isEmpty()) {
                Period offset = t.eventOffset().get();
                Optional<String> base = offset.getDays() != 0 ? day : anchor;
                Optional<String> value = base.flatMap(a -> shift(a, offset));
                resolved = new TimeMention(
                        t.span(), t.text(), t.timex().withValue(value), value.flatMap(Values::parse), t.eventOffset());
                comparison |= t.eventOffset().get().getYears() != 0;
            } else if (t.timex().type() == Timex.Type.TIME
                    && t.timex().value().filter(v -> v.startsWith("T")).isPresent()
                    && day.isPresent()) { // "at 10 p.m.": on the day named last
                String clock = t.timex().value().get();
                resolved = new TimeMention(
                        t.span(),
                        t.text(),
                        t.timex().withValue(Optional.of(day.get() + clock)),
                        Values.parse(day.get()),
                        t.eventOffset());
            } else if (yearsAgo(t)
                    && published.isPresent()
                    && anchor.filter(Anchors::isQuarter).isPresent()) {
                int back = published.get().getYear()
                        - Integer.parseInt(t.timex().value().get());
                Optional<String> value = shift(anchor.get(), Period.ofYears(-back));
                resolved = new TimeMention(t.span(), t.text(), t.timex().withValue(value), t.value(), t.eventOffset());
                comparison = true;
            }
            Optional<String> value = resolved.timex().value();
            if (!comparison
                    && resolved.timex().type() != Timex.Type.DURATION
                    && resolved.timex().type() != Timex.Type.SET
                    && value.isPresent()
                    && VALUE.matcher(value.get()).matches()) {
                anchor = value;
                if (value.get().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    day = Optional.of(value.get().substring(0, 10));
                }
            }
            result.add(resolved);
        }
        return result;
    }

    /** "a year ago", "two years ago": a year counted back from publication. */
    private static boolean yearsAgo(TimeMention t) {
        return t.text().toLowerCase(Locale.ROOT).endsWith("ago")
                && t.timex().value().filter(v -> v.matches("\\d{4}")).isPresent();
    }

    private static boolean isQuarter(String value) {
        return value.matches("\\d{4}-Q[1-4]");
    }

    /** {@code value} moved by {@code offset}, at the offset's precision; a quarter stays a quarter for years. */
    static Optional<String> shift(String value, Period offset) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("y"));
        if (offset.isZero()) {
            return Optional.of(value); // "the same day", "an hour later"
        }
        if (offset.getMonths() == 0 && offset.getDays() == 0) {
            int y = year + offset.getYears();
            return Optional.of(
                    m.group("q") != null ? Timexes.quarter(y, Integer.parseInt(m.group("q"))) : "%04d".formatted(y));
        }
        LocalDate start = start(m, year);
        LocalDate moved = start.plus(offset);
        if (offset.getDays() == 0) {
            return Optional.of(YearMonth.from(moved).toString());
        }
        if (offset.getDays() % 7 == 0 && offset.getMonths() == 0 && offset.getYears() == 0 && m.group("d") == null) {
            return Optional.of(Values.week(moved).value());
        }
        return Optional.of(moved.toString());
    }

    private static LocalDate start(Matcher m, int year) {
        if (m.group("q") != null) {
            return LocalDate.of(year, Integer.parseInt(m.group("q")) * 3 - 2, 1);
        }
        if (m.group("w") != null) {
            return LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("w")))
                    .with(java.time.DayOfWeek.MONDAY);
        }
        int month = m.group("m") == null ? 1 : Integer.parseInt(m.group("m"));
        int day = m.group("d") == null ? 1 : Integer.parseInt(m.group("d"));
        return LocalDate.of(year, month, day);
    }
}

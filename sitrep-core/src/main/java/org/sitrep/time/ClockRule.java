package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

/**
 * Clock times, TIMEX3 TIME: "10:35 a.m.", "6 p.m. EST", "1430 GMT", "noon", "midnight", optionally with
 * the day they fall on ("noon Saturday", "10 p.m. Wednesday", "9 a.m. today", "5 p.m. EST Nov. 9"; a weekday as
 * {@link RelativeDayRule} reads it). The value is that day with the time: "2016-01-07T22:00". A clock time
 * without its day is on the day the text named last, else the publication day ({@link Anchors}: "On Tuesday
 * ... at 10 p.m."); without a publication date only the time, "T22:00". Time zones are kept out of the
 * value. For an event the point is the day.
 */
final class ClockRule implements Rule {
    private static final String ZONE = "(?:\\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\\s+time))?";
    private static final String DAY =
            "(?:,?\\s+(?:(?i:on|this|last)\\s+)?(?:(?<day>(?-i:Monday|Tuesday|Wednesday|Thursday"
                    + "|Friday|Saturday|Sunday)|(?i:today|yesterday|tomorrow))|" + Vocabulary.MONTH
                    + "\\s+(?<date>0?[1-9]|[12]\\d|3[01])"
                    + Vocabulary.END + "))?";
    private static final Pattern CLOCK = Pattern.compile(BEGIN + "(?<t>(?:(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d))?"
            + "\\s*(?<ap>(?i:a\\.m\\.?|p\\.m\\.?|am|pm))(?![\\p{L}])|(?<h24>[01]\\d|2[0-3])(?<m24>[0-5]\\d)(?=\\s+(?:GMT|UTC"
            + "|local\\s+time))|(?<word>(?i:noon|midnight|midday)))" + ZONE + DAY + ")");

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            String clock = clock(m);
            boolean future = Tense.modal(text, m.start("t"), m.end("t"));
            Optional<LocalDate> day = m.group("date") != null
                    ? published.flatMap(p -> Values.yearless(
                            p,
                            Vocabulary.month(m.group("month")),
                            Integer.parseInt(m.group("date")),
                            Tense.of(text, m.start("t"), m.end("t"))))
                    : m.group("day") == null
                            ? Optional.empty() // the day named last: see Anchors
                            : published.map(p -> day(p, m.group("day"), future));
            String timex = day.map(d -> d + clock).orElse(clock);
            Optional<TimeValue> value = day.map(Values::day);
            out.add(Vocabulary.mention(text, m, Timex.of(Timex.Type.TIME, timex), value, Optional.empty()));
        }
    }

    private static String clock(Matcher m) {
        if (m.group("word") != null) {
            return m.group("word").toLowerCase(Locale.ROOT).equals("midnight") ? "T24:00" : "T12:00";
        }
        if (m.group("h24") != null) {
            return "T%s:%s".formatted(m.group("h24"), m.group("m24"));
        }
        int hour = Integer.parseInt(m.group("h")) % 12;
        if (m.group("ap").toLowerCase(Locale.ROOT).startsWith("p")) {
            hour += 12;
        }
        return "T%02d:%s".formatted(hour, m.group("mi") == null ? "00" : m.group("mi"));
    }

    private static LocalDate day(LocalDate published, String day, boolean future) {
        return switch (day.toLowerCase(Locale.ROOT)) {
            case "today" -> published;
            case "yesterday" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> RelativeDayRule.resolve(published, Vocabulary.weekday(day), future ? "this" : "");
        };
    }
}

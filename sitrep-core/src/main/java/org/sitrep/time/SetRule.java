package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Timex;

/**
 * Recurring times, TIMEX3 SET, which date no event ("a quarterly dividend" is left out: it names a
 * payment, not a time): "daily" P1D, "every week" P1W, "each year" P1Y,
 * "twice a month" (the "a month") P1M, "$5 per year" P1Y, "every Monday" and "on Tuesday nights"
 * XXXX-WXX-1, XXXX-WXX-2TNI. The adverbs are lower case ("the Daily Star" is a name).
 */
final class SetRule implements Rule {
    private static final Pattern ADVERB =
            Pattern.compile(BEGIN + "(?<t>(?<adverb>hourly|daily|nightly|weekly|monthly|annually|yearly))" + END);
    private static final Pattern EVERY = Pattern.compile(BEGIN + "(?<t>(?i:every|each)\\s+(?:(?<weekday>"
            + "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|(?<unit>(?i:hour|day|morning"
            + "|night|evening|week|month|year))|(?<quarter>(?i:quarter))))" + END);
    private static final Pattern RATE = Pattern.compile("(?:\\d|%|(?<![\\p{L}])(?:percent|times|twice|once|cents"
            + "|dollars))\\s(?<t>(?i:a|per)\\s+(?<unit>(?i:hour|day|week|month|year)))" + END);
    private static final String PARTS = "\\s+(?i:mornings|afternoons|evenings|nights)";
    /** "on Sundays", "Sunday mornings", "Sundays nights". */
    private static final Pattern WEEKDAYS = Pattern.compile(BEGIN + "(?<t>(?<weekdays>Mon|Tues|Wednes|Thurs|Fri"
            + "|Satur|Sun)day(?:s(?<part>" + PARTS + ")?|(?<part2>" + PARTS + ")))" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = ADVERB.matcher(text);
        while (m.find()) {
            String adverb = m.group("adverb");
            add(text, m, Timexes.every(unit(adverb)), out);
        }
        m = EVERY.matcher(text);
        while (m.find()) {
            if (m.group("weekday") != null) {
                add(text, m, Timex.of(Timex.Type.SET, Timexes.weekly(Vocabulary.weekday(m.group("weekday")))), out);
            } else if (m.group("quarter") != null) {
                add(text, m, Timex.of(Timex.Type.SET, "P1Q"), out);
            } else {
                add(text, m, Timexes.every(Unit.parse(m.group("unit"))), out);
            }
        }
        m = RATE.matcher(text);
        while (m.find()) {
            add(text, m, Timexes.every(Unit.parse(m.group("unit"))), out);
        }
        m = WEEKDAYS.matcher(text);
        while (m.find()) {
            String day = m.group("weekdays");
            String parts = m.group("part") != null ? m.group("part") : m.group("part2");
            String part = Timexes.dayPart(parts == null ? null : parts.replaceAll("s$", ""))
                    .orElse("");
            String value = Timexes.weekly(Vocabulary.weekday(day + "day")) + part;
            add(text, m, Timex.of(Timex.Type.SET, value), out);
        }
    }

    private static Unit unit(String adverb) {
        return switch (adverb) {
            case "hourly" -> Unit.HOUR;
            case "daily", "nightly" -> Unit.DAY;
            case "weekly" -> Unit.WEEK;
            case "monthly" -> Unit.MONTH;
            default -> Unit.YEAR;
        };
    }

    private static void add(String text, Matcher m, Timex timex, List<TimeMention> out) {
        out.add(Vocabulary.mention(text, m, timex, Optional.empty(), Optional.empty()));
    }
}

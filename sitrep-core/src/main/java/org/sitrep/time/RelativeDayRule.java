package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;

/**
 * Days named relative to the publication date, at DAY precision: "today", "yesterday morning",
 * "tomorrow", "last night", "this evening", "the day before yesterday"; weekdays with an optional part
 * of the day ("Tuesday night", "early Sunday"). A plain weekday is the most recent such day on or before
 * publication (news convention; the same weekday is the publication day), or the next on or after it when
 * a modal close to it speaks of the future ({@link Tense#modal}: "will meet on Tuesday"); "last Saturday" is strictly
 * before, "next Saturday" strictly after and "this Saturday" on or after. A named part of the day makes
 * the TIMEX3 a TIME ("last night" 2016-01-06TNI); "early"/"late" give the modifier START/END.
 */
final class RelativeDayRule implements Rule {
    private static final String DAY_PART = "(?:\\s+(?i:morning|afternoon|evening|night))?";
    private static final Pattern DAYS =
            Pattern.compile("(?i)" + BEGIN + "(?<t>(?:(?<rel>early|late)\\s+)?(?<word>the\\s+day\\s+before\\s+yesterday"
                    + "|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow|last\\s+night"
                    + "|this\\s+(?:morning|afternoon|evening))" + END + "(?<part>" + DAY_PART + "))" + END);
    private static final Pattern WEEKDAYS = Pattern.compile(BEGIN + "(?<t>(?:(?<rel>(?i:last|this\\s+past|past|this"
            + "|this\\s+coming|coming|next|early|late))\\s+)?" + WEEKDAY + "(?<part>" + DAY_PART + "))" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = DAYS.matcher(text);
        while (m.find()) {
            String word = m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int shift = shift(word);
            Optional<LocalDate> day = published.map(p -> p.plusDays(shift));
            Optional<String> part = Timexes.dayPart(m.group("part")).or(() -> Timexes.dayPart(word));
            add(text, m, day, part, m.group("rel"), out);
        }
        m = WEEKDAYS.matcher(text);
        while (m.find()) {
            DayOfWeek weekday = Vocabulary.weekday(m.group("weekday"));
            String rel = m.group("rel") == null
                    ? ""
                    : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean future = rel.isEmpty() && Tense.modal(text, m.start("t"), m.end("t"));
            Optional<LocalDate> day = published.map(p -> resolve(p, weekday, future ? "this" : rel));
            add(text, m, day, Timexes.dayPart(m.group("part")), m.group("rel"), out);
        }
    }

    private static void add(
            String text, Matcher m, Optional<LocalDate> day, Optional<String> part, String rel, List<TimeMention> out) {
        Optional<String> mod = rel == null
                ? Optional.empty()
                : switch (rel.toLowerCase(Locale.ROOT)) {
                    case "early" -> Optional.of("START");
                    case "late" -> Optional.of("END");
                    default -> Optional.empty();
                };
        out.add(Vocabulary.mention(text, m, Timexes.day(day, part, mod), day.map(Values::day), Optional.empty()));
    }

    private static int shift(String word) {
        return switch (word) {
            case "the day before yesterday" -> -2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
    }

    /** The weekday relative to publication: "last", "next", "this" ("this" also for a future), or "" for the news default. */
    static LocalDate resolve(LocalDate published, DayOfWeek weekday, String rel) {
        return switch (rel) {
            case "last", "this past", "past" -> published.with(TemporalAdjusters.previous(weekday));
            case "next", "coming", "this coming" -> published.with(TemporalAdjusters.next(weekday));
            case "this" -> published.with(TemporalAdjusters.nextOrSame(weekday));
            default -> published.with(TemporalAdjusters.previousOrSame(weekday));
        };
    }
}

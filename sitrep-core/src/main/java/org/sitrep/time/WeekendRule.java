package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Weekends, TIMEX3 "2016-W01-WE": "this weekend" is the publication week's, "last weekend" the week
 * before's, "next weekend" the week after's; "the weekend" the latest one begun by publication, or the
 * next one when its clause speaks of the future. For an event the point is the ISO week.
 */
final class WeekendRule implements Rule {
    private static final Pattern WEEKEND =
            Pattern.compile("(?i)" + BEGIN + "(?<t>(?<rel>the|this|last|next|this\\s+past|past)\\s+weekend)" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = WEEKEND.matcher(text);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean future = rel.equals("the") && Tense.future(text, m.start("t"), m.end("t"));
            Optional<LocalDate> saturday = published.map(p -> saturday(p, rel, future));
            Optional<TimeValue> week = saturday.map(Values::week);
            out.add(Vocabulary.mention(
                    text,
                    m,
                    Timexes.date(week.map(w -> w.value() + "-WE"), Optional.empty()),
                    week.map(w -> new TimeValue(w.value(), Precision.WEEK, Optional.empty())),
                    Optional.empty()));
        }
    }

    private static LocalDate saturday(LocalDate published, String rel, boolean future) {
        LocalDate thisWeek = published.with(DayOfWeek.SATURDAY);
        return switch (rel) {
            case "this" -> thisWeek;
            case "last", "past", "this past" -> thisWeek.minusWeeks(1);
            case "next" -> thisWeek.plusWeeks(1);
            default ->
                future
                        ? published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                        : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        };
    }
}

package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Season;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Seasons, TIMEX3 "2015-SU" (SP, SU, FA, WI): "summer 2015", "last fall", "this winter", "next spring",
 * "early summer" (START), "in the autumn". A season needs a year, a determiner or "in (the)" before it:
 * "fall" alone is a verb. "last summer" is the latest one over by publication, "next spring" the first
 * not begun, "this winter" the publication year's; a bare season the latest one begun by publication, or
 * the first not begun when the clause speaks of the future. Northern seasons, as TIMEX3 has them: spring
 * from March, summer June, autumn September, winter December. For an event the point is the season
 * (precision SEASON).
 */
final class SeasonRule implements Rule {
    private static final Pattern SEASON = Pattern.compile(BEGIN + "(?:(?<cue>(?i:in|during|by|since|until|over)"
            + "\\s+)(?!(?i:the)\\s+(?i:this|last|next))(?:(?i:the)\\s+)?)?(?<t>(?:(?<rel>(?i:this|last|next|early|late"
            + "|mid|the\\s+past|past|the\\s+coming|coming))[-\\s]+)?(?<season>(?i:spring|summer|fall|autumn|winter))"
            + "(?:\\s+(?:(?i:of)\\s+)?" + YEAR + ")?)" + END
            + "(?!\\s*(?i:of\\s+(?!(?:1\\d|20)\\d\\d)|season|time|wheat))");

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = SEASON.matcher(text);
        while (m.find()) {
            String rel = m.group("rel") == null
                    ? ""
                    : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (m.group("cue") == null && rel.isEmpty() && m.group("year") == null) {
                continue;
            }
            int start = startMonth(m.group("season"));
            Optional<Integer> year = m.group("year") != null
                    ? Optional.of(Integer.parseInt(m.group("year")))
                    : published.map(p -> year(p, start, rel, Tense.future(text, m.start("t"), m.end("t"))));
            Optional<String> mod =
                    switch (rel) {
                        case "early" -> Optional.of("START");
                        case "mid" -> Optional.of("MID");
                        case "late" -> Optional.of("END");
                        default -> Optional.empty();
                    };
            Optional<TimeValue> value = year.map(y -> Values.season(y, code(start)));
            out.add(Vocabulary.mention(
                    text,
                    m,
                    Timexes.date(year.map(y -> "%04d-%s".formatted(y, code(start))), mod),
                    value,
                    Optional.empty()));
        }
    }

    private static int year(LocalDate published, int startMonth, String rel, boolean future) {
        int y = published.getYear();
        LocalDate begin = LocalDate.of(y, startMonth, 1);
        return switch (rel) {
            case "last", "past", "the past" -> begin.plusMonths(3).isAfter(published) ? y - 1 : y;
            case "next", "coming", "the coming" -> begin.isAfter(published) ? y : y + 1;
            case "this" -> y;
            default -> future ? (begin.isBefore(published) ? y + 1 : y) : (begin.isAfter(published) ? y - 1 : y);
        };
    }

    private static int startMonth(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
    }

    private static String code(int startMonth) {
        return Season.startingIn(startMonth).name();
    }
}

package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.model.CharSpan;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

/** Regex fragments and word lookups shared by the rules. Month and weekday names are case-sensitive. */
final class Vocabulary {
    /** No letter or digit just before. */
    static final String BEGIN = "(?<![\\p{L}\\p{N}])";
    /** No letter or digit just after. */
    static final String END = "(?![\\p{L}\\p{N}])";

    /** A month name or abbreviation, capitalised, in group {@code month}. */
    static final String MONTH = "(?<month>(?-i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?"
            + "|Oct\\.?|Nov\\.?|Dec\\.?))" + END;
    /** A full month name, capitalised, in group {@code month}. */
    static final String FULL_MONTH = "(?<month>(?-i:January|February|March|April|May|June|July|August"
            + "|September|October|November|December))" + END;
    /** A weekday name, capitalised, in group {@code weekday}. */
    static final String WEEKDAY =
            "(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))" + END + "(?!-)";
    /** A day of the month with an optional ordinal suffix, in group {@code day}. */
    static final String DAY = "(?<day>0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?" + END;
    /** A four-digit year from 1000 to 2099, in group {@code year}. */
    static final String YEAR = "(?<year>1\\d{3}|20\\d{2})" + END;
    /** A part of a period: "early", "mid-", "the end of"..., in group {@code part}; see {@link #partModifier}. */
    static final String PART =
            "(?<part>(?i:(?:early|late|mid)(?:-|\\s+)|(?:the\\s+)?(?:beginning|start|end|middle)\\s+of\\s+))";

    /** Month names that are also common words or names; as bare months they need a strong cue. */
    private static final Set<Month> AMBIGUOUS = Set.of(Month.MAY, Month.MARCH);

    private Vocabulary() {}

    static Month month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static boolean isAmbiguous(Month month) {
        return AMBIGUOUS.contains(month);
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** TIMEX3 modifier for a {@link #PART} match: early/beginning/start → START, mid/middle → MID, late/end → END. */
    static Optional<String> partModifier(String part) {
        if (part == null) {
            return Optional.empty();
        }
        String p = part.toLowerCase(Locale.ROOT).replace("the", "").strip();
        if (p.startsWith("early") || p.startsWith("beginning") || p.startsWith("start")) {
            return Optional.of("START");
        }
        if (p.startsWith("mid")) {
            return Optional.of("MID");
        }
        return Optional.of("END");
    }

    /** A mention covering the named group {@code t} of {@code m}. */
    static TimeMention mention(
            String text, Matcher m, Timex timex, Optional<TimeValue> value, Optional<java.time.Period> offset) {
        return mention(text, m.start("t"), m.end("t"), timex, value, offset);
    }

    static TimeMention mention(
            String text,
            int begin,
            int end,
            Timex timex,
            Optional<TimeValue> value,
            Optional<java.time.Period> offset) {
        return new TimeMention(new CharSpan(begin, end), text.substring(begin, end), timex, value, offset);
    }

    /** A DATE whose TIMEX3 value and modifier are those of the point {@code value}. */
    static TimeMention date(String text, Matcher m, Optional<TimeValue> value) {
        return mention(text, m, Timexes.date(value), value, Optional.empty());
    }
}

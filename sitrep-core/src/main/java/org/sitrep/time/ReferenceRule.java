package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Times named only by their side of the publication date, TIMEX3 PRESENT_REF ("now", "currently", "at
 * present", "these days"), PAST_REF ("the past", "formerly") and FUTURE_REF ("the future"). "soon" and
 * "previously" are left out: TimeML does not tag them as times, and they date nothing. For an
 * event the first is the publication day; the others are that day with modifier BEFORE or AFTER, as for
 * an event with no time in the text.
 */
final class ReferenceRule implements Rule {
    private static final Pattern PRESENT = Pattern.compile(BEGIN
            + "(?<t>(?i:now|currently|nowadays|at\\s+present|these\\s+days|the\\s+present\\s+day))" + END
            + "(?!\\s*(?i:that)" + END + ")");
    private static final Pattern PAST = Pattern.compile(BEGIN + "(?<t>(?i:the\\s+past|formerly))" + END
            + "(?!\\s+(?i:few|several|two|three|four|five|six|seven|eight|nine|ten|\\d))");
    private static final Pattern FUTURE =
            Pattern.compile(BEGIN + "(?<t>(?i:the\\s+(?:near\\s+|distant\\s+)?future))" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        add(text, PRESENT, published, "PRESENT_REF", Optional.empty(), out);
        add(text, PAST, published, "PAST_REF", Optional.of("BEFORE"), out);
        add(text, FUTURE, published, "FUTURE_REF", Optional.of("AFTER"), out);
    }

    private static void add(
            String text,
            Pattern pattern,
            Optional<LocalDate> published,
            String ref,
            Optional<String> side,
            List<TimeMention> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<TimeValue> value = published.map(p -> new TimeValue(p.toString(), Precision.DAY, side));
            out.add(Vocabulary.mention(text, m, Timexes.ref(ref), value, Optional.empty()));
        }
    }
}

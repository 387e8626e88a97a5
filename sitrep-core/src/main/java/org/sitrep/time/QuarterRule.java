package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Quarters, TIMEX3 "2016-Q3": "the third quarter", "third-quarter", "the fiscal first quarter", "the
 * fourth quarter of 2015", "2015's fourth quarter", "next year's first quarter", "the year-ago third
 * quarter", "last quarter", "this quarter". Without a year, an ordinal quarter is the latest one begun by
 * publication: results are reported after the fact, and forecasts are of the quarter under way. "the 1988
 * quarter" is the quarter named last, in that year. "the quarter" and "the same quarter" are the quarter
 * named last before them, else the last one ended by publication; "the latest quarter" is reported, so
 * ended: the one named last if it has ended by publication ("a fourth-quarter charge" in November is a
 * forecast), else the last one ended; "the
 * year-ago quarter" and "the year-earlier quarter" are that one a year back. Financial reports call it
 * "the period" too: "the latest period", "the year-ago period", "the 1988 period". For an event the point is
 * the quarter (precision QUARTER).
 */
final class QuarterRule implements Rule {
    private static final Pattern KEYWORD = Pattern.compile("(?i)quarter|period");
    private static final String ORDINAL = "(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))";
    private static final Pattern QUARTER =
            Pattern.compile(BEGIN + "(?<t>(?:(?i:the)\\s+)?(?:(?:(?<year>(?:1\\d|20)\\d{2})"
                    + "|(?<yrel>(?i:this|last|next))\\s+(?i:year))(?:'s|’s)?\\s+)?(?:(?i:fiscal)\\s+)?(?:(?<rel>(?i:latest|current"
                    + "|recent|most\\s+recent|same|comparable|corresponding|year-ago|year-earlier|previous|prior|last|this|next))\\s+)?(?:"
                    + ORDINAL + "[-\\s]+(?:(?i:fiscal)\\s+)?)?"
                    + "(?:(?i:quarter)|(?<period>(?i:period)))(?:\\s+(?i:of)\\s+(?:(?i:fiscal)\\s+)?(?<of>(?:1\\d|20)\\d{2}))?)"
                    + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        if (!KEYWORD.matcher(text).find()) {
            return; // most texts name no quarter: one scan for the word instead of the whole pattern
        }
        Matcher m = QUARTER.matcher(text);
        Optional<int[]> last = Optional.empty(); // year, quarter of the quarter named last
        while (m.find()) {
            String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
            boolean bare = m.group("ord") == null && rel == null;
            boolean definite = m.group("t").toLowerCase(Locale.ROOT).startsWith("the");
            if (bare && !definite && m.group("year") == null) {
                continue; // "a quarter of the vote"
            }
            if (m.group("period") != null
                    && (rel == null || rel.matches("last|this|next"))
                    && m.group("year") == null) {
                continue; // only "the latest period", "the year-ago period", "the 1988 period" mean a quarter
            }
            Optional<int[]> quarter = resolve(m, rel, published, last);
            if (quarter.isPresent() && !"year-ago".equals(rel) && !"year-earlier".equals(rel)) {
                last = quarter;
            }
            Optional<TimeValue> value = quarter.map(q -> Values.quarter(q[0], q[1]));
            out.add(Vocabulary.mention(
                    text,
                    m,
                    Timexes.date(quarter.map(q -> Timexes.quarter(q[0], q[1])), Optional.empty()),
                    value,
                    Optional.empty()));
        }
    }

    private static Optional<int[]> resolve(Matcher m, String rel, Optional<LocalDate> published, Optional<int[]> last) {
        String yearText = m.group("year") != null ? m.group("year") : m.group("of");
        Optional<Integer> year = yearText != null
                ? Optional.of(Integer.parseInt(yearText))
                : m.group("yrel") == null
                        ? Optional.empty()
                        : published.map(p -> p.getYear() + yearShift(m.group("yrel")));
        boolean yearBack = rel != null && rel.startsWith("year-");
        if (m.group("ord") != null) {
            int q = ordinal(m.group("ord"));
            Optional<Integer> y = year.or(() -> published.map(p -> q <= quarterOf(p) ? p.getYear() : p.getYear() - 1));
            return y.map(v -> new int[] {yearBack ? v - 1 : v, q});
        }
        if (year.isPresent()) { // "the 1988 quarter": the quarter named last, in 1988
            int q = last.map(l -> l[1])
                    .orElse(published.map(QuarterRule::quarterOf).orElse(4));
            return Optional.of(new int[] {year.get(), q});
        }
        Optional<int[]> lastEnded = published.map(p -> shift(p.getYear(), quarterOf(p), -1));
        if (rel != null && rel.matches("latest|recent|most recent")) { // reported: ended by publication
            return last.filter(q -> lastEnded.isEmpty()
                            || q[0] * 4 + q[1]
                                    <= lastEnded.get()[0] * 4 + lastEnded.get()[1])
                    .or(() -> lastEnded);
        }
        if (rel == null || rel.matches("same|comparable|corresponding|year-ago|year-earlier")) {
            Optional<int[]> base = last.or(() -> lastEnded);
            return rel != null && rel.startsWith("year-") ? base.map(q -> new int[] {q[0] - 1, q[1]}) : base;
        }
        int shift =
                switch (rel) {
                    case "last", "previous", "prior" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
        return published.map(p -> shift(p.getYear(), quarterOf(p), shift));
    }

    private static int yearShift(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static int[] shift(int year, int quarter, int by) {
        int index = year * 4 + quarter - 1 + by;
        return new int[] {Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1};
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "fir", "1st" -> 1;
            case "sec", "2nd" -> 2;
            case "thi", "3rd" -> 3;
            default -> 4;
        };
    }
}

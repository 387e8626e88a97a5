package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Timex;

/**
 * Times relative to another event, valued only later by {@link Anchors}: {@link TimeMention#eventOffset()} is the
 * signed shift from the event named to the event modified. "a month after" P1M, "two days before" P-2D,
 * "the next day" P1D, "the following week" P7D, "the previous year" P-1Y, "the day before" P-1D, "the
 * same day" P0D. Vague counts are fixed ("weeks after" P14D, "a few days later" P3D, see
 * {@link Quantity}); "shortly afterwards", "soon thereafter", "later that day" are P0D; hours round to whole days.
 * Their TIMEX3 reading: "two days after" is the DURATION P2D; "two days later", "a year earlier", "the
 * next day" are DATEs whose value {@link TimeExpressions} computes from the time mentioned before them.
 */
final class EventOffsetRule implements Rule {
    private static final String DIRECTION = "(?<dir>(?i:after|afterwards|later|before|earlier|prior))" + END;
    private static final Pattern COUNTED = Pattern.compile(BEGIN + "(?<t>(?:" + Quantity.QUALIFIER + "\\s+)?(?:"
            + Quantity.PATTERN + "\\s+)?" + Unit.PATTERN + "\\s+" + DIRECTION + ")");
    private static final Pattern NEIGHBOUR = Pattern.compile("(?i)" + BEGIN + "(?<t>the\\s+(?<dir>next|following"
            + "|previous|preceding|same)\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year))" + END);
    private static final Pattern THE_UNIT_BEFORE = Pattern.compile(
            "(?i)" + BEGIN + "(?<t>the\\s+(?<unit>day|week|month|year)\\s+(?<dir>before|after|earlier|later))" + END);
    /** "year-earlier results", "year-ago sales": the period under discussion, a year back. */
    private static final Pattern YEAR_BACK =
            Pattern.compile("(?i)" + BEGIN + "(?<t>year-(?:earlier|ago))" + END + "(?!\\s+(?i:quarter|period))");

    /**
     * "shortly afterwards", "soon thereafter", "later that day". Not "shortly after the vote": a signal that
     * links two events, as "after" alone does, not a time expression (TimeML tags none).
     */
    private static final Pattern SOON = Pattern.compile("(?i)" + BEGIN + "(?<t>(?:shortly|soon|immediately)\\s+"
            + "(?:afterwards|thereafter)|(?:later|earlier)\\s+that\\s+day)" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            Quantity quantity = Quantity.parse(
                    m.group("q"), m.group("unit").toLowerCase(Locale.ROOT).endsWith("s"));
            if (m.group("q") == null
                    && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
                continue; // "day after" without a count: "the day after" is THE_UNIT_BEFORE
            }
            Unit unit = Unit.parse(m.group("unit"));
            Period offset = unit.period(sign(m.group("dir")) * quantity.amount());
            if (m.group("dir").toLowerCase(Locale.ROOT).matches("after|before|prior")) {
                Optional<String> mod = m.group("qual") == null
                        ? Optional.empty()
                        : Optional.of(quantity.durationModifier(m.group("qual"), ""));
                out.add(Vocabulary.mention(
                        text, m, Timexes.duration(unit, quantity, mod), Optional.empty(), Optional.of(offset)));
            } else {
                add(text, m, offset, out);
            }
        }
        for (Pattern pattern : List.of(NEIGHBOUR, THE_UNIT_BEFORE)) {
            m = pattern.matcher(text);
            while (m.find()) {
                String dir = m.group("dir").toLowerCase(Locale.ROOT);
                int amount = dir.equals("same") ? 0 : sign(dir);
                add(text, m, Unit.parse(m.group("unit")).period(amount), out);
            }
        }
        m = YEAR_BACK.matcher(text);
        while (m.find()) {
            add(text, m, Period.ofYears(-1), out);
        }
        m = SOON.matcher(text);
        while (m.find()) {
            add(text, m, Period.ZERO, out);
        }
    }

    private static int sign(String direction) {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "before", "earlier", "prior", "previous", "preceding" -> -1;
            default -> 1;
        };
    }

    private static void add(String text, Matcher m, Period offset, List<TimeMention> out) {
        Timex anchored = Timexes.date(Optional.empty(), Optional.empty()); // valued by TimeExpressions
        out.add(Vocabulary.mention(text, m, anchored, Optional.empty(), Optional.of(offset)));
    }
}

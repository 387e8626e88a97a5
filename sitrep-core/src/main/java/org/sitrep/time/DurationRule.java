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
import org.sitrep.model.Timex;

/**
 * Durations. Their TIMEX3 reading is the length: "the past two years" P2Y, "five hours" PT5H, "a 16-hour
 * shift" PT16H, "more than a year" P1Y MORE_THAN; but "recent weeks" is PAST_REF and "the past year" the
 * DATE of the year before publication, as TimeML annotates them. Their point, for events, is the
 * <em>far end</em> of a span that touches the publication date, at the precision of the unit (decades give
 * a year, hours a day), the modifier saying on which side of it the span lies:
 * <ul>
 *   <li>"(over) the past two years", "(in) the last month", "the past decade", "recent weeks" (three),
 *       "(for) two years": the span runs from the value up to publication, modifier AFTER.
 *       Published 2016-01-07: "the past two years" → "2014" YEAR AFTER; "the past decade" → "2006".</li>
 *   <li>"the next two years", "the coming months": from publication up to the value, modifier BEFORE.</li>
 *   <li>"(for) more than a year", "over two years": the span began before the value, MORE_THAN; "less
 *       than / nearly / up to a year" LESS_THAN; "about a year" APPROX.</li>
 * </ul>
 * A count and a unit alone ("two days", "a five-year plan") is a length with no point, and so is a business
 * year ending on a date ("the year ended Sept. 30" P1Y). "the next day" and
 * "the next week" are left to {@link EventOffsetRule}; "the last day" is not a time. A leading preposition
 * ("over", "in", "for") stays outside the span. "since 2011" is not a duration here: it is a point with
 * modifier AFTER, set by {@link TimeExpressions}.
 */
final class DurationRule implements Rule {
    private static final Pattern AROUND_PUBLICATION = Pattern.compile("(?i)" + BEGIN + "(?<t>the\\s+"
            + "(?<dir>past|last|next|coming)\\s+(?:" + Quantity.PATTERN + "\\s+)?" + Unit.PATTERN + ")");
    private static final Pattern RECENT =
            Pattern.compile("(?i)" + BEGIN + "(?<t>recent\\s+(?<unit>days|weeks|months|years|decades))" + END);
    private static final Pattern QUALIFIED = Pattern.compile(
            BEGIN + "(?<t>" + Quantity.QUALIFIER + "\\s+" + Quantity.PATTERN + "\\s+" + Unit.PATTERN + ")");
    private static final Pattern FOR = Pattern.compile(
            BEGIN + "(?i:for|within|lasting)\\s+(?<t>(?:" + Quantity.PATTERN + "\\s+)?" + Unit.PATTERN + ")");
    /** "two days", "the first nine months", "a five-year plan"; "a day" alone is too often a rate; an age is no time. */
    private static final Pattern LENGTH = Pattern.compile(BEGIN + "(?<t>(?:(?i:the)\\s+(?:(?i:first|past|last"
            + "|next|previous|final)\\s+)?)?(?!(?i:an?)\\s)" + Quantity.PATTERN + "(?:\\s+|-)" + Unit.PATTERN + ")"
            + "(?![-\\s]+(?i:old)(?![\\p{L}]))"); // an age: "a 6-year-old", "52 years old"

    /**
     * "the year ended Sept. 30", "the fiscal year ending June 30": a business year, a length ending on the
     * date that follows (a DURATION P1Y, as TimeML reads it; the date is an expression of its own).
     */
    private static final Pattern YEAR_ENDED = Pattern.compile(
            "(?i)" + BEGIN + "(?<t>the\\s+(?:(?:fiscal|financial|full|latest)\\s+)?year)(?=\\s+(?:ended|ending)\\s)");

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = YEAR_ENDED.matcher(text);
        while (m.find()) {
            out.add(Vocabulary.mention(
                    text, m, Timex.of(Timex.Type.DURATION, "P1Y"), Optional.empty(), Optional.empty()));
        }
        m = AROUND_PUBLICATION.matcher(text);
        while (m.find()) {
            boolean future = m.group("dir").toLowerCase(Locale.ROOT).matches("next|coming");
            boolean single = m.group("q") == null
                    && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
            if (single && (future || Unit.parse(m.group("unit")) == Unit.DAY)) {
                continue; // "the next day", "the last day": event-relative or not a time
            }
            Quantity quantity = quantity(m);
            add(text, m, published, quantity, future ? "BEFORE" : "AFTER", Optional.empty(), out);
            if (single) { // "the past year" names the year before, as TIMEX3 reads it
                TimeMention span = out.remove(out.size() - 1);
                Unit unit = Unit.parse(m.group("unit"));
                Optional<String> previous = published.map(p -> unit == Unit.DECADE
                        ? Values.decade(p.getYear() / 10 * 10 - 10).value()
                        : unit.valueAt(unit.shift(p, -1)).value());
                out.add(new TimeMention(
                        span.span(),
                        span.text(),
                        Timexes.date(previous, Optional.empty()),
                        span.value(),
                        span.eventOffset()));
            }
        }
        m = RECENT.matcher(text);
        while (m.find()) { // TIMEX3 reads "recent weeks" as PAST_REF
            Unit unit = Unit.parse(m.group("unit"));
            Optional<TimeValue> value = published.map(
                    p -> Values.modified(unit.valueAt(unit.shift(p, -Quantity.VAGUE_FEW.amount())), "AFTER"));
            out.add(Vocabulary.mention(text, m, Timexes.ref("PAST_REF"), value, Optional.empty()));
        }
        m = QUALIFIED.matcher(text);
        while (m.find()) {
            Quantity quantity = quantity(m);
            String modifier = quantity.durationModifier(m.group("qual"), "AFTER");
            add(text, m, published, quantity, modifier, Optional.of(modifier).filter(x -> !x.equals("AFTER")), out);
        }
        for (Pattern pattern : List.of(FOR, LENGTH)) {
            m = pattern.matcher(text);
            while (m.find()) {
                if (m.group("q") == null
                        && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
                    continue; // "for day" is not a time
                }
                Optional<LocalDate> anchor = pattern == FOR ? published : Optional.empty(); // a length alone: no point
                add(text, m, anchor, quantity(m), "AFTER", Optional.empty(), out);
            }
        }
    }

    private static Quantity quantity(Matcher m) {
        return Quantity.parse(
                m.group("q"), m.group("unit").toLowerCase(Locale.ROOT).endsWith("s"));
    }

    private static void add(
            String text,
            Matcher m,
            Optional<LocalDate> published,
            Quantity quantity,
            String modifier,
            Optional<String> mod,
            List<TimeMention> out) {
        Unit unit = Unit.parse(m.group("unit"));
        int amount = modifier.equals("BEFORE") ? quantity.amount() : -quantity.amount();
        Optional<TimeValue> value = published.map(p -> Values.modified(unit.valueAt(unit.shift(p, amount)), modifier));
        out.add(Vocabulary.mention(text, m, Timexes.duration(unit, quantity, mod), value, Optional.empty()));
    }
}

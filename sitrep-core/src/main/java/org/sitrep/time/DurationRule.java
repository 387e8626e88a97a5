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
 * Spans that touch the publication date. The value is the <em>far end</em> of the span, counted from the
 * publication date at the precision of the unit (decades give a year, hours a day), and the modifier
 * says on which side of it the span lies:
 * <ul>
 *   <li>"(over) the past two years", "(in) the last month", "the past decade", "recent weeks" (three),
 *       "(for) two years": the span runs from the value up to publication, modifier AFTER.
 *       Published 2016-01-07: "the past two years" → "2014" YEAR AFTER; "the past decade" → "2006".</li>
 *   <li>"the next two years", "the coming months": from publication up to the value, modifier BEFORE.</li>
 *   <li>"(for) more than a year", "over two years": the span began before the value, MORE_THAN; "less
 *       than / nearly / up to a year" LESS_THAN; "about a year" APPROX.</li>
 * </ul>
 * "the next day" and "the next week" are left to {@link EventOffsetRule}; "the last day" is not a time.
 * A leading preposition ("over", "in", "for") stays outside the span. "since 2011" is not a duration
 * here: it is a point with modifier AFTER, set by {@link TimeExpressions}.
 */
final class DurationRule implements Rule {
    private static final Pattern AROUND_PUBLICATION = Pattern.compile("(?i)" + BEGIN + "(?<t>the\\s+"
            + "(?<dir>past|last|next|coming)\\s+(?:" + Quantity.PATTERN + "\\s+)?" + Unit.PATTERN + ")");
    private static final Pattern RECENT =
            Pattern.compile("(?i)" + BEGIN + "(?<t>recent\\s+(?<unit>days|weeks|months|years|decades))" + END);
    private static final Pattern QUALIFIED = Pattern.compile(
            BEGIN + "(?<t>" + Quantity.QUALIFIER + "\\s+" + Quantity.PATTERN + "\\s+" + Unit.PATTERN + ")");
    private static final Pattern FOR =
            Pattern.compile(BEGIN + "(?i:for)\\s+(?<t>" + Quantity.PATTERN + "\\s+" + Unit.PATTERN + ")");

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = AROUND_PUBLICATION.matcher(text);
        while (m.find()) {
            boolean future = m.group("dir").toLowerCase(Locale.ROOT).matches("next|coming");
            boolean single = m.group("q") == null
                    && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
            if (single && (future || Unit.parse(m.group("unit")) == Unit.DAY)) {
                continue; // "the next day", "the last day": event-relative or not a time
            }
            Quantity quantity = quantity(m);
            add(text, m, published, future ? quantity.amount() : -quantity.amount(), future ? "BEFORE" : "AFTER", out);
        }
        m = RECENT.matcher(text);
        while (m.find()) {
            add(text, m, published, -3, "AFTER", out);
        }
        m = QUALIFIED.matcher(text);
        while (m.find()) {
            Quantity quantity = quantity(m);
            add(text, m, published, -quantity.amount(), quantity.durationModifier(m.group("qual"), "AFTER"), out);
        }
        m = FOR.matcher(text);
        while (m.find()) {
            add(text, m, published, -quantity(m).amount(), "AFTER", out);
        }
    }

    private static Quantity quantity(Matcher m) {
        return Quantity.parse(
                m.group("q"), m.group("unit").toLowerCase(Locale.ROOT).endsWith("s"));
    }

    private static void add(
            String text, Matcher m, Optional<LocalDate> published, int amount, String modifier, List<TimeMention> out) {
        Unit unit = Unit.parse(m.group("unit"));
        Optional<TimeValue> value = published.map(p -> Values.modified(unit.valueAt(unit.shift(p, amount)), modifier));
        out.add(Vocabulary.mention(text, m, value, Optional.empty()));
    }
}

package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.FULL_MONTH;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

/**
 * Weeks, months and years named relative to the publication date:
 * <ul>
 *   <li>"last week" / "this month" / "next year" at WEEK/MONTH/YEAR precision, with an optional part:
 *       "earlier this month" and "later this year" (no modifier), "early next year" START, "late last
 *       year" END, "the end of last year" END;</li>
 *   <li>"last December" (strictly before the publication month), "next March" (strictly after),
 *       "this June" (the publication year);</li>
 *   <li>"two days ago", "three weeks ago", "a month ago": the publication date moved back, at the unit's
 *       precision; "more than two years ago" BEFORE, "less than a year ago" AFTER, "about / a few /
 *       several years ago" APPROX;</li>
 *   <li>"recently", "lately": the publication month with modifier BEFORE ("shortly before
 *       publication"; a day would claim too much), TIMEX3 PAST_REF.</li>
 * </ul>
 * The TIMEX3 reading is the DATE of the value, with "earlier this month" START and "later this year" END;
 * a vague count ("years ago") is PAST_REF.
 */
final class RelativePeriodRule implements Rule {
    private static final Pattern NAMED =
            Pattern.compile("(?i)" + BEGIN + "(?<t>(?:(?<part>early|late|mid|earlier|later)"
                    + "(?:\\s+|-)|the\\s+(?<of>beginning|start|end|middle)\\s+of\\s+)?(?<rel>last|this|next)\\s+"
                    + "(?<unit>week|month|year))" + END);
    private static final Pattern MONTHS =
            Pattern.compile(BEGIN + "(?<t>(?<rel>(?i:last|this|next))\\s+" + FULL_MONTH + ")");
    private static final Pattern AGO = Pattern.compile(BEGIN + "(?<t>(?:" + Quantity.QUALIFIER + "\\s+)?(?:"
            + Quantity.PATTERN + "\\s+)?" + Unit.PATTERN + "\\s+(?i:ago))" + END);
    private static final Pattern RECENTLY = Pattern.compile("(?i)" + BEGIN + "(?<t>recently|lately)" + END);

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            Unit unit = Unit.parse(m.group("unit"));
            int shift = shift(m.group("rel"));
            Optional<String> modifier = modifier(m.group("part"), m.group("of"));
            Optional<TimeValue> value =
                    published.map(p -> Values.modified(unit.valueAt(unit.shift(p, shift)), modifier));
            Optional<String> part = relativePart(m.group("part"));
            Optional<String> mod = modifier.or(() -> part);
            out.add(Vocabulary.mention(
                    text, m, Timexes.date(value.map(TimeValue::value), mod), value, Optional.empty()));
        }
        m = MONTHS.matcher(text);
        while (m.find()) {
            Month month = Vocabulary.month(m.group("month"));
            int shift = shift(m.group("rel"));
            add(text, m, published.map(p -> Values.month(relativeMonth(YearMonth.from(p), month, shift))), out);
        }
        m = AGO.matcher(text);
        while (m.find()) {
            Unit unit = Unit.parse(m.group("unit"));
            Quantity quantity = Quantity.parse(
                    m.group("q"), m.group("unit").toLowerCase(Locale.ROOT).endsWith("s"));
            if (m.group("q") == null
                    && !m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
                continue; // "year ago" without a count is not English; "years ago" is vague
            }
            Optional<String> modifier = quantity.agoModifier(m.group("qual"));
            Optional<TimeValue> value =
                    published.map(p -> Values.modified(unit.valueAt(unit.shift(p, -quantity.amount())), modifier));
            Timex timex = m.group("q") == null
                            || quantity.approximate() && m.group("q").matches("(?i)many|several")
                    ? Timexes.ref("PAST_REF")
                    : Timexes.date(value);
            out.add(Vocabulary.mention(text, m, timex, value, Optional.empty()));
        }
        m = RECENTLY.matcher(text);
        while (m.find()) {
            Optional<TimeValue> value = published.map(p ->
                    new TimeValue(Values.month(YearMonth.from(p)).value(), Precision.MONTH, Optional.of("BEFORE")));
            out.add(Vocabulary.mention(text, m, Timexes.ref("PAST_REF"), value, Optional.empty()));
        }
    }

    private static int shift(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static Optional<String> modifier(String part, String of) {
        if (of != null) {
            return Vocabulary.partModifier(of);
        }
        if (part == null
                || part.toLowerCase(Locale.ROOT).startsWith("earlier")
                || part.toLowerCase(Locale.ROOT).startsWith("later")) {
            return Optional.empty();
        }
        return Vocabulary.partModifier(part);
    }

    /** "earlier this month" START, "later this year" END: TIMEX3 marks the part the point lies in. */
    private static Optional<String> relativePart(String part) {
        if (part == null) {
            return Optional.empty();
        }
        return Optional.of(part.toLowerCase(Locale.ROOT).startsWith("earlier") ? "START" : "END");
    }

    private static YearMonth relativeMonth(YearMonth now, Month month, int shift) {
        YearMonth sameYear = YearMonth.of(now.getYear(), month);
        if (shift < 0) {
            return sameYear.isBefore(now) ? sameYear : sameYear.minusYears(1);
        }
        if (shift > 0) {
            return sameYear.isAfter(now) ? sameYear : sameYear.plusYears(1);
        }
        return sameYear;
    }

    private static void add(String text, Matcher m, Optional<TimeValue> value, List<TimeMention> out) {
        out.add(Vocabulary.date(text, m, value));
    }
}

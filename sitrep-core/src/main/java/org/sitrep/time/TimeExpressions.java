package org.sitrep.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Finds time expressions in English news text and normalises them against the publication date, with
 * regular expressions only (no tagger, no CoreNLP). Thread-safe: build once and share.
 *
 * <p>Conventions, each detailed on its rule:
 * <ul>
 *   <li>Spans leave leading prepositions out: "in August 2014" → "August 2014", "over the past two years"
 *       → "the past two years", "for more than a year" → "more than a year". Parts of a period stay in:
 *       "early 2015", "mid-August", "the end of 2014", and so do determiners: "the 1990s".</li>
 *   <li>Values are ISO-8601 at their {@link org.sitrep.model.Precision}: "2016-01-07", "2015-W53"
 *       (ISO week), "2016-01", "2016", "199" (decade). Modifiers are TIMEX3 names.</li>
 *   <li>Calendar dates and months: {@link AbsoluteDateRule}, {@link MonthYearRule}. A month or day
 *       without a year takes the year closest to publication.</li>
 *   <li>Relative to publication: {@link RelativeDayRule} (weekdays: the most recent on or before
 *       publication), {@link RelativePeriodRule} ("last week", "two days ago", "recently" = publication
 *       month BEFORE).</li>
 *   <li>Spans touching publication: {@link DurationRule}; the value is the far end of the span ("the
 *       past two years" → start year, AFTER).</li>
 *   <li>Relative to another event: {@link EventOffsetRule}, which sets
 *       {@link TimeMention#eventOffset()}; {@link Anchors} gives the dates among them ("two days later") their
 *       value, counted from the last date named, which an event falls back on when no earlier event dates it.</li>
 *   <li>Quarters, seasons, weekends, clock times, PRESENT_REF/PAST_REF/FUTURE_REF and sets:
 *       {@link QuarterRule}, {@link SeasonRule}, {@link WeekendRule}, {@link ClockRule}, {@link ReferenceRule},
 *       {@link SetRule}.</li>
 *   <li>Every mention has its TIMEX3 reading ({@link TimeMention#timex()}); a date without a year, a
 *       month or a weekday is the latest one not after publication unless its clause speaks of the future
 *       ({@link Tense}).</li>
 *   <li>A point right after "since" or "after" gets modifier AFTER, after "before" BEFORE ("since 2011"
 *       → "2011" YEAR AFTER), unless it has a modifier already or is a possessive ("after Saturday's
 *       vote").</li>
 *   <li>Without a publication date every expression is still found; only absolute ones get a value.</li>
 *   <li>Overlapping candidates: the longest wins; on equal length the earlier one.</li>
 * </ul>
 */
public final class TimeExpressions {
    private static final Pattern SIGNAL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(since|after|before)\\s+$");

    private final List<Rule> rules = List.of(
            new AbsoluteDateRule(),
            new MonthYearRule(),
            new RelativeDayRule(),
            new RelativePeriodRule(),
            new DurationRule(),
            new EventOffsetRule(),
            new QuarterRule(),
            new SeasonRule(),
            new WeekendRule(),
            new ClockRule(),
            new ReferenceRule(),
            new SetRule(),
            HolidayRule.load());

    /** Loads the holiday table once; share the instance. */
    public TimeExpressions() {}

    /** All time expressions in text, non-overlapping, sorted; values resolved against published when present. */
    public List<TimeMention> find(String text, Optional<LocalDate> published) {
        requireNonNull(text, "text is null");
        requireNonNull(published, "published is null");
        List<TimeMention> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            rule.find(text, published, candidates);
        }
        List<TimeMention> chosen = Anchors.resolve(Repeats.unify(longestFirst(candidates)), published);
        List<TimeMention> result = new ArrayList<>(chosen.size());
        for (TimeMention mention : chosen) {
            result.add(withSignal(text, mention));
        }
        return List.copyOf(result);
    }

    /** Greedy: longest first, then earliest; a candidate is kept when it overlaps nothing kept so far. */
    private static List<TimeMention> longestFirst(List<TimeMention> candidates) {
        List<TimeMention> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((TimeMention t) -> -t.span().length())
                .thenComparingInt(t -> t.span().begin()));
        TreeMap<Integer, TimeMention> chosen = new TreeMap<>();
        for (TimeMention candidate : byLength) {
            CharSpan span = candidate.span();
            Map.Entry<Integer, TimeMention> before = chosen.floorEntry(span.begin());
            Map.Entry<Integer, TimeMention> after = chosen.ceilingEntry(span.begin());
            boolean free = span.length() > 0
                    && (before == null || !before.getValue().span().overlaps(span))
                    && (after == null || !after.getValue().span().overlaps(span));
            if (free) {
                chosen.put(span.begin(), candidate);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static TimeMention withSignal(String text, TimeMention mention) {
        CharSpan span = mention.span();
        if (mention.value().isEmpty()
                || mention.value().get().modifier().isPresent()
                || text.startsWith("'s", span.end())
                || text.startsWith("’s", span.end())) {
            return mention;
        }
        Matcher m = SIGNAL.matcher(text.substring(Math.max(0, span.begin() - 12), span.begin()));
        if (!m.find()) {
            return mention;
        }
        String modifier = m.group(1).toLowerCase(Locale.ROOT).equals("before") ? "BEFORE" : "AFTER";
        TimeValue value = Values.modified(mention.value().get(), modifier);
        return new TimeMention(span, mention.text(), mention.timex(), Optional.of(value), mention.eventOffset());
    }
}

package org.sitrep.time;

import static org.sitrep.time.Vocabulary.BEGIN;
import static org.sitrep.time.Vocabulary.END;
import static org.sitrep.time.Vocabulary.FULL_MONTH;
import static org.sitrep.time.Vocabulary.MONTH;
import static org.sitrep.time.Vocabulary.PART;
import static org.sitrep.time.Vocabulary.YEAR;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Months, years and decades, optionally with a part ("early 2015" START, "mid-August" MID, "the end of
 * 2014" END): "August 2014" MONTH, "June last year" MONTH, "in December" MONTH (year closest to publication), "in 2014" YEAR,
 * "the 1990s" DECADE "199", and the second year of "from 2010 to 2014". After "since", a bare month is
 * the closest one not after the publication month ("since March" in January 2016 → 2015-03). A bare month or year
 * needs a cue before it (in, since, by, for, "the October killing", "a June agreement"...), a part, or, for a
 * month, a possessive ("December's figures");
 * the cue stays outside the span. "May" and "March" accept only the cues in, since, until, till,
 * during, through, and are never possessive ("in May's cabinet").
 */
final class MonthYearRule implements Rule {
    private static final String CUE =
            "(?:(?<cue>(?i:in|since|until|till|by|from|between|through|during|before|after|of))\\s+)?";
    /** A month's cues also take a determiner, as an adjective: "the October killing", "a June agreement". */
    private static final String MONTH_CUE =
            "(?:(?<cue>(?i:in|since|until|till|by|from|between|through|during|before|after|of|for|the|an?))\\s+)?";

    private static final Pattern MONTH_YEAR =
            Pattern.compile(BEGIN + "(?<t>" + PART + "?" + MONTH + "(?:,?\\s+|\\s+(?i:of)\\s+)" + YEAR + ")");
    /** "June last year", "in early October this year": the month of the year counted from publication. */
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(
            BEGIN + "(?<t>" + PART + "?" + MONTH + "\\s+(?<rel>(?i:this|last|next))\\s+(?i:year))" + END);

    private static final Pattern BARE_MONTH =
            Pattern.compile(BEGIN + MONTH_CUE + "(?<t>" + PART + "?" + FULL_MONTH + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![$€£#,./-])" + BEGIN + CUE + "(?<t>" + PART
            + "?(?<fiscal>(?i:fiscal)\\s+)?" + YEAR + ")(?![.,]\\d)(?!\\s*(?:%|(?i:percent|people|troops|soldiers|men"
            + "|women|dollars|yuan|euros|pounds|shares|tons|tonnes|barrels|miles|km|kilometers|feet|meters|units"
            + "|cars|homes|jobs|votes|cases|deaths|workers|employees|members|to\\s+\\d))" + END + ")");
    private static final Pattern YEAR_SPAN =
            Pattern.compile(BEGIN + "(?<t>" + YEAR + "[-–/](?<to>\\d{2}|(?:1\\d|20)\\d{2}))" + END + "(?![-–/]\\d)");
    private static final Pattern DECADE = Pattern.compile(BEGIN + "(?<t>(?i:the\\s+)?"
            + "(?<part>(?i:early|mid|late)(?:-|\\s+))?(?:(?<century>1\\d|20)(?<digit>\\d)0|'(?<short>\\d)0)s)" + END);
    /**
     * Years said in words, as transcripts of broadcasts write them: "nineteen ninety-six", "January nineteen
     * ninety-seven", "the year two thousand". A count of nineteen ("nineteen ninety-year-olds") is left out
     * by the word boundary; "two thousand" alone is a count, so it needs "the year".
     */
    private static final Pattern SPOKEN_YEAR =
            Pattern.compile(BEGIN + "(?<t>(?:" + FULL_MONTH + "\\s+)?(?:(?i:nineteen)"
                    + "[-\\s](?<rest>(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four"
                    + "|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                    + "|nineteen))|(?i:the\\s+year\\s+two\\s+thousand)(?:\\s+(?:(?i:and)\\s+)?(?<ones>(?i:one|two|three|four|five"
                    + "|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))?))"
                    + END + "(?![-\\s]+(?i:year|hundred|thousand|people|percent))");

    /** The second year of "from 2010 to 2014", "between 2010 and 2014"; the first has a cue of its own. */
    private static final Pattern YEAR_RANGE_END = Pattern.compile(
            BEGIN + "(?i:from|between)\\s+(?:1\\d{3}|20\\d{2})" + "\\s+(?i:to|and|until|till)\\s+(?<t>" + YEAR + ")");

    private static final Set<String> STRONG_CUES = Set.of("in", "since", "until", "till", "during", "through");

    @Override
    public void find(String text, Optional<LocalDate> published, List<TimeMention> out) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), Vocabulary.month(m.group("month")));
            add(text, m, Optional.of(Values.month(month)), out);
        }
        m = MONTH_RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            Month month = Vocabulary.month(m.group("month"));
            int shift =
                    switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
            add(text, m, published.map(p -> Values.month(YearMonth.of(p.getYear() + shift, month))), out);
        }
        m = BARE_MONTH.matcher(text);
        while (m.find()) {
            Month month = Vocabulary.month(m.group("month"));
            boolean ambiguous = Vocabulary.isAmbiguous(month);
            boolean possessive = isPossessive(text, m.end("t"));
            if ((hasCue(m, ambiguous) || possessive && !ambiguous) && !(ambiguous && possessive)) {
                boolean future =
                        !"since".equalsIgnoreCase(m.group("cue")) && Tense.future(text, m.start("t"), m.end("t"));
                add(text, m, published.map(p -> Values.month(Values.yearless(p, month, future))), out);
            }
        }
        m = BARE_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group("year"));
            if (hasCue(m, false) || m.group("fiscal") != null || year >= 1900) {
                add(text, m, Optional.of(Values.year(year)), out);
            }
        }
        m = SPOKEN_YEAR.matcher(text);
        while (m.find()) {
            int year = m.group("rest") != null
                    ? 1900 + Quantity.parse(m.group("rest"), false).amount()
                    : 2000
                            + (m.group("ones") == null
                                    ? 0
                                    : Quantity.parse(m.group("ones"), false).amount());
            Optional<TimeValue> value = m.group("month") == null
                    ? Optional.of(Values.year(year))
                    : Optional.of(Values.month(YearMonth.of(year, Vocabulary.month(m.group("month")))));
            out.add(Vocabulary.date(text, m, value));
        }
        m = YEAR_SPAN.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group("year"));
            String to = m.group("to");
            int last = to.length() == 2 ? first / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
            if (last > first && last - first <= 10) {
                out.add(Vocabulary.date(text, m, Optional.of(Values.year(first))));
            }
        }
        m = YEAR_RANGE_END.matcher(text);
        while (m.find()) {
            out.add(Vocabulary.date(text, m, Optional.of(Values.year(Integer.parseInt(m.group("year"))))));
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            int first = m.group("short") != null
                    ? shortDecade(Integer.parseInt(m.group("short")))
                    : Integer.parseInt(m.group("century")) * 100 + Integer.parseInt(m.group("digit")) * 10;
            add(text, m, Optional.of(Values.decade(first)), out);
        }
    }

    /** "the '90s" → 1990, "the '00s" and "the '10s" → 2000, 2010. */
    private static int shortDecade(int digit) {
        return digit <= 1 ? 2000 + digit * 10 : 1900 + digit * 10;
    }

    /** "in May's cabinet": Theresa May, not the month. */
    private static boolean isPossessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("’s", end);
    }

    private static boolean hasCue(Matcher m, boolean strongOnly) {
        if (m.group("part") != null) {
            return true;
        }
        String cue = m.group("cue");
        return cue != null && (!strongOnly || STRONG_CUES.contains(cue.toLowerCase(Locale.ROOT)));
    }

    private static void add(String text, Matcher m, Optional<TimeValue> value, List<TimeMention> out) {
        Optional<String> modifier = Vocabulary.partModifier(m.group("part"));
        out.add(Vocabulary.date(text, m, value.map(v -> Values.modified(v, modifier))));
    }
}

package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: "BEIRUT (Reuters) -", "GAZA CITY, Oct 9 (Reuters) -",
 * "KABUL, Afghanistan (AP) —", "Kyiv, March 3 (wire) -", "Garissa, Kenya, 2 April 2015 -", "MOGADISHU —",
 * "NEW DELHI:". Only read, never cut from the body. A place in capitals may stand alone before the dash;
 * a place in mixed case needs a date or an agency tag, since "Kabul, the capital, ..." opens sentences.
 * The one dateline detector: ingest reads the place and date with {@link #find}; the stages ask {@link #end}
 * where a sentence's dateline stops (its words are no clause, its date dates no event).
 *
 * @param place the place, in title case: "Beirut", "Garissa, Kenya", "Mosul, Iraq"
 * @param date  the date it gives, when it has a year
 * @param named the month and day, when written with the month's name (with or without a year)
 */
public record Dateline(String place, Optional<DateText> date, Optional<MonthDay> named) {
    private static final DateWords WORDS = DateWords.standard();
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]*";
    /** A capitalised word, not a weekday or month: "Tuesday, March 5 -" opens a date, not a place. */
    private static final String WORD =
            "(?!(?i:" + WORDS.weekdayAlternation() + "|" + WORDS.monthAlternation() + ")\\b)\\p{Lu}[\\p{L}.'’-]*";

    private static final String PLACE = "(?<place>" + WORD + "(?:[ /]" + WORD + "){0,3})";
    private static final String REGION = "(?<region>(?:, " + WORD + "(?: " + WORD + "){0,2}){0,2})";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String DATE_FORMS = "\\d{1,2}" + ORDINAL + " " + Dates.MONTH + "(?:,? \\d{4})?"
            + "|" + Dates.MONTH + " \\d{1,2}" + ORDINAL + "(?:,? \\d{4})?"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}";
    private static final String DATE = "(?<date>" + DATE_FORMS + ")";
    /** A date in brackets after the place: "Edmonton, Ky. (November 28, 2016) –". */
    private static final String BRACKETED_DATE = "(?:\\s*\\((?<bracketed>" + DATE_FORMS + ")\\))?";

    private static final String WEEKDAY = "(?:,? (?i:" + WORDS.weekdayAlternation() + ")\\.?)?";
    private static final String AGENCY = "(?<agency>\\s*\\(\\p{L}[\\p{L}&.' -]{0,30}\\))?";
    /** A dash or colon; after an agency tag, also none at all: "Washington (CNN) The senator said...". */
    private static final String END =
            "(?<end>\\s+(?:--?|–|—)|\\s*[–—]|(?<=\\))\\s*--?|:|(?<=\\))(?=\\s+\\p{Lu}|\\s*$))\\s*(?:(?<rest>\\S.*)|$)";

    private static final Pattern DATELINE = Pattern.compile(
            "^" + PLACE + REGION + "(?:" + WEEKDAY + "(?:,\\s*|\\s*[|·•]\\s*|\\s+)" + DATE + ")?" + BRACKETED_DATE
                    + AGENCY + END,
            Pattern.DOTALL);
    private static final Pattern CAPS_PLACE = Pattern.compile(CAPS_WORD + "(?:[ /]" + CAPS_WORD + ")*");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final int MIN_CAPS_LETTERS = 3;
    private static final int MIN_REST_WORDS = 2;
    private static final int LONG_REST_WORDS = 12;

    public Dateline {
        requireNonNull(place, "place is null");
        requireNonNull(date, "date is null");
        requireNonNull(named, "named is null");
    }

    /** The dateline at the start of {@code paragraph}, if it has one followed by the story's first sentence. */
    static Optional<Dateline> find(String paragraph) {
        return match(paragraph)
                .filter(m -> m.group("rest") != null && isStoryText(m.group("rest")))
                .map(Dateline::of);
    }

    /** How many characters of text after a sentence's start a dateline can take, its story's first words included. */
    private static final int WINDOW = 160;

    /**
     * Where the dateline that opens the text at {@code from} ends, story text following it: the offset of the
     * story's first word ("MOSUL, Iraq (Reuters) - Militants seized..." gives the offset of "Militants").
     */
    public static OptionalInt end(String text, int from) {
        String window = text.substring(from, Math.min(text.length(), from + WINDOW));
        return match(window)
                .filter(m -> m.group("rest") != null)
                .map(m -> OptionalInt.of(from + m.start("rest")))
                .orElse(OptionalInt.empty());
    }

    /** True if the paragraph is a dateline alone ("MOGADISHU —"): the story's first paragraph follows it. */
    static boolean isAlone(String paragraph) {
        return match(paragraph).filter(m -> m.group("rest") == null).isPresent();
    }

    private static Optional<Matcher> match(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place");
        boolean caps = CAPS_PLACE.matcher(place).matches()
                && place.codePoints().filter(Character::isLetter).count() >= MIN_CAPS_LETTERS;
        boolean dated = written(m) != null || m.group("agency") != null;
        boolean colon = m.group("end").equals(":");
        boolean noDash = m.group("end").isEmpty();
        if (!(caps || dated)
                || (colon && !caps && !dated)
                || (noDash && m.group("agency") == null)
                || isNotAPlace(place)
                || isNotAPlace(m.group("region"))) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    private static Dateline of(Matcher m) {
        String region = m.group("region");
        String place = titleCase(m.group("place")) + (region.isEmpty() ? "" : ", " + titleCase(region.substring(2)));
        String written = written(m);
        Optional<DateText> date =
                written == null ? Optional.empty() : Dates.all(written).stream().findFirst();
        Optional<MonthDay> named = written == null ? Optional.empty() : namedMonthDay(written);
        return new Dateline(place, date, named);
    }

    private static String written(Matcher m) {
        return m.group("date") != null ? m.group("date") : m.group("bracketed");
    }

    /** Month and day of "March 3", "3rd March", "Oct. 9, 2024"; none for numeric dates. */
    private static Optional<MonthDay> namedMonthDay(String written) {
        Matcher day = DAY.matcher(written);
        Matcher word = LETTERS.matcher(written);
        String month = null;
        while (month == null && word.find()) { // past an ordinal's letters: "3rd March"
            month = WORDS.isMonth(word.group()) ? word.group() : null;
        }
        if (!day.find() || month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Dates.month(month), Integer.parseInt(day.group())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The words after a dateline: a sentence, not the rest of a headline ("KENYA — Gunmen storm college"). */
    private static boolean isStoryText(String rest) {
        int words = rest.split("\\s+").length;
        return words >= LONG_REST_WORDS || (words >= MIN_REST_WORDS && rest.matches("(?s).*[.!?:;\"'”’)\\]…]"));
    }

    /** Labels and furniture open lines like places do ("UPDATE:", "Published -") but are not places. */
    private static boolean isNotAPlace(String words) {
        String phrase = words.replaceFirst("^, ", "");
        return WORDS.isFurniture(phrase) || WORDS.label(phrase).isPresent();
    }

    /** "BEIRUT" becomes "Beirut", "DEIR EZ-ZOR" "Deir Ez-Zor"; mixed-case names stay as written. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-' || c == '/' || c == '.';
        }
        return out.toString();
    }
}

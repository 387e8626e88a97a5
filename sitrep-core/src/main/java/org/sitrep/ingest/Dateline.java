package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: "BEIRUT (Reuters) -", "BEIRUT, Jan 7 (Reuters) -",
 * "Garissa, Kenya, 2 April 2015 -", "KABUL —", "MOSUL, Iraq (AP) —". Only read, never cut from the body.
 *
 * @param place the place, in title case: "Beirut", "Garissa, Kenya", "Mosul, Iraq"
 * @param date  the date it gives, when it has a year
 */
record Dateline(String place, Optional<LocalDate> date) {
    private static final String CAPS_PLACE = "[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}";
    private static final String NAME = "[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){0,2}";
    private static final String MIXED_PLACE = "[A-Z][\\p{Ll}.'’-]+(?: [A-Z][\\p{Ll}.'’-]+){0,2}";
    private static final String DATE = "(?:\\d{1,2} " + Dates.MONTH + "\\.?(?:,? \\d{4})?" + "|" + Dates.MONTH
            + "\\.? \\d{1,2}(?:,? \\d{4})?|\\d{4}-\\d{2}-\\d{2})";
    private static final String AGENCY = "\\([A-Z][\\p{L}&.' -]{0,30}\\)";
    private static final String DASH = "(?:\\s+(?:--?|–|—)|\\s*[–—]|(?<=\\))\\s*--?)\\s*(?=\\S)";
    private static final Pattern CAPS =
            Pattern.compile("^(" + CAPS_PLACE + ")(, " + NAME + ")?(?:,? (" + DATE + "))?(?: ?" + AGENCY + ")?" + DASH);
    private static final Pattern MIXED = Pattern.compile("^(" + MIXED_PLACE + ")(, " + NAME + ")?(?:,? (" + DATE
            + ")(?: ?" + AGENCY + ")?| ?" + AGENCY + ")" + DASH);

    Dateline {
        requireNonNull(place, "place is null");
        requireNonNull(date, "date is null");
    }

    /** The dateline at the start of {@code paragraph}, if it has one. */
    static Optional<Dateline> find(String paragraph) {
        for (Pattern pattern : new Pattern[] {CAPS, MIXED}) {
            Matcher m = pattern.matcher(paragraph);
            if (m.find()) {
                String place = titleCase(m.group(1))
                        + (m.group(2) == null ? "" : ", " + titleCase(m.group(2).substring(2)));
                Optional<LocalDate> date = m.group(3) == null ? Optional.empty() : Dates.find(m.group(3));
                return Optional.of(new Dateline(place, date));
            }
        }
        return Optional.empty();
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
            startOfWord = c == ' ' || c == '-';
        }
        return out.toString();
    }
}

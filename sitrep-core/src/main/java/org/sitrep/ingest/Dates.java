package org.sitrep.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete calendar dates (with a year) as news sites write them: "2016-01-07", "07 January, 2016",
 * "January 7, 2016", "Jan. 7th 2016", "7th of January 2016", "Thu, 07 Jan 2016 10:32:00 +0000",
 * "2016-01-07T10:32:00Z", "07/01/2016", "07.01.2016", "7/1/16". One scan of the text finds them all.
 */
final class Dates {
    /** Month names and abbreviations; an abbreviation may have a full stop ("Sept."). */
    static final String MONTH = "(?i:" + DateWords.standard().monthAlternation() + ")\\b\\.?";

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "(?<iy>\\d{4})(?<is>[-/.])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})(?!\\d)"
                    + "|(?<n1>\\d{1,2})(?<ns>[-/.])(?<n2>\\d{1,2})\\k<ns>(?<ny>\\d{4}|\\d{2})(?![\\d])"
                    + "|(?<dd>\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s-]+(?<dm>" + MONTH
                    + ")(?:,?\\s*|-)(?<dy>\\d{4})(?!\\d)"
                    + "|(?<mm>" + MONTH + ")[\\s-]*(?<md>\\d{1,2})" + ORDINAL
                    + "(?!\\d)(?:,\\s*|\\s+|-)(?<my>\\d{4})(?!\\d)"
                    + ")",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_YEAR = 1800;
    private static final int TWO_DIGIT_PIVOT = 70;
    private static final int MAX_YEAR = 2200;

    private Dates() {}

    /** Every complete date in {@code text}, in order; a numeric one only if some order reads it as a real date. */
    static List<DateText> all(String text) {
        List<DateText> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            DateText date = of(m);
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The first complete date in {@code text}, numeric dates read in the {@link NumericOrder#DEFAULT} order. */
    static Optional<LocalDate> find(String text) {
        return find(text, NumericOrder.DEFAULT);
    }

    /** The first complete date in {@code text}, numeric dates read in {@code order} unless a part is over 12. */
    static Optional<LocalDate> find(String text, NumericOrder order) {
        for (DateText date : all(text)) {
            Optional<LocalDate> read = date.date(date.forcedOrder().orElse(order));
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** Parses a metadata value: an ISO date or timestamp, any form {@link #find} knows, or epoch seconds/millis. */
    static Optional<LocalDate> parseMetadata(String value) {
        return parseMetadata(value, NumericOrder.DEFAULT);
    }

    /** As {@link #parseMetadata(String)}, a numeric date read in {@code order} (the outlet's country's). */
    static Optional<LocalDate> parseMetadata(String value, NumericOrder order) {
        String v = value.strip();
        if (v.matches("\\d{9,13}")) {
            long n = Long.parseLong(v);
            Instant instant = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        }
        return find(v, order);
    }

    private static DateText of(Matcher m) {
        DateText date;
        if (m.group("iy") != null) {
            date = new DateText(m.start(), m.end(), DateText.Form.ISO, num(m, "iy"), num(m, "im"), num(m, "id"));
        } else if (m.group("ny") != null) {
            date = new DateText(
                    m.start(), m.end(), DateText.Form.NUMERIC, year(m.group("ny")), num(m, "n1"), num(m, "n2"));
        } else if (m.group("dy") != null) {
            date = new DateText(
                    m.start(), m.end(), DateText.Form.NAMED, num(m, "dy"), month(m.group("dm")), num(m, "dd"));
        } else {
            date = new DateText(
                    m.start(), m.end(), DateText.Form.NAMED, num(m, "my"), month(m.group("mm")), num(m, "md"));
        }
        boolean real = date.date(NumericOrder.DAY_FIRST).isPresent()
                || date.date(NumericOrder.MONTH_FIRST).isPresent();
        return real && date.year() >= MIN_YEAR && date.year() <= MAX_YEAR ? date : null;
    }

    /** A year of four digits, or of two in a numeric date ("05/03/24"): 2000-2069 for 00-69, else 1970-1999. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() > 2) {
            return year;
        }
        return year + (year < TWO_DIGIT_PIVOT ? 2000 : 1900);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** 1-12 for an English month name or abbreviation, with or without a full stop. */
    static int month(String name) {
        return DateWords.standard().month(name).orElseThrow(() -> new IllegalArgumentException("not a month: " + name));
    }
}

package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as news sites write them: "2016-01-07", "07 January, 2016", "January 7, 2016",
 * "Thursday 7 January 2016", "Thu, 07 Jan 2016 10:32:00 +0000", "2016-01-07T10:32:00Z".
 */
final class Dates {
    static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\\b(" + MONTH + ")\\b\\.?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** What may surround a date on a line of its own: label, weekday, clock time, time zone. */
    private static final Pattern DATE_LINE_LABEL = Pattern.compile(
            "^(?:published|updated|last updated|first published|posted|date|dated)(?:\\s+on)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DATE_LINE_EXTRAS = Pattern.compile(
            "\\b" + WEEKDAY + "\\b|T?\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?(?:\\s*[ap]\\.?m\\.?)?"
                    + "|\\b(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|ET|AST|IST|MSK|Z)\\b|[+-]\\d{2}:?\\d{2}\\b"
                    + "|\\bat\\b|[\\s,.|:;()\\-–—]",
            Pattern.CASE_INSENSITIVE);

    private Dates() {}

    /** The first complete date (with a year) in {@code text}. */
    static Optional<LocalDate> find(String text) {
        return firstMatch(text).map(Found::date);
    }

    /** Parses a metadata value: an ISO date or timestamp, any form {@link #find} knows, or epoch seconds/millis. */
    static Optional<LocalDate> parseMetadata(String value) {
        String v = value.strip();
        if (v.matches("\\d{9,13}")) {
            long n = Long.parseLong(v);
            Instant instant = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        }
        return find(v);
    }

    /** True if the line is only a date with perhaps a label, weekday and clock time: "Published: 7 Jan 2016 10:32 GMT". */
    static boolean isDateLine(String line) {
        if (line.length() > 100) {
            return false;
        }
        String unlabelled = DATE_LINE_LABEL.matcher(line).replaceFirst("");
        Optional<Found> found = firstMatch(unlabelled);
        if (found.isEmpty()) {
            return false;
        }
        String rest = unlabelled.substring(0, found.get().start()) + " "
                + unlabelled.substring(found.get().end());
        return DATE_LINE_EXTRAS.matcher(rest).replaceAll("").isEmpty();
    }

    private record Found(LocalDate date, int start, int end) {}

    private static Optional<Found> firstMatch(String text) {
        Found best = null;
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            Found f = found(iso, iso.group(1), iso.group(2), iso.group(3));
            if (f != null) {
                best = f;
                break;
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            Found f = found(dmy, dmy.group(3), String.valueOf(month(dmy.group(2))), dmy.group(1));
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            Found f = found(mdy, mdy.group(3), String.valueOf(month(mdy.group(1))), mdy.group(2));
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b.start() < a.start() ? b : a;
    }

    private static Found found(Matcher m, String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1800 || y > 2200) {
            return null;
        }
        try {
            return new Found(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1-12 for an English month name or abbreviation. */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }
}

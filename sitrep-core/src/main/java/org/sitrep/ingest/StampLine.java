package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a page's head that gives its dates: "Published: 7 Jan 2016 10:32 GMT", "Tue 5 Mar 2024 14.32 GMT",
 * "Updated 3:14 PM EST, March 5, 2024", "By Jane Doe | March 5, 2024 | 2 min read", "Issued on: 05/03/2024 -
 * 14:32 Modified: 05/03/2024 - 16:10". Each date takes the label last written before it.
 */
final class StampLine {
    /** A date with the label before it on its line: PUBLISHED, UPDATED, or none. */
    record Stamp(Optional<DateWords.Label> label, DateText date) {
        Stamp {
            requireNonNull(label, "label is null");
            requireNonNull(date, "date is null");
        }
    }

    private static final int MAX_LENGTH = 160;

    private static final DateWords WORDS = DateWords.standard();
    private static final Pattern LABEL =
            Pattern.compile("(?<![\\p{L}])" + WORDS.labelAlternation() + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** Separators between the parts of a head line; spaced dashes only, since a date may hold a hyphen. */
    private static final Pattern SEGMENT = Pattern.compile("\\s*[|·•]\\s*|\\s+[/–—-]+\\s+|\\s*[–—]\\s*$");
    /** What may surround a date: weekday, clock time, time zone, read time, "3 hours ago", punctuation. */
    private static final Pattern EXTRAS = Pattern.compile(
            "(?<![\\p{L}])(?:"
                    + WORDS.labelAlternation()
                    + "|" + WORDS.weekdayAlternation() + "\\.?"
                    + "|(?:GMT|UTC)\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?"
                    + "|" + WORDS.zoneAlternation()
                    + "|T?\\d{1,2}(?:[:.h]\\d{2}){1,2}(?:\\.\\d+)?Z?(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s*hrs\\.?)?"
                    + "|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?"
                    + "|[+−-]\\d{2}:?\\d{2}"
                    + "|noon|midnight|at|on|today|yesterday"
                    + "|\\d+\\s*-?\\s*min(?:ute)?s?\\.?\\s+read"
                    + "|\\d+\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago"
                    + ")(?![\\p{L}\\d])|[\\s,.:;()\\[\\]|·•/–—-]",
            Pattern.CASE_INSENSITIVE);

    /**
     * A place opening a line that is otherwise a date: "THIRUVANANTHAPURAM, AUGUST 16, 2018 00:12 IST",
     * "Goma, 1 May 2024 – 10:30" (a dateline on a line of its own, with the date and no story after it).
     */
    private static final Pattern PLACE_BEFORE_DATE =
            Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+");

    /** A dash or colon ending the line: a dateline whose story follows ("Garissa, 2 April 2015 -"). */
    private static final Pattern OPENS_STORY = Pattern.compile("[-–—:]\\s*$");

    private static final Pattern STRONG_SEPARATOR = Pattern.compile("[|·•]|\\s/\\s");

    private StampLine() {}

    /**
     * True if the line is furniture that gives a date: each of its parts (split at pipes, middle dots,
     * bullets, spaced slashes and dashes) is a date, a time or a label, with perhaps a weekday, zone and
     * read time; a byline; or, beside a pipe, dot, bullet or spaced slash, a short name (the outlet, the
     * author). At least one part must give a date.
     */
    static boolean isStampLine(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        boolean dated = false;
        boolean strong = STRONG_SEPARATOR.matcher(line).find();
        String[] segments = SEGMENT.split(line);
        Matcher place = PLACE_BEFORE_DATE.matcher(segments.length > 0 ? segments[0] : "");
        if (place.lookingAt()
                && !Dates.all(segments[0].substring(place.end())).isEmpty()
                && !OPENS_STORY.matcher(line).find()) {
            segments[0] = segments[0].substring(place.end()); // "Goma, 1 May 2024 – 10:30": the place, then the date
        }
        for (String segment : segments) {
            if (segment.isBlank()) {
                continue;
            }
            List<DateText> dates = Dates.all(segment);
            if (onlyExtrasBeside(segment, dates)) {
                dated |= !dates.isEmpty();
            } else if (LineKind.isByline(segment)) {
                dated |= !dates.isEmpty();
            } else if (!(strong && dates.isEmpty() && LineKind.isNameLine(segment))) {
                return false;
            }
        }
        return dated;
    }

    /** Every date of the line with the label written last before it ("Published ... Updated ..."). */
    static List<Stamp> stamps(String line) {
        List<Integer> labelStarts = new ArrayList<>();
        List<DateWords.Label> labels = new ArrayList<>();
        Matcher label = LABEL.matcher(line);
        while (label.find()) {
            labelStarts.add(label.start());
            labels.add(WORDS.label(label.group()).orElseThrow());
        }
        List<Stamp> stamps = new ArrayList<>();
        int next = 0;
        Optional<DateWords.Label> current = Optional.empty();
        for (DateText date : Dates.all(line)) {
            while (next < labelStarts.size() && labelStarts.get(next) < date.start()) {
                current = Optional.of(labels.get(next++));
            }
            stamps.add(new Stamp(current, date));
        }
        return stamps;
    }

    private static boolean onlyExtrasBeside(String segment, List<DateText> dates) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (DateText date : dates) {
            rest.append(segment, from, date.start()).append(' ');
            from = date.end();
        }
        rest.append(segment.substring(from));
        return EXTRAS.matcher(rest).replaceAll("").isEmpty();
    }
}

package org.sitrep.ingest;

import java.util.regex.Pattern;

/** What a line (or an HTML block) near an article's text is: text, or page furniture to drop. */
enum LineKind {
    TEXT,
    READ_TIME,
    DATE,
    TIMESTAMP,
    BYLINE,
    CAPTION,
    CREDITS;

    private static final Pattern READ_TIME_LINE = Pattern.compile(
            "(?i)(?:\\d+\\s*-?\\s*min(?:ute)?s?\\.?\\s+read|(?:estimated\\s+)?reading\\s+time:?\\s*\\d+\\s*min(?:ute)?s?\\.?)");
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "(?i)(?:published|updated|last updated|first published|posted|modified|last modified|issued on)\\b.{0,80}");
    private static final Pattern BYLINE_LINE = Pattern.compile("(?:By|BY|by|Written by|Words by):?\\s+\\p{Lu}.{0,80}");
    private static final Pattern CAPTION_LINE = Pattern.compile(".*\\[\\p{Lu}[^\\[\\]]{1,60}\\]"
            + "|.*\\((?:Photo|Photograph|Picture|Image|Photo credit)s?:\\s*[^()]{1,60}\\)"
            + "|.*\\bPhotograph:\\s*[^.]{1,80}"
            + "|(?:Photo|Photograph|Picture|Image|Caption|Photo credit)s?:.*");
    private static final Pattern CREDITS_LINE =
            Pattern.compile("\\(?(?:Reporting|Writing|Additional reporting|Editing|Compiled) by\\b.{0,200}\\)?");

    /** A name beside a byline or date: an outlet, an author, "BBC News, Lagos", "Jane Doe in Tirana". */
    private static final Pattern NAME_LINE =
            Pattern.compile("\\p{Lu}[\\p{L}.'’&-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|and|of|the|de|al|el|in|for|&))*");

    private static final int MAX_NAME_WORDS = 6;

    /** Classifies one trimmed, non-blank line. */
    static LineKind of(String line) {
        if (READ_TIME_LINE.matcher(line).matches()) {
            return READ_TIME;
        }
        if (StampLine.isStampLine(line)) {
            return DATE;
        }
        if (TIMESTAMP_LINE.matcher(line).matches() && !endsSentence(line)) {
            return TIMESTAMP;
        }
        if (isByline(line)) {
            return BYLINE;
        }
        if (CAPTION_LINE.matcher(line).matches() && line.length() <= 400) {
            return CAPTION;
        }
        if (CREDITS_LINE.matcher(line).matches()) {
            return CREDITS;
        }
        return TEXT;
    }

    /** True for a short run of capitalised words (and "of", "in", "and"...): a name, not a sentence. */
    static boolean isNameLine(String line) {
        return NAME_LINE.matcher(line).matches() && line.split("\\s+").length <= MAX_NAME_WORDS;
    }

    /** Page furniture that only appears in the first lines: read time, dates, bylines. */
    boolean isHeaderOnly() {
        return this == READ_TIME || this == DATE || this == TIMESTAMP || this == BYLINE;
    }

    /** "By Jane Doe and John Roe", "BY STAFF WRITER": a credit, not a sentence ("By the end of the week, ..."). */
    static boolean isByline(String line) {
        if (!BYLINE_LINE.matcher(line).matches() || endsSentence(line)) {
            return false;
        }
        String[] words = line.split("[\\s,|&]+");
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                capitalised++;
            }
        }
        return capitalised * 3 >= words.length * 2;
    }

    private static boolean endsSentence(String line) {
        return line.endsWith(".") && !line.matches(".*\\b\\p{Lu}\\.");
    }
}

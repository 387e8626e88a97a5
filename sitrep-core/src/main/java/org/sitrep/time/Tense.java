package org.sitrep.time;

import java.util.regex.Pattern;

/**
 * Whether the clause around an expression speaks of the future ("will meet on Tuesday", "is scheduled for
 * Oct. 23", "plans to vote in August"). News reports the past, so a date written without its year, or a
 * weekday, is the closest one not after publication unless this says otherwise. Looks only at a bounded
 * window of the expression's sentence, so a document costs time linear in its expressions.
 */
final class Tense {
    private static final int BEFORE = 80;
    private static final int AFTER = 30;
    /** A plan names its object and place before the weekday: look further back for it than for a modal. */
    private static final int PLAN_BEFORE = 60;
    /** Modal and periphrastic futures, and plans, anywhere in the clause before the expression. */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|won't|shall|'ll|’ll"
                    + "|(?:is|are|was|were)\\s+(?:to|due|set|scheduled|expected|slated|going)|scheduled|plans?\\s+to"
                    + "|planning\\s+to|planned\\s+(?:to|for|a|an)|slated|set\\s+to|as\\s+(?:soon|early)\\s+as|intends?\\s+to|expects?|expected|upcoming)(?![\\p{L}])");
    /**
     * A conditional future close before the expression and in its clause (no comma or relative word between):
     * "would still be held at the summit on April 24", not "hoped she would bring aid to Kenya, where the
     * Aug. 7 blasts killed 257".
     */
    private static final Pattern WOULD = Pattern.compile(
            "(?i)(?<![\\p{L}])would(?![\\p{L}])(?![^,;]*(?<![\\p{L}])(?:where|which|who|that|when)(?![\\p{L}]))[^,;]*$");

    private static final int WOULD_BEFORE = 60;

    /** Only a modal future after the expression: "On Tuesday, the council will vote". */
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|shall|'ll|’ll" + "|(?:is|are)\\s+(?:to|due|scheduled|expected|set))(?![\\p{L}])");
    /**
     * A plan or a schedule close before a weekday: "planned a rally on Saturday", "has scheduled a news
     * conference Thursday", "could come as early as Tuesday", "set to resume Monday".
     */
    private static final Pattern PLAN = Pattern.compile("(?i)(?<![\\p{L}])(?:plann(?:ed|ing)|plans|plan\\s+to|scheduled"
            + "|slated|set\\s+to|expected\\s+to|as\\s+(?:soon|early)\\s+as)(?![\\p{L}])");
    /**
     * A deadline set or moved: "postponed until Tuesday morning any action", "extended its deadline until 9 a.m.
     * Tuesday", "have until Friday to sign". Not "fighting went on until Tuesday".
     */
    private static final Pattern MOVED_DEADLINE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:postpon\\w*|delay\\w*|adjourn\\w*"
                    + "|extend\\w*|deadline|has|have)(?![\\p{L}])[^.,;]{0,40}(?<![\\p{L}])(?:until|till)\\s+(?:\\S+\\s+){0,3}$");

    /**
     * A deadline or term right before the expression: "by Jan. 14", "until March 6", "payable Dec. 7",
     * "effective June 1", "expires Nov. 21", "of record Nov. 17".
     */
    private static final Pattern DEADLINE = Pattern.compile("(?i)(?<![\\p{L}])(?:by|until|till|payable"
            + "|effective|record|expire[sd]?|expiring|due|deadline|reconvenes?|takes\\s+effect|extended\\s+to|is|are)"
            + "\\s+(?:on\\s+|in\\s+|the\\s+)?$");

    private Tense() {}

    /** How the clause places the expression: in the past, at a deadline ahead, or in the future. */
    enum Reading {
        PAST,
        DEADLINE,
        FUTURE
    }

    static boolean future(String text, int begin, int end) {
        return of(text, begin, end) != Reading.PAST;
    }

    static Reading of(String text, int begin, int end) {
        int from = Math.max(sentenceStart(text, begin), begin - BEFORE);
        int to = clauseEnd(text, begin, end);
        if (FUTURE.matcher(text).region(from, begin).find()
                || WOULD.matcher(text)
                        .region(Math.max(from, begin - WOULD_BEFORE), begin)
                        .find()
                || FUTURE_AFTER.matcher(text).region(end, to).find()) {
            return Reading.FUTURE;
        }
        return DEADLINE.matcher(text).region(Math.max(from, begin - 25), begin).find()
                ? Reading.DEADLINE
                : Reading.PAST;
    }

    /**
     * Only an explicit modal future close to the expression ("will meet on Tuesday", "Tuesday's vote is to
     * go ahead"): weekdays in news are nearly always the past week, and a plan or a reported "would" is
     * not enough to move one forward; a plan or a schedule just before it is.
     */
    static boolean modal(String text, int begin, int end) {
        int from = Math.max(sentenceStart(text, begin), begin - 40);
        int to = clauseEnd(text, begin, end);
        int planFrom =
                Math.max(sentenceStart(text, begin), begin - PLAN_BEFORE); // "planned a rally in Havana on Saturday"
        return FUTURE_AFTER.matcher(text).region(from, begin).find()
                || PLAN.matcher(text).region(planFrom, begin).find()
                || MOVED_DEADLINE.matcher(text).region(planFrom, begin).find()
                || FUTURE_AFTER.matcher(text).region(end, to).find();
    }

    /** Only prepositions and determiners before a fronted expression: "On Tuesday, the council will vote". */
    private static final Pattern FRONTED = Pattern.compile(
            "(?i)\\s*(?:(?:on|by|from|until|till|this|next|late|early" + "|starting|beginning|and|but|then)\\s+)*");

    /**
     * Where the words after the expression that can make it future stop: the sentence's end, or, when the
     * expression closes a clause of its own ("the decision was announced Wednesday, and they will appeal"), the
     * comma or semicolon after it. A fronted expression reaches over the comma into the clause it dates ("On
     * Tuesday, the council will vote").
     */
    private static int clauseEnd(String text, int begin, int end) {
        int to = Math.min(sentenceEnd(text, end), end + AFTER);
        if (FRONTED.matcher(text).region(sentenceStart(text, begin), begin).matches()) {
            return to;
        }
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                return i;
            }
        }
        return to;
    }

    private static int sentenceStart(String text, int begin) {
        for (int i = begin - 1; i > 0 && i > begin - BEFORE; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && isStop(text.charAt(i - 1)) && !abbreviation(text, i - 1))) {
                return i + 1;
            }
        }
        return Math.max(0, begin - BEFORE);
    }

    private static int sentenceEnd(String text, int end) {
        for (int i = end; i < text.length() - 1 && i < end + AFTER; i++) {
            if (text.charAt(i) == '\n' || isStop(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return Math.min(text.length(), end + AFTER);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** "Oct. 23", "Mr. Smith": a full stop after a short capitalised word does not end the sentence. */
    private static boolean abbreviation(String text, int stop) {
        if (text.charAt(stop) != '.') {
            return false;
        }
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return stop - start <= 4 && stop > start && Character.isUpperCase(text.charAt(start));
    }
}

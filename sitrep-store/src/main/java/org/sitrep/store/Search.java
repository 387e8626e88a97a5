package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's search text as an SQLite FTS5 query: its words (letters and digits), each quoted, all required.
 * Quoting keeps FTS5's own syntax (AND, NEAR, "*", ":") out of reach of what a user types, so no input is
 * a syntax error.
 */
final class Search {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Search() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** {@code "word1" "word2"}: documents holding every word (FTS5's tokenizer folds case and accents alike). */
    static String ftsQuery(String text) {
        List<String> quoted = new ArrayList<>();
        for (String w : words(text)) {
            quoted.add('"' + w + '"');
        }
        return String.join(" ", quoted);
    }
}

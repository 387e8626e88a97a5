package org.sitrep.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of English words and phrases that rules look for (pronouns, prepositions that mark places, cue
 * words...), read from {@code org/sitrep/data/words.tsv}: one {@code list<TAB>word} row per word, the rows of a
 * list together under a comment saying what it is for and who uses it. Loading checks that words are lower case
 * (rules compare them with lower-cased words or lemmas), not repeated, and that a list's rows are not split;
 * asking for a list the file lacks fails naming the file. Immutable.
 */
public final class WordLists {
    static final String RESOURCE = "/org/sitrep/data/words.tsv";
    static final List<String> HEADER = List.of("list", "word");

    private final String source;
    private final Map<String, Set<String>> lists;

    private WordLists(String source, Map<String, Set<String>> lists) {
        this.source = source;
        this.lists = Collections.unmodifiableMap(lists);
    }

    /** The lists shipped on the classpath. */
    public static WordLists load() {
        return parse(Tsv.Source.resource(WordLists.class, RESOURCE));
    }

    /** Lists in the format of words.tsv (tests pass a few). */
    public static WordLists parse(Tsv.Source source) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Map<String, Integer> lastLine = new LinkedHashMap<>();
        String current = null;
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            String name = row.get(0);
            String word = row.get(1);
            if (!name.matches("[a-z]+(-[a-z]+)*")) {
                throw row.error("list name '%s' must be lower-case words joined by '-'".formatted(name));
            }
            if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || word.contains("  ")) {
                throw row.error(
                        "word '%s' of %s must be lower case, not empty, with single spaces".formatted(word, name));
            }
            if (!name.equals(current) && lists.containsKey(name)) {
                throw row.error("list %s continues after other lists (last row on line %d); keep its rows together"
                        .formatted(name, lastLine.get(name)));
            }
            current = name;
            if (!lists.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(word)) {
                throw row.error("'%s' is listed twice in %s".formatted(word, name));
            }
            lastLine.put(name, row.line());
        }
        lists.replaceAll((name, words) -> Collections.unmodifiableSet(words));
        return new WordLists(source.name(), lists);
    }

    /**
     * The words of a list, in file order.
     *
     * @throws IllegalArgumentException naming the file and its lists when it has no such list
     */
    public Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException(
                    "%s: no word list '%s'; lists: %s".formatted(source, name, lists.keySet()));
        }
        return words;
    }

    /** The list names, in file order. */
    public Set<String> names() {
        return lists.keySet();
    }
}

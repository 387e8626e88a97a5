package org.sitrep.extract.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.data.Tsv;

/** Small trigger lexicons for tests, written as triggers.tsv rows with '|' between the columns. */
public final class Lexicons {
    private Lexicons() {}

    /**
     * A lexicon of the given rows: lemma|pos|type|subject|object|preps|objects|weight, for instance
     * {@code "attack|V|ATTACK|AGENT|PATIENT|with=INSTRUMENT|-|0.8"}. Any type is accepted.
     */
    public static TriggerLexicon of(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", TriggerLexicon.HEADER));
        Set<String> types = new HashSet<>();
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            if (cells.length != TriggerLexicon.HEADER.size() - 1) {
                throw new IllegalArgumentException("'%s' has %d columns, expected %d"
                        .formatted(row, cells.length, TriggerLexicon.HEADER.size() - 1));
            }
            types.add(cells[2]);
            lines.add(String.join("\t", cells) + "\ttest row"); // the note column
        }
        return TriggerLexicon.parse(new Tsv.Source("test lexicon", String.join("\n", lines) + "\n"), types);
    }

    /** The entry of one such row. */
    public static TriggerEntry entry(String row) {
        return of(row).entries().get(0);
    }
}

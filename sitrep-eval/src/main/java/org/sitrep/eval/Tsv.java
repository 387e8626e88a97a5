package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Header-driven TSV columns: cells picked by column name, so extra or reordered columns do no harm. */
final class Tsv {
    private Tsv() {
    }

    record Header(Map<String, Integer> columns) {
        boolean has(String column) {
            return columns.containsKey(column);
        }

        /** The named cell ("" when the row is short); the column must be in the header. */
        String get(String[] cells, String column, String file, int line) {
            Integer at = columns.get(column);
            if (at == null) {
                throw new IllegalArgumentException("%s:%d: no column '%s'".formatted(file, line, column));
            }
            return at < cells.length ? cells[at] : "";
        }
    }

    /** Parses the header line; fails naming every required column that is missing and the columns found. */
    static Header header(String line, String file, String... required) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].strip().replace("\uFEFF", ""), i);
        }
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!columns.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("%s: header lacks column(s) %s; found %s".formatted(file, missing, List.of(names)));
        }
        return new Header(columns);
    }
}

package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;

/** Tab-separated data with '#' comment lines and one header line, kept with line numbers for errors. */
final class Rows {
    /** A named text: the resource path and its content. */
    record Source(String name, String text) {}

    /** One data row with its 1-based line number. */
    record Row(String source, int line, List<String> fields) {
        String get(int i) {
            return fields.get(i).trim();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("%s:%d: %s".formatted(source, line, message));
        }
    }

    private Rows() {}

    static List<Row> read(Source source, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean seenHeader = false;
        int number = 0;
        for (String line : source.text().split("\r?\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = List.of(line.split("\t", -1));
            Row row = new Row(source.name(), number, fields);
            if (!seenHeader) {
                if (!fields.equals(header)) {
                    throw row.error("expected the header " + String.join("<TAB>", header) + ", got " + line);
                }
                seenHeader = true;
                continue;
            }
            if (fields.size() != header.size()) {
                throw row.error("expected %d tab-separated fields %s, got %d".formatted(header.size(), header, fields.size()));
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).isBlank()) {
                    throw row.error("empty field '%s' (write '-' for none)".formatted(header.get(i)));
                }
            }
            rows.add(row);
        }
        if (!seenHeader) {
            throw new IllegalArgumentException(source.name() + ": no header line " + String.join("<TAB>", header));
        }
        return rows;
    }
}

package org.sitrep.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated data files of this package: '#' comments, one header line, '-' for an empty list. */
final class Tsv {
    /** One data row with its source and 1-based line number, for error messages. */
    record Row(String source, int line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }

        List<String> list(int i) {
            String value = fields.get(i).trim();
            if (value.isEmpty() || value.equals("-")) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("%s:%d: %s".formatted(source, line, message));
        }
    }

    private Tsv() {}

    static List<Row> read(InputStream in, String source, List<String> header) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            boolean seenHeader = false;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(line.split("\t", -1));
                if (!seenHeader) {
                    if (!fields.equals(header)) {
                        throw new IllegalArgumentException("%s:%d: expected header %s, got %s".formatted(source, number, header, fields));
                    }
                    seenHeader = true;
                    continue;
                }
                Row row = new Row(source, number, fields);
                if (fields.size() != header.size()) {
                    throw row.error("expected %d tab-separated fields %s, got %d".formatted(header.size(), header, fields.size()));
                }
                rows.add(row);
            }
            if (!seenHeader) {
                throw new IllegalArgumentException(source + ": no header line " + header);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = Tsv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource org/sitrep/actors/" + name + " is missing from the classpath");
        }
        return in;
    }
}

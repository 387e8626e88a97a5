package org.sitrep.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of Sitrep's tab-separated data files (actors, codes, lexicon rules...): '#' comment
 * lines, one header line that must be the expected one, rows with their line numbers so that every
 * error names the file and line, and '-' for an empty list.
 */
public final class Tsv {
    /** A named text: a resource path or file name, and its content. */
    public record Source(String name, String text) {
        /** A classpath resource beside {@code anchor} ("countries.tsv" next to Countries.class), or absolute ("/org/..."). */
        public static Source resource(Class<?> anchor, String file) {
            String name = file.startsWith("/") ? file.substring(1) : anchor.getPackageName().replace('.', '/') + "/" + file;
            try (InputStream in = anchor.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + name + " is missing from the classpath");
                }
                return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }

        public static Source of(InputStream in, String name) {
            try (in) {
                return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    /** One data row with its source and 1-based line number. */
    public record Row(String source, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** Field i, trimmed. */
        public String get(int i) {
            return fields.get(i).trim();
        }

        /** Field i as a '|'-separated list; '-' or empty is the empty list. */
        public List<String> list(int i) {
            String value = get(i);
            if (value.isEmpty() || value.equals("-")) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException("%s:%d: %s".formatted(source, line, message));
        }
    }

    private Tsv() {
    }

    public static List<Row> read(Source source, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean seenHeader = false;
        int number = 0;
        for (String line : source.text().split("\r?\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row row = new Row(source.name(), number, List.of(line.split("\t", -1)));
            if (!seenHeader) {
                if (!row.fields().equals(header)) {
                    throw row.error("expected the header " + String.join("<TAB>", header) + ", got " + line);
                }
                seenHeader = true;
                continue;
            }
            if (row.fields().size() != header.size()) {
                throw row.error("expected %d tab-separated fields %s, got %d".formatted(header.size(), header, row.fields().size()));
            }
            rows.add(row);
        }
        if (!seenHeader) {
            throw new IllegalArgumentException(source.name() + ": no header line " + String.join("<TAB>", header));
        }
        return rows;
    }
}

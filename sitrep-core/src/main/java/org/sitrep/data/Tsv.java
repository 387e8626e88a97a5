package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one reader of tab-separated files, Sitrep's own data (actors, codes, lexicon, gazetteer, word lists)
 * and the data sets it is scored on: '#' comment lines, one header line that is checked, rows with their
 * line numbers so that every error names the file and line, and '-' for an empty list.
 *
 * <p>Two kinds of header. Sitrep's files must have exactly the expected header ({@link #read(Source, List)}):
 * a column added, dropped or moved fails at load instead of shifting every value. Files written by others
 * ({@link #readColumns}) need only name the required columns, in any order and among others; rows are then
 * read by column name ({@link Row#get(String)}).
 */
public final class Tsv {
    /** A named text: a resource path or file name, and its content. */
    public record Source(String name, String text) {
        /** A classpath resource beside {@code anchor} ("countries.tsv" next to Countries.class), or absolute ("/org/..."). */
        public static Source resource(Class<?> anchor, String file) {
            String name = resourceName(anchor, file);
            try (InputStream in = anchor.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + name + " is missing from the classpath");
                }
                return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }

        /** The classpath path of a resource as {@link #resource} finds it: "org/sitrep/geo/places.tsv.gz". */
        public static String resourceName(Class<?> anchor, String file) {
            return file.startsWith("/")
                    ? file.substring(1)
                    : anchor.getPackageName().replace('.', '/') + "/" + file;
        }

        public static Source of(InputStream in, String name) {
            try (in) {
                return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    /** One data row with its source, 1-based line number and the header of its file. */
    public record Row(String source, int line, List<String> header, List<String> fields) {
        public Row {
            header = List.copyOf(header);
            fields = List.copyOf(fields);
        }

        /** Field i, trimmed. */
        public String get(int i) {
            return fields.get(i).trim();
        }

        /** The field of the named column, trimmed; fails naming the file and line if the header lacks it. */
        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw error("no column '%s'; the header has %s".formatted(column, header));
            }
            return get(i);
        }

        /** Field i as a '|'-separated list; '-' or empty is the empty list. */
        public List<String> list(int i) {
            String value = get(i);
            if (value.isEmpty() || value.equals("-")) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException("%s:%d: %s".formatted(source, line, message));
        }
    }

    private Tsv() {}

    /** The rows of a Sitrep data file whose header must be exactly {@code header}. */
    public static List<Row> read(Source source, List<String> header) {
        List<Row> rows = new ArrayList<>();
        Reader reader = new Reader(source.name(), header, true, rows::add);
        int number = 0;
        for (String line : source.text().split("\r?\n", -1)) {
            reader.line(line, ++number);
        }
        reader.end();
        return rows;
    }

    /**
     * The rows of a large Sitrep data file (the gazetteer's 200k places) whose header must be exactly
     * {@code header}, handed to {@code action} as they are read, without holding the text; closes {@code in}.
     * An {@link IllegalArgumentException} thrown by {@code action} is rethrown naming the file and line.
     */
    public static void read(InputStream in, String name, List<String> header, Consumer<Row> action) {
        Reader reader = new Reader(name, header, true, action);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                reader.line(line, ++number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        reader.end();
    }

    /**
     * The rows of a file written by others whose header names at least the {@code required} columns, in any
     * order, among others (a byte-order mark before the first is ignored); read them with {@link Row#get(String)}.
     */
    public static List<Row> readColumns(Source source, List<String> required) {
        List<Row> rows = new ArrayList<>();
        Reader reader = new Reader(source.name(), required, false, rows::add);
        int number = 0;
        for (String line : source.text().split("\r?\n", -1)) {
            reader.line(line, ++number);
        }
        reader.end();
        return rows;
    }

    /** Checks the header, then turns each data line into a row. */
    private static final class Reader {
        private final String source;
        private final List<String> expected;
        private final boolean exact;
        private final Consumer<Row> action;
        private List<String> header;

        Reader(String source, List<String> expected, boolean exact, Consumer<Row> action) {
            this.source = source;
            this.expected = List.copyOf(expected);
            this.exact = exact;
            this.action = action;
        }

        void line(String line, int number) {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            List<String> fields = List.of(line.split("\t", -1));
            if (header == null) {
                header = exact ? checkExact(fields, line, number) : checkColumns(fields, number);
                return;
            }
            Row row = new Row(source, number, header, fields);
            if (fields.size() != header.size()) {
                throw row.error(
                        "expected %d tab-separated fields %s, got %d".formatted(header.size(), header, fields.size()));
            }
            try {
                action.accept(row);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(source + ":" + number + ":")) {
                    throw e;
                }
                IllegalArgumentException named = row.error(e.getMessage());
                named.initCause(e);
                throw named;
            }
        }

        private List<String> checkExact(List<String> fields, String line, int number) {
            if (!fields.equals(expected)) {
                throw new IllegalArgumentException("%s:%d: expected the header %s, got %s"
                        .formatted(source, number, String.join("<TAB>", expected), line));
            }
            return expected;
        }

        private List<String> checkColumns(List<String> fields, int number) {
            List<String> names = List.copyOf(
                    fields.stream().map(f -> f.replace("\uFEFF", "").strip()).toList());
            List<String> missing =
                    expected.stream().filter(c -> !names.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "%s:%d: the header lacks column(s) %s; found %s".formatted(source, number, missing, names));
            }
            return names;
        }

        void end() {
            if (header == null) {
                throw new IllegalArgumentException(source + ": no header line " + String.join("<TAB>", expected));
            }
        }
    }
}

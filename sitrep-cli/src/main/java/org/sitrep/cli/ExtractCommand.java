package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.app.Outcome;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.output.DocumentJson;
import org.sitrep.output.TableFormat;
import org.sitrep.output.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: streams articles through the pipeline on all cores ({@link StreamingExtractor}),
 * printing one record per article as it is done, in input order (rejected ones too, with their
 * errors), then a problem report on stderr. Exit status 1 when any article was rejected or failed.
 * Memory does not grow with the number of articles.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract entities and events from news articles (text, HTML, JSON, JSON Lines).")
public final class ExtractCommand implements Callable<Integer> {
    enum Format {
        json,
        jsonl,
        table
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or directories (read recursively); - for standard input.")
    List<Path> paths;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding what the articles say.")
    LocalDate published;

    @Option(
            names = "--format",
            defaultValue = "json",
            description = "json, jsonl or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description =
                    "Time one document may take; a slower one gets a STAGE_TIMEOUT record (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = StreamingExtractor.DEFAULT_BUDGET.toSeconds();

    @Option(names = "--threads", description = "Documents processed in parallel (default: the number of cores).")
    int threads = CORES;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Extraction is CPU-bound: threads past the cores add no speed, and each holds documents in memory. */
    private static final int MAX_THREADS_PER_CORE = 4;

    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            description =
                    "Larger files are rejected unread; in JSON Lines over 64 KiB, larger lines (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

    @Option(
            names = "--max-chars",
            paramLabel = "N",
            description = "Longer article bodies are rejected (default: ${DEFAULT-VALUE}).")
    int maxChars = IngestOptions.DEFAULT_MAX_CHARS;

    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description =
                    "Your own actors (the columns of actors.tsv): rows add to the catalogue or replace those of the same id.")
    Path actors;

    @Option(
            names = "--rules-only",
            description = "Find triggers with the lexicon alone, without the trained trigger model (for comparison).")
    boolean rulesOnly;

    @Override
    public Integer call() throws IOException {
        Optional<String> usageError = usageError();
        if (usageError.isPresent()) {
            System.err.println("sitrep: " + usageError.get());
            return 2;
        }
        IngestOptions options = new IngestOptions(maxBytes, maxChars, Optional.ofNullable(published));
        Sitrep.Options sitrepOptions = new Sitrep.Options(false, Optional.ofNullable(actors)).withRulesOnly(rulesOnly);
        // the models load when the first readable article arrives: a batch of bad inputs never loads them
        StreamingExtractor extractor =
                StreamingExtractor.of(() -> load(sitrepOptions), threads, Duration.ofSeconds(timeoutSeconds));
        List<Problem> problems = new ArrayList<>(); // only the bad inputs, for the report
        int[] written = {0}; // records written
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Printer printer = new Printer(format, mapper, out);
                Stream<IngestResult> inputs = new Ingester(options).read(paths)) {
            // records stream out in input order as soon as each is extracted; rejected inputs take their place
            extractor.run(inputs, outcome -> {
                if (out.checkError()) {
                    throw new OutputClosed(written[0]);
                }
                written[0]++;
                if (outcome instanceof Outcome.Extracted e) {
                    printer.document(e.document());
                } else if (outcome instanceof Outcome.Failed f) {
                    problems.add(f.problem());
                    printer.failed(f.input(), f.problem());
                } else if (outcome instanceof Outcome.Rejected r) {
                    problems.add(r.problem());
                    printer.rejected(r.problem());
                }
            });
        } catch (LoadFailed e) {
            System.err.println("sitrep: cannot load the pipeline: " + e.getMessage());
            return 2;
        } catch (OutputClosed e) {
            // a reader such as `head` went away: extracting the rest would be wasted work
            System.err.printf("sitrep: standard output was closed after %d records; stopped.%n", e.records);
            return 1;
        }
        report(problems, written[0]);
        return problems.isEmpty() ? 0 : 1;
    }

    /** What is wrong with the options, checked before any input is read or model loaded. */
    private Optional<String> usageError() {
        if (threads < 1) {
            return Optional.of("--threads must be at least 1, got " + threads);
        }
        if (timeoutSeconds < 1) {
            return Optional.of("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        if (maxBytes < 1) {
            return Optional.of("--max-bytes must be at least 1, got " + maxBytes);
        }
        if (maxChars < 1) {
            return Optional.of("--max-chars must be at least 1, got " + maxChars);
        }
        if (threads > MAX_THREADS_PER_CORE * CORES) {
            return Optional.of(
                    "--threads must be at most %d (%d per core on this machine's %d): more threads than cores only cost memory, got %d"
                            .formatted(MAX_THREADS_PER_CORE * CORES, MAX_THREADS_PER_CORE, CORES, threads));
        }
        if (actors != null && !(Files.isRegularFile(actors) && Files.isReadable(actors))) {
            return Optional.of("--actors " + actors + " is not a readable file");
        }
        if (actors != null) {
            try {
                ActorCatalog.check(actors);
            } catch (RuntimeException e) {
                return Optional.of("--actors: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Standard output can no longer be written (a closed pipe): the records already written are all there is. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int records;

        OutputClosed(int records) {
            super("standard output closed after " + records + " records");
            this.records = records;
        }
    }

    /** A configuration error (an unreadable or malformed --actors file): said in one line, not a stack trace. */
    private static final class LoadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The heap the 10,000-document memory soak ran in (BENCHMARKS.md, `bench --soak`); less is not supported. */
    static final long MIN_HEAP_MIB = 768;

    private static Sitrep load(Sitrep.Options options) {
        try {
            return Sitrep.load(options);
        } catch (OutOfMemoryError e) {
            throw new LoadFailed(tooLittleHeap(), e);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) { // the gazetteer loads on its own thread
                    throw new LoadFailed(tooLittleHeap(), e);
                }
            }
            throw new LoadFailed(e.getMessage(), e);
        }
    }

    static String tooLittleHeap() {
        return "out of memory while loading the models with a heap of %d MiB; Sitrep needs at least %d MiB (2 GiB or more for many threads): set SITREP_JAVA_OPTS=-Xmx2g"
                .formatted(Runtime.getRuntime().maxMemory() >> 20, MIN_HEAP_MIB);
    }

    private static void report(List<Problem> problems, int total) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, List<Problem>> byCode = new TreeMap<>();
        problems.forEach(
                p -> byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p));
        System.err.printf("sitrep: %d of %d documents had problems:%n", problems.size(), total);
        byCode.forEach((code, list) -> {
            System.err.printf("  %s (%d)%n", code, list.size());
            list.forEach(p ->
                    System.err.printf("    %s: %s%n", TerminalText.safe(p.source()), TerminalText.safe(p.message())));
        });
    }

    /** Writes documents in the chosen format as they come. */
    private static final class Printer implements AutoCloseable {
        private final Format format;
        private final ObjectMapper mapper;
        private final PrintStream out;
        private final DocumentJson json;
        private final JsonGenerator array;

        Printer(Format format, ObjectMapper mapper, PrintStream out) throws IOException {
            this.format = format;
            this.mapper = mapper;
            this.out = out;
            this.json = new DocumentJson(mapper);
            if (format == Format.json) {
                array = mapper.getFactory()
                        .createGenerator((OutputStream) out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // the closing newline still goes out
                        .useDefaultPrettyPrinter();
                array.writeStartArray();
            } else {
                array = null;
            }
        }

        void document(Document d) {
            if (format == Format.table) {
                out.print(new TableFormat().format(d));
                return;
            }
            write(json.toJson(d));
        }

        void failed(Document input, Problem p) {
            if (format == Format.table) {
                out.print(new TableFormat().format(input.withProblem(p)));
                return;
            }
            write(json.failed(input, p));
        }

        void rejected(Problem p) {
            if (format == Format.table) {
                out.print(new TableFormat().format(p));
                return;
            }
            write(json.rejected(p));
        }

        private void write(ObjectNode node) {
            try {
                if (array != null) {
                    mapper.writeTree(array, node);
                } else {
                    out.println(mapper.writeValueAsString(node));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (array != null) {
                array.writeEndArray();
                array.close();
                out.println();
            }
            out.flush();
        }
    }
}

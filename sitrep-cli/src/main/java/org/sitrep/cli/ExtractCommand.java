package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.app.BatchExtractor;
import org.sitrep.app.Sitrep;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.output.DocumentJson;
import org.sitrep.output.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: reads articles, runs the pipeline on all cores, prints one record per
 * article (rejected ones too, with their errors), then a problem report on stderr. Exit status 1
 * when any article was rejected or failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and events from news articles (text, HTML, JSON, JSON Lines).")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl, table }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively); - for standard input.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding what the articles say.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "json", description = "json, jsonl or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", description = "Documents processed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Larger files are rejected unread (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-chars", paramLabel = "N", description = "Longer article bodies are rejected (default: ${DEFAULT-VALUE}).")
    int maxChars = IngestOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your own actors (the columns of actors.tsv): rows add to the catalogue or replace those of the same id.")
    Path actors;

    @Override
    public Integer call() throws IOException {
        IngestOptions options = new IngestOptions(maxBytes, maxChars, Optional.ofNullable(published));
        List<Problem> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Object> inOrder = new ArrayList<>(); // Document or Problem, to print in input order
        for (IngestResult r : new Ingester(options).read(paths).toList()) {
            if (r instanceof IngestResult.Accepted accepted) {
                Document d = accepted.article().toDocument();
                documents.add(d);
                inOrder.add(d);
            } else if (r instanceof IngestResult.Rejected rejected) {
                problems.add(rejected.problem());
                inOrder.add(rejected.problem());
            }
        }
        Sitrep sitrep = documents.isEmpty() ? null : Sitrep.load(new Sitrep.Options(false, Optional.ofNullable(actors)));
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Printer printer = new Printer(format, mapper, out)) {
            // records stream out in input order as soon as each is extracted; rejected inputs take their place
            int[] next = {0};
            Runnable printRejectedBefore = () -> {
                while (next[0] < inOrder.size() && inOrder.get(next[0]) instanceof Problem p) {
                    printer.rejected(p);
                    next[0]++;
                }
            };
            if (sitrep != null) {
                new BatchExtractor(sitrep, threads).run(documents, outcome -> {
                    printRejectedBefore.run();
                    next[0]++;
                    if (outcome instanceof BatchExtractor.Extracted e) {
                        printer.document(e.document());
                    } else if (outcome instanceof BatchExtractor.Failed f) {
                        problems.add(f.problem());
                        printer.rejected(f.problem());
                    }
                });
            }
            printRejectedBefore.run();
        }
        report(problems, documents.size(), inOrder.size());
        return problems.isEmpty() ? 0 : 1;
    }

    private static void report(List<Problem> problems, int accepted, int total) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, List<Problem>> byCode = new TreeMap<>();
        problems.forEach(p -> byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p));
        System.err.printf("sitrep: %d of %d documents had problems:%n", problems.size(), total);
        byCode.forEach((code, list) -> {
            System.err.printf("  %s (%d)%n", code, list.size());
            list.forEach(p -> System.err.printf("    %s: %s%n", p.source(), p.message()));
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
                array = mapper.getFactory().createGenerator((OutputStream) out).useDefaultPrettyPrinter();
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

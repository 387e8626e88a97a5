package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.app.Outcome;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import org.sitrep.model.Problem;
import org.sitrep.output.DocumentJson;
import org.sitrep.output.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(
            names = "--format",
            defaultValue = "json",
            description = "json, jsonl or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ExtractionOptions extraction = new ExtractionOptions();

    @Override
    public Integer call() throws IOException {
        Optional<String> usageError = extraction.usageError();
        if (usageError.isPresent()) {
            System.err.println("sitrep: " + usageError.get());
            return 2;
        }
        IngestOptions options = extraction.ingestOptions();
        StreamingExtractor extractor = extraction.extractor();
        List<Problem> problems = new ArrayList<>(); // only the bad inputs, for the report
        List<Problem> notes = new ArrayList<>(); // what was passed over on purpose: no record, not a failure
        int[] written = {0}; // records written
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Printer printer = new Printer(format, mapper, out);
                Stream<IngestResult> inputs = new Ingester(options).read(extraction.paths)) {
            // records stream out in input order as soon as each is extracted; rejected inputs take their place
            extractor.run(inputs, outcome -> {
                if (out.checkError()) {
                    throw new OutputClosed(written[0]);
                }
                if (outcome instanceof Outcome.Skipped s) {
                    notes.add(s.note());
                    return;
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
        } catch (ExtractionOptions.LoadFailed e) {
            System.err.println("sitrep: cannot load the pipeline: " + e.getMessage());
            return 2;
        } catch (OutputClosed e) {
            // a reader such as `head` went away: extracting the rest would be wasted work
            System.err.printf("sitrep: standard output was closed after %d records; stopped.%n", e.records);
            return 1;
        }
        ProblemReport.print(problems, written[0]);
        ProblemReport.notes(notes);
        return problems.isEmpty() ? 0 : 1;
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

package org.sitrep.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.app.Outcome;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.output.DocumentJson;

/**
 * Shows that memory does not grow with the corpus: streams {@link SyntheticNews} articles, generated as
 * they are read, as one JSON Lines input through the {@link Ingester} and the {@link StreamingExtractor}
 * as {@code sitrep extract} does, writes every record as JSON (to nowhere, counting bytes) and reads
 * the live heap after a full GC every {@code every} documents, once the extraction threads are idle
 * with the window of finished documents waiting. Run it under a small {@code -Xmx}
 * ({@code sitrep bench --soak}, {@code MemorySoakIT}).
 */
public final class MemorySoak {
    /** @param every a live-heap reading after this many documents, and after the last */
    public record Options(int documents, int every, int threads) {
        public Options {
            if (documents < 1 || every < 1 || threads < 1) {
                throw new IllegalArgumentException("expected documents, every and threads >= 1, got %d, %d, %d"
                        .formatted(documents, every, threads));
            }
        }
    }

    /** The live heap after a full GC once {@code documents} outcomes were consumed, {@code seconds} after the start. */
    public record Checkpoint(int documents, long liveBytes, double seconds) {}

    /**
     * @param checkpoints the readings, in order
     * @param failed      documents whose stage failed (or ran out of memory)
     * @param rejected    inputs the ingester rejected
     * @param events      events extracted
     * @param jsonBytes   bytes of JSON written
     */
    public record Result(List<Checkpoint> checkpoints, int failed, int rejected, long events, long jsonBytes) {
        public Result {
            checkpoints = List.copyOf(checkpoints);
        }
    }

    private final PrintStream log;

    public MemorySoak(PrintStream log) {
        this.log = requireNonNull(log, "log is null");
    }

    /** Streams {@code options.documents()} generated articles. */
    public Result run(Options options) {
        Ingester ingester = new Ingester(IngestOptions.defaults());
        try (Stream<IngestResult> inputs =
                ingester.read(SyntheticNews.jsonLines(options.documents()), "soak.jsonl", "soak")) {
            return run(inputs, options);
        }
    }

    /** Streams the inputs given (a corpus of the user's), at most {@code options.documents()} of them. */
    public Result run(Stream<IngestResult> inputs, Options options) {
        ObjectMapper mapper = new ObjectMapper();
        DocumentJson json = new DocumentJson(mapper);
        CountingSink sink = new CountingSink();
        List<Checkpoint> checkpoints = new ArrayList<>();
        int[] counts = new int[3]; // consumed, failed, rejected
        long[] events = {0};
        long start = System.nanoTime();
        StreamingExtractor extractor = StreamingExtractor.of(
                () -> {
                    log.println("soak: loading Sitrep...");
                    return Sitrep.load();
                },
                options.threads());
        extractor.run(inputs.limit(options.documents()), outcome -> {
            counts[0]++;
            if (outcome instanceof Outcome.Extracted e) {
                events[0] += e.document().events().size();
                write(mapper, sink, json, e);
            } else if (outcome instanceof Outcome.Failed f) {
                counts[1]++;
                log.println("soak: " + f.problem().message());
            } else {
                counts[2]++;
            }
            if (counts[0] % options.every() == 0) {
                checkpoints.add(checkpoint(counts[0], start));
            }
        });
        if (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1).documents() != counts[0]) {
            checkpoints.add(checkpoint(counts[0], start));
        }
        return new Result(checkpoints, counts[1], counts[2], events[0], sink.bytes);
    }

    private Checkpoint checkpoint(int documents, long start) {
        awaitIdleWorkers();
        Checkpoint c = new Checkpoint(documents, HeapMeter.liveAfterGc(), (System.nanoTime() - start) / 1e9);
        log.printf(
                "soak: %,d documents, live heap %.1f MiB, %.0f s%n", c.documents(), c.liveBytes() / MIB, c.seconds());
        return c;
    }

    static final double MIB = 1024.0 * 1024;
    private static final String WORKERS = "sitrep-extract-";

    /**
     * Waits (at most 30 s) until the extraction threads have nothing left to do: while this consumer
     * holds the window full, they finish the documents in it and wait for more. A reading then counts
     * what is kept, not what a document being parsed uses for a moment (several MiB at times).
     */
    private static void awaitIdleWorkers() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline
                && Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().startsWith(WORKERS)
                                && (t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.BLOCKED))) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void write(ObjectMapper mapper, CountingSink sink, DocumentJson json, Outcome.Extracted e) {
        try {
            mapper.writeValue(sink, json.toJson(e.document()));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Where the records go: nowhere, counted. Jackson closes it after each record, which it ignores. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

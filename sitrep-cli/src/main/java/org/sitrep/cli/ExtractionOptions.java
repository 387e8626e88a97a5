package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.actors.ActorCatalog;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;
import org.sitrep.ingest.IngestOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments and options of every command that reads articles and runs the pipeline ({@code extract},
 * {@code ingest}): the inputs and how to read them, how many threads, each document's time budget, the user's actors. Checked by
 * {@link #usageError()} before any input is read or model loaded.
 */
final class ExtractionOptions {
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

    @Option(
            names = "--keep-generic",
            description = "Keep generic, habitual and hypothetical events (\"has killed thousands since 2017\", "
                    + "\"often raided villages\", \"if fighting resumes\"), marked by their specificity; "
                    + "by default only specific events are given.")
    boolean keepGeneric;

    /** The heap the 10,000-document memory soak ran in (BENCHMARKS.md, `bench --soak`); less is not supported. */
    static final long MIN_HEAP_MIB = 768;

    IngestOptions ingestOptions() {
        return new IngestOptions(
                maxBytes,
                maxChars,
                Optional.ofNullable(published),
                IngestOptions.defaults().today());
    }

    /** The pipeline, loaded when the first readable article arrives: a batch of bad inputs never loads it. */
    StreamingExtractor extractor() {
        Sitrep.Options options = new Sitrep.Options(false, Optional.ofNullable(actors))
                .withRulesOnly(rulesOnly)
                .withKeepGeneric(keepGeneric);
        return StreamingExtractor.of(() -> load(options), threads, Duration.ofSeconds(timeoutSeconds));
    }

    /** What is wrong with the options, checked before any input is read or model loaded. */
    Optional<String> usageError() {
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

    /** A configuration error (an unreadable or malformed --actors file): said in one line, not a stack trace. */
    static final class LoadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

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
}

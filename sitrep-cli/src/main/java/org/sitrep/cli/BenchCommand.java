package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.bench.BenchCorpus;
import org.sitrep.bench.MemorySoak;
import org.sitrep.bench.RunResult;
import org.sitrep.bench.SpeedBench;
import org.sitrep.bench.SpeedTable;
import org.sitrep.eval.baseline.CoreNlpBaseline;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: Sitrep's start-up, throughput and heap, then CoreNLP's default pipeline on the
 * same documents and threads, in one process; prints Markdown tables to stdout, progress to stderr.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time Sitrep against CoreNLP's default pipeline (" + CoreNlpBaseline.ANNOTATORS
                + ") on a fixed corpus.")
public final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            paramLabel = "PATH",
            description =
                    "A WikiEvents directory (dev.jsonl + test.jsonl) or article files/directory. Default: the examples/ articles.")
    Path corpus;

    @Option(
            names = "--with-train",
            description = "With a WikiEvents --corpus, add the 206 texts of " + BenchCorpus.TRAIN_SUBSTITUTE + ".")
    boolean withTrain;

    @Option(
            names = "--docs",
            paramLabel = "N",
            description =
                    "Documents to time, after the warm-up ones: the corpus truncated or repeated in order (default: the rest of the corpus, or the corpus once if the warm-up takes it all).")
    Integer docs;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Threads, the same for both systems (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--warmup",
            paramLabel = "W",
            defaultValue = "40",
            description =
                    "Documents run first, to let the JIT compile the hot code, and never timed: the first W of the corpus (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--skip-baseline", description = "Time Sitrep only.")
    boolean skipBaseline;

    @Option(
            names = "--soak",
            paramLabel = "N",
            description =
                    "Instead of timing: stream N articles (generated ones, or the first N of --corpus) "
                            + "through extraction as `extract` does and print the live heap after a full GC every --soak-every documents (run it with a small -Xmx).")
    Integer soak;

    @Option(
            names = "--soak-every",
            paramLabel = "K",
            defaultValue = "1000",
            description = "Documents between heap readings (default: ${DEFAULT-VALUE}).")
    int soakEvery;

    @Override
    public Integer call() throws IOException {
        if (soak != null) {
            return soak();
        }
        Path path = corpus != null
                ? corpus
                : Path.of(System.getProperty("sitrep.home", ".")).resolve("examples");
        if (!Files.exists(path)) {
            System.err.println("sitrep: no such corpus " + path
                    + (corpus == null ? " (no --corpus given, and no examples/ directory)" : ""));
            return 2;
        }
        if (threads < 1 || warmup < 0 || docs != null && docs < 1) {
            System.err.println("sitrep: expected --threads >= 1, --warmup >= 0 and --docs >= 1, got " + threads + ", "
                    + warmup + " and " + docs);
            return 2;
        }
        BenchCorpus read;
        List<Document> timed;
        try {
            read = BenchCorpus.read(path, withTrain);
            int size = read.documents().size();
            int count = docs != null ? docs : size > warmup ? size - warmup : size;
            timed = read.take(warmup + count); // the warm-up documents first, then the timed ones
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT, "sitrep bench, %s%n", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %.2f GiB; threads %d; warm-up %d documents per system%n",
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
                threads,
                warmup);
        List<Document> timedOnly = timed.subList(warmup, timed.size());
        int firstSeen = Math.max(
                0, Math.min(read.documents().size(), timed.size()) - warmup); // take() repeats after the corpus ends
        out.printf(
                Locale.ROOT,
                "corpus: %s; timed: %d documents (%d first seen there, the others repeats), %d characters%n%n",
                read.description(),
                timedOnly.size(),
                firstSeen,
                timedOnly.stream().mapToLong(d -> d.text().length()).sum());
        SpeedBench.Result result =
                new SpeedBench(System.err).run(timed, new SpeedBench.Options(threads, warmup, skipBaseline));
        out.print(SpeedTable.runs(result.runs()));
        out.println();
        out.println("Sitrep stage shares (wall time inside each stage, summed over threads):");
        out.println();
        out.print(SpeedTable.stages(result.stages()));
        out.println();
        out.println(
                "start-up: building the system (loading models), in this process, before warm-up. peak heap: sum over heap");
        out.println(
                "pools of each pool's peak from before start-up to the end of the timed run (an upper bound; includes");
        out.println(
                "uncollected garbage, so it grows with -Xmx). sampled max: largest used heap seen every 5 ms. live heap:");
        out.println(
                "used heap after a full GC at the end, models loaded. CPU s: process CPU time (all threads, GC and JIT)");
        out.println(
                "during the timed run; docs/CPU-s is less disturbed than docs/s when other processes share the cores.");
        out.println("Ratio row: " + SpeedBench.SITREP + "/" + SpeedBench.BASELINE + ".");
        return result.runs().stream().mapToInt(RunResult::failed).sum() == 0 ? 0 : 1;
    }

    /** The memory soak: a table of live heap readings, then the growth from the first reading to the last. */
    private int soak() {
        if (soak < 1 || soakEvery < 1 || threads < 1) {
            System.err.println("sitrep: expected --soak, --soak-every and --threads >= 1, got " + soak + ", "
                    + soakEvery + " and " + threads);
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(
                Locale.ROOT,
                "sitrep bench --soak %d, %s%n",
                soak,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %.0f MiB; threads %d; %s%n%n",
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB,
                threads,
                corpus == null
                        ? "generated articles (SyntheticNews) as one JSON Lines stream"
                        : "articles read from " + corpus);
        MemorySoak soaker = new MemorySoak(System.err);
        MemorySoak.Options options = new MemorySoak.Options(soak, soakEvery, threads);
        MemorySoak.Result result;
        if (corpus == null) {
            result = soaker.run(options);
        } else {
            try (Stream<IngestResult> inputs = new Ingester(IngestOptions.defaults()).read(List.of(corpus))) {
                result = soaker.run(inputs, options);
            }
        }
        out.println("| documents | live heap MiB | seconds | docs/s |");
        out.println("|---:|---:|---:|---:|");
        for (MemorySoak.Checkpoint c : result.checkpoints()) {
            out.printf(
                    Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f |%n",
                    c.documents(),
                    c.liveBytes() / MIB,
                    c.seconds(),
                    c.documents() / c.seconds());
        }
        MemorySoak.Checkpoint first = result.checkpoints().get(0);
        MemorySoak.Checkpoint last =
                result.checkpoints().get(result.checkpoints().size() - 1);
        long growth = last.liveBytes() - first.liveBytes();
        out.printf(
                Locale.ROOT,
                "%nlive heap from %d to %d documents: %+.1f MiB (%+.2f KiB per document); %d failed, %d rejected; %d events; %.1f MB of JSON%n",
                first.documents(),
                last.documents(),
                growth / MIB,
                last.documents() == first.documents() ? 0.0 : growth / 1024.0 / (last.documents() - first.documents()),
                result.failed(),
                result.rejected(),
                result.events(),
                result.jsonBytes() / 1e6);
        out.println(
                "live heap: used heap after System.gc() when that many records were consumed, models loaded, the next documents in flight.");
        return result.failed() + result.rejected() == 0 ? 0 : 1;
    }

    private static final double MIB = 1024.0 * 1024;
}

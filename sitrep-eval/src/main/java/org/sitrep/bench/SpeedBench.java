package org.sitrep.bench;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.sitrep.app.InOrderPool;
import org.sitrep.app.Sitrep;
import org.sitrep.eval.baseline.CoreNlpBaseline;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageFailedException;

/**
 * Times Sitrep, then CoreNLP's default pipeline, on the same documents and thread count, in this
 * process. Each system: build (start-up), warm up on the first documents, then the timed run on the
 * others: warm-up documents are never timed, so caches filled during warm-up do not flatter the timed run. Sitrep's stages are the ones of {@code Sitrep.load().pipeline()}, each wrapped in a timer, run in
 * a {@link Pipeline} of their own on the {@link InOrderPool} that {@code sitrep extract} runs on; the baseline runs on the same
 * pool. Between the systems
 * CoreNLP's annotator cache is cleared, so the baseline loads its own models and Sitrep's can be
 * collected. Progress goes to {@code log}.
 */
public final class SpeedBench {
    public static final String SITREP = "sitrep";
    public static final String BASELINE = "corenlp-default";

    /** @param warmup documents run before timing and not timed, taken from the start of the list */
    public record Options(int threads, int warmup, boolean skipBaseline) {
        public Options {
            if (threads < 1 || warmup < 0) {
                throw new IllegalArgumentException(
                        "expected threads >= 1 and warmup >= 0, got threads=%d warmup=%d".formatted(threads, warmup));
            }
        }
    }

    /** The runs (Sitrep first) and Sitrep's stage shares. */
    public record Result(List<RunResult> runs, List<StageTimes.Share> stages) {
        public Result {
            runs = List.copyOf(runs);
            stages = List.copyOf(stages);
        }
    }

    /** What one document gave: tokens and events, or a failure message. */
    private record Outcome(long tokens, int events, Optional<String> failure) {
        static Outcome done(long tokens, int events) {
            return new Outcome(tokens, events, Optional.empty());
        }

        static Outcome failed(String message) {
            return new Outcome(0, 0, Optional.of(message));
        }
    }

    private final PrintStream log;

    public SpeedBench(PrintStream log) {
        this.log = requireNonNull(log, "log is null");
    }

    public Result run(List<Document> documents, Options options) {
        List<RunResult> runs = new ArrayList<>();
        List<StageTimes.Share> shares = new ArrayList<>();
        runs.add(runSitrep(documents, options, shares));
        if (!options.skipBaseline()) {
            CoreNlpBaseline.clearModelCache();
            runs.add(runBaseline(documents, options));
        }
        return new Result(runs, shares);
    }

    private RunResult runSitrep(List<Document> documents, Options options, List<StageTimes.Share> shares) {
        HeapMeter heap = new HeapMeter();
        HeapMeter.liveAfterGc();
        heap.start();
        log.println("bench: loading Sitrep...");
        long t0 = System.nanoTime();
        Sitrep sitrep = Sitrep.load();
        double startup = seconds(t0);
        List<TimedStage> timed =
                sitrep.pipeline().stages().stream().map(TimedStage::new).toList();
        Pipeline pipeline = Pipeline.of(List.<Stage>copyOf(timed));
        Function<Document, Outcome> work = d -> {
            try {
                Document out = pipeline.run(d);
                return Outcome.done(tokens(out), out.events().size());
            } catch (StageFailedException e) {
                return Outcome.failed(e.getMessage());
            } catch (OutOfMemoryError e) {
                return Outcome.failed("out of memory on document " + d.id());
            }
        };
        RunResult result =
                timedRun(SITREP, documents, options, startup, heap, work, true, () -> timed.forEach(TimedStage::reset));
        StageTimes times = new StageTimes();
        timed.forEach(s -> times.add(s.name(), s.nanos()));
        shares.addAll(times.shares(result.docs()));
        return result;
    }

    private RunResult runBaseline(List<Document> documents, Options options) {
        HeapMeter heap = new HeapMeter();
        HeapMeter.liveAfterGc();
        heap.start();
        log.println("bench: loading CoreNLP " + CoreNlpBaseline.ANNOTATORS + "...");
        long t0 = System.nanoTime();
        CoreNlpBaseline baseline = new CoreNlpBaseline();
        double startup = seconds(t0);
        Function<Document, Outcome> work = d -> {
            try {
                return Outcome.done(baseline.annotate(d.text()), 0);
            } catch (RuntimeException | OutOfMemoryError e) {
                return Outcome.failed(e.getClass().getSimpleName() + " on document " + d.id());
            }
        };
        return timedRun(BASELINE, documents, options, startup, heap, work, false, () -> {});
    }

    /** Warm-up, reset, timed run, heap reading; {@code work} keeps the system reachable until the end. */
    private RunResult timedRun(
            String system,
            List<Document> documents,
            Options options,
            double startup,
            HeapMeter heap,
            Function<Document, Outcome> work,
            boolean countsEvents,
            Runnable afterWarmup) {
        int warm = Math.min(options.warmup(), documents.size());
        log.printf("bench: %s loaded in %.1f s; warming up on %d documents...%n", system, startup, warm);
        pool(options, system).run(documents.subList(0, warm).iterator(), work, outcome -> {});
        afterWarmup.run();
        List<Document> timed = documents.subList(warm, documents.size());
        log.printf("bench: %s timing %d documents on %d threads...%n", system, timed.size(), options.threads());
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(timed.size());
        pool(options, system).run(timed.iterator(), work, outcomes::add);
        double seconds = seconds(t0);
        double cpuSeconds = Math.max(0, processCpuNanos() - cpu0) / 1e9;
        HeapUse used = heap.stop();
        // Keep the system reachable until the heap was read after GC, so "live" includes its models.
        java.lang.ref.Reference.reachabilityFence(work);
        long tokens = 0;
        long events = 0;
        int failed = 0;
        for (Outcome o : outcomes) {
            tokens += o.tokens();
            events += o.events();
            if (o.failure().isPresent()) {
                failed++;
                log.println("bench: " + system + ": " + o.failure().get());
            }
        }
        return new RunResult(
                system,
                timed.size(),
                failed,
                tokens,
                startup,
                seconds,
                cpuSeconds,
                used,
                countsEvents ? OptionalDouble.of(events) : OptionalDouble.empty());
    }

    /** The pool extraction runs on (InOrderPool's default window), so the bench times what users get. */
    private static InOrderPool pool(Options options, String system) {
        return InOrderPool.of(options.threads(), "sitrep-bench-" + system);
    }

    static long tokens(Document d) {
        long n = 0;
        for (Sentence s : d.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    /** CPU time of this process so far, or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

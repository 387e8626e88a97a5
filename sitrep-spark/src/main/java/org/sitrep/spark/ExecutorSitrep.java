package org.sitrep.spark;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.app.InOrderPool;
import org.sitrep.app.Sitrep;
import org.sitrep.app.StreamingExtractor;

/**
 * The pipeline of one executor JVM: loaded when its first task needs it, then shared by every task the
 * executor runs, on every core, for the life of the JVM. Loading takes seconds and over a gigabyte of models,
 * so it cannot be per record or per task; Spark has no per-executor hook, so a lazily set static field is the
 * one place that lives as long as the executor. {@link Sitrep#extract} is safe on many threads at once (the
 * command line runs it on a pool).
 */
final class ExecutorSitrep {
    private static volatile Sitrep sitrep;
    private static volatile Duration loadTime = Duration.ZERO;
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorSitrep() {}

    static Sitrep get() {
        Sitrep loaded = sitrep;
        if (loaded == null) {
            synchronized (ExecutorSitrep.class) {
                loaded = sitrep;
                if (loaded == null) {
                    long start = System.nanoTime();
                    loaded = Sitrep.load();
                    LOADS.incrementAndGet();
                    loadTime = Duration.ofNanos(System.nanoTime() - start);
                    System.err.printf(
                            "sitrep: pipeline loaded in %.1f s on this executor (heap in use %d MiB)%n",
                            loadTime.toMillis() / 1000.0,
                            (Runtime.getRuntime().totalMemory()
                                            - Runtime.getRuntime().freeMemory())
                                    >> 20);
                    sitrep = loaded;
                }
            }
        }
        return loaded;
    }

    /** How many times this JVM loaded the pipeline: once, however many tasks ran. */
    static int loads() {
        return LOADS.get();
    }

    /**
     * An extractor for one task: one thread (Spark runs a task per core), the same time budget per document as
     * the command line, over the executor's one pipeline.
     */
    static StreamingExtractor extractor() {
        return new StreamingExtractor(
                () -> get()::extract, new InOrderPool(1, 1, "sitrep-spark-task"), StreamingExtractor.DEFAULT_BUDGET);
    }
}

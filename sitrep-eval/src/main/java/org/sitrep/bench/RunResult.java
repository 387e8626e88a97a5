package org.sitrep.bench;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One system's timed run over the corpus.
 *
 * @param system         a short name ("sitrep", "corenlp-default")
 * @param docs           documents timed (warm-up excluded), failures included
 * @param failed         documents whose processing threw
 * @param tokens         CoreNLP tokens over the documents that succeeded
 * @param startupSeconds wall time to build the system (load its models)
 * @param seconds        wall time of the timed run
 * @param cpuSeconds     CPU time of the whole process (all threads, GC and JIT included) during the
 *                       timed run: less disturbed than wall time when other processes share the cores
 * @param heap           heap used during the timed run
 * @param events         events extracted, when the system extracts events
 */
public record RunResult(
        String system,
        int docs,
        int failed,
        long tokens,
        double startupSeconds,
        double seconds,
        double cpuSeconds,
        HeapUse heap,
        OptionalDouble events) {
    public RunResult {
        requireNonNull(system, "system is null");
        requireNonNull(heap, "heap is null");
        requireNonNull(events, "events is null");
        if (docs < 1
                || failed < 0
                || failed > docs
                || tokens < 0
                || startupSeconds < 0
                || seconds <= 0
                || cpuSeconds < 0) {
            throw new IllegalArgumentException(
                    "implausible run of %s: docs=%d failed=%d tokens=%d startup=%s seconds=%s"
                            .formatted(system, docs, failed, tokens, startupSeconds, seconds));
        }
    }

    public double docsPerSecond() {
        return docs / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Documents per CPU-second (0 when no CPU time was measured). */
    public double docsPerCpuSecond() {
        return cpuSeconds == 0 ? 0 : docs / cpuSeconds;
    }

    public OptionalDouble eventsPerDocument() {
        return events.isPresent() ? OptionalDouble.of(events.getAsDouble() / docs) : OptionalDouble.empty();
    }
}

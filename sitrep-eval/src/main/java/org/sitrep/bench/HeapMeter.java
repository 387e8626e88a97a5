package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures {@link HeapUse} over one phase: {@link #start()} resets every heap pool's peak and starts a
 * sampling daemon thread; {@link #stop()} stops it, runs a full GC and reads what is left. Callers must
 * keep the measured system reachable until {@code stop()} returns, or "live" misses it.
 */
final class HeapMeter {
    private static final long SAMPLE_MILLIS = 5;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final AtomicLong sampledMax = new AtomicLong();
    private volatile boolean sampling;
    private Thread sampler;

    void start() {
        if (sampler != null) {
            throw new IllegalStateException("heap meter already started");
        }
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledMax.set(used());
        sampling = true;
        sampler = new Thread(this::sample, "sitrep-bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    HeapUse stop() {
        if (sampler == null) {
            throw new IllegalStateException("heap meter not started");
        }
        sampling = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the heap sampler", e);
        }
        sampler = null;
        long peak =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = Math.max(sampledMax.get(), used());
        return new HeapUse(Math.max(peak, max), max, liveAfterGc());
    }

    /** Used heap after full collections (two, so objects freed by finalisation-like cleanups go too). */
    static long liveAfterGc() {
        System.gc();
        System.gc();
        return used();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (sampling) {
            sampledMax.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}

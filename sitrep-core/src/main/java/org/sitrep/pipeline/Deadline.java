package org.sitrep.pipeline;

import static java.util.Objects.requireNonNull;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one document may take, kept for the thread that extracts it. Stages call {@link #check()}
 * between units of work (a batch of sentences, a pass) and the {@link Pipeline} between stages, so a
 * document that would take too long stops with {@link StageTimeoutException} and the batch goes on. Work
 * outside {@link #within} has no deadline.
 *
 * <p>The clock is the thread's CPU time, where the JVM measures it: on a machine busy with other work a
 * document gets the same budget of computing as on an idle one, so whether it finishes does not depend on
 * the load (wall-clock time elsewhere).
 */
public final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK =
            THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long endNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = now() + budget.toNanos();
    }

    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Runs {@code work} on this thread with {@code budget} to spend. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        requireNonNull(budget, "budget is null");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a document's time budget must be positive, got " + budget);
        }
        Deadline outer = CURRENT.get();
        Deadline inner = new Deadline(budget);
        CURRENT.set(outer != null && outer.endNanos - inner.endNanos < 0 ? outer : inner); // never outlast the outer
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link Exceeded} once this thread's document has used its budget; cheap enough for every sentence. */
    public static void check() {
        Deadline current = CURRENT.get();
        if (current != null && now() - current.endNanos > 0) {
            throw new Exceeded(current.budget);
        }
    }

    /** The budget ran out; {@link Pipeline} turns it into a {@link StageTimeoutException} naming the stage. */
    static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super("took longer than " + StageTimeoutException.readable(budget), null, false, false);
            this.budget = budget;
        }

        Duration budget() {
            return budget;
        }
    }
}

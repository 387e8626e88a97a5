package org.sitrep.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sitrep's one thread pool: runs a function over inputs on a fixed pool of named daemon threads and
 * hands each result to a consumer, on the calling thread, in input order, as soon as it and every
 * result before it are done. Extraction ({@link StreamingExtractor}), evaluation and the speed bench
 * all run on it.
 *
 * <p>Memory is bounded whatever the number of inputs: an input is taken from the iterator only when
 * fewer than {@code inFlight} are between the iterator and the consumer (running, waiting for a
 * thread, or done and waiting for an earlier one), and a result is dropped once consumed. A larger
 * window keeps the threads busy when a long document holds up the ones after it; a smaller one
 * holds fewer documents.
 *
 * <p>If the function or the consumer throws, the run stops: the remaining work is cancelled and the
 * exception is rethrown to the caller as it was thrown (the function must turn a bad input into a
 * value, as {@link StreamingExtractor} does, if the others are to go on).
 */
public final class InOrderPool {
    /**
     * Inputs in flight per thread by default. Simulating two threads on the lengths of the 246
     * WikiEvents documents (80 to 58,000 characters), an in-order window of 2 per thread lost 8% of
     * the throughput of an unbounded queue to threads waiting behind a long document, 4 lost 3%, 8
     * under 1%; eight finished documents per thread are a few megabytes.
     */
    public static final int DEFAULT_IN_FLIGHT_PER_THREAD = 8;

    private final int threads;
    private final int inFlight;
    private final String name;

    /**
     * @param threads  threads of the pool
     * @param inFlight at most this many inputs taken and not yet consumed; at least {@code threads}
     * @param name     thread names are {@code name-1}, {@code name-2}...
     */
    public InOrderPool(int threads, int inFlight, String name) {
        if (threads < 1 || inFlight < threads) {
            throw new IllegalArgumentException(
                    "expected threads >= 1 and inFlight >= threads, got threads=%d inFlight=%d"
                            .formatted(threads, inFlight));
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("thread name is blank");
        }
        this.threads = threads;
        this.inFlight = inFlight;
        this.name = name;
    }

    /** A pool of {@code threads} with {@link #DEFAULT_IN_FLIGHT_PER_THREAD} inputs in flight per thread. */
    public static InOrderPool of(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new InOrderPool(threads, threads * DEFAULT_IN_FLIGHT_PER_THREAD, name);
    }

    public int threads() {
        return threads;
    }

    public int inFlight() {
        return inFlight;
    }

    /**
     * Applies {@code work} to every input on the pool's threads and gives the results to {@code
     * consumer} on this thread, in input order. Returns when every result was consumed.
     */
    public <T, R> void run(
            Iterator<? extends T> inputs, Function<? super T, ? extends R> work, Consumer<? super R> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, named(name));
        Deque<Future<R>> pending = new ArrayDeque<>(inFlight);
        try {
            while (true) {
                while (pending.size() < inFlight && inputs.hasNext()) {
                    T input = inputs.next();
                    pending.addLast(pool.submit(() -> work.apply(input)));
                }
                Future<R> first = pending.pollFirst();
                if (first == null) {
                    return;
                }
                consumer.accept(await(first));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

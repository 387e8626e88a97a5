package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderPoolTest {
    @Test
    void givesResultsInInputOrderOnTheCallingThreadFromNamedDaemonThreads() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        List<String> results = new ArrayList<>();
        Thread caller = Thread.currentThread();

        new InOrderPool(3, 6, "test")
                .run(
                        items.iterator(),
                        i -> {
                            sleep(ThreadLocalRandom.current().nextInt(3)); // finish out of order
                            Thread t = Thread.currentThread();
                            return i + "@" + t.getName() + (t.isDaemon() ? " daemon" : "");
                        },
                        r -> {
                            assertEquals(caller, Thread.currentThread(), "the consumer runs on the calling thread");
                            results.add(r);
                        });

        assertEquals(items.size(), results.size());
        for (int i = 0; i < items.size(); i++) {
            assertTrue(results.get(i).matches(i + "@test-[123] daemon"), results.get(i));
        }
    }

    @Test
    void takesNoMoreInputsThanTheWindowAheadOfTheConsumer() {
        AtomicInteger taken = new AtomicInteger();
        int[] consumed = {0};
        int[] mostAhead = {0};
        Iterator<Integer> tenThousand = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken.get() < 10_000;
            }

            @Override
            public Integer next() {
                return taken.getAndIncrement();
            }
        };

        new InOrderPool(2, 4, "test").run(tenThousand, i -> i, i -> {
            assertEquals(consumed[0], i);
            consumed[0]++;
            mostAhead[0] = Math.max(mostAhead[0], taken.get() - consumed[0] + 1);
        });

        assertEquals(10_000, consumed[0]);
        assertTrue(mostAhead[0] <= 4, "at most 4 inputs taken and not yet consumed, saw " + mostAhead[0]);
    }

    @Test
    void stopsAndRethrowsWhatTheWorkThrows() {
        List<Integer> consumed = new ArrayList<>();
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> new InOrderPool(2, 4, "test")
                        .run(
                                IntStream.range(0, 100).boxed().iterator(),
                                i -> {
                                    if (i == 5) {
                                        throw new IllegalArgumentException("bad input 5");
                                    }
                                    return i;
                                },
                                consumed::add));
        assertEquals("bad input 5", thrown.getMessage());
        assertEquals(List.of(0, 1, 2, 3, 4), consumed);
    }

    @Test
    void rejectsNoThreadsAndAWindowSmallerThanThePool() {
        assertThrows(IllegalArgumentException.class, () -> new InOrderPool(0, 4, "test"));
        assertThrows(IllegalArgumentException.class, () -> new InOrderPool(4, 3, "test"));
        assertThrows(IllegalArgumentException.class, () -> InOrderPool.of(0, "test"));
        assertEquals(16, InOrderPool.of(2, "test").inFlight());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SpeedTableTest {
    private static final long GIB = 1L << 30;

    private static RunResult run(String system, double seconds, double cpuSeconds, long peak, OptionalDouble events) {
        return new RunResult(
                system, 10, 0, 5000, 2.0, seconds, cpuSeconds, new HeapUse(peak, peak / 2, peak / 4), events);
    }

    @Test
    void formatsRunsAndTheRatioOfTheFirstToTheSecond() {
        String table = SpeedTable.runs(List.of(
                run("a", 1.0, 2.0, 2 * GIB, OptionalDouble.of(35)),
                run("b", 4.0, 8.0, 4 * GIB, OptionalDouble.empty())));
        assertEquals("""
                | system | docs | failed | tokens | start-up s | seconds | docs/s | tokens/s | CPU s | docs/CPU-s | peak heap | sampled max | live heap | events/doc |
                | ------ | ---: | -----: | -----: | ---------: | ------: | -----: | -------: | ----: | ---------: | --------: | ----------: | --------: | ---------: |
                | a      |   10 |      0 |   5000 |        2.0 |     1.0 |  10.00 |     5000 |   2.0 |       5.00 |  2.00 GiB |    1.00 GiB |  0.50 GiB |        3.5 |
                | b      |   10 |      0 |   5000 |        2.0 |     4.0 |   2.50 |     1250 |   8.0 |       1.25 |  4.00 GiB |    2.00 GiB |  1.00 GiB |          - |
                | a/b    |      |        |        |      1.00x |   0.25x |  4.00x |    4.00x | 0.25x |      4.00x |     0.50x |       0.50x |     0.50x |            |
                """, table);
    }

    @Test
    void leavesOutTheRatioRowForASingleRun() {
        String table = SpeedTable.runs(List.of(run("a", 1.0, 2.0, GIB, OptionalDouble.empty())));
        assertEquals(3, table.lines().count());
    }

    @Test
    void formatsStageShares() {
        StageTimes times = new StageTimes();
        times.add("corenlp", 3_000_000_000L);
        times.add("events", 500_000_000L);
        times.add("corenlp", 1_000_000_000L);
        times.add("times", 500_000_000L);
        assertEquals("""
                | stage   | thread-seconds | share | ms/doc |
                | ------- | -------------: | ----: | -----: |
                | corenlp |           4.00 | 80.0% |  400.0 |
                | events  |           0.50 | 10.0% |   50.0 |
                | times   |           0.50 | 10.0% |   50.0 |
                """, SpeedTable.stages(times.shares(10)));
    }

    @Test
    void sharesOfNoTimeAreZeroNotNaN() {
        StageTimes times = new StageTimes();
        times.add("names", 0);
        assertEquals(0.0, times.shares(1).get(0).fraction());
    }

    @Test
    void rejectsNegativeStageTimeAndImplausibleRuns() {
        assertThrows(IllegalArgumentException.class, () -> new StageTimes().add("names", -1));
        assertThrows(IllegalArgumentException.class, () -> run("a", 0.0, 0.0, GIB, OptionalDouble.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RunResult("a", 3, 4, 0, 0, 1, 1, new HeapUse(0, 0, 0), OptionalDouble.empty()));
        assertThrows(IllegalArgumentException.class, () -> new HeapUse(-1, 0, 0));
    }

    @Test
    void ratesAndEventsPerDocument() {
        RunResult r = run("a", 2.0, 4.0, GIB, OptionalDouble.of(25));
        assertEquals(5.0, r.docsPerSecond());
        assertEquals(2500.0, r.tokensPerSecond());
        assertEquals(2.5, r.docsPerCpuSecond());
        assertEquals(2.5, r.eventsPerDocument().getAsDouble());
    }
}

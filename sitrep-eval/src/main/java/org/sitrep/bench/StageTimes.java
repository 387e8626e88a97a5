package org.sitrep.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time spent in each pipeline stage, summed over all threads (so with T threads the total is up to
 * T times the wall time), in pipeline order.
 */
public final class StageTimes {
    /** One stage's total and its share of all stage time. */
    public record Share(String stage, double seconds, double fraction, double millisPerDocument) {}

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public void add(String stage, long elapsedNanos) {
        if (elapsedNanos < 0) {
            throw new IllegalArgumentException("negative time for stage " + stage + ": " + elapsedNanos);
        }
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    public List<Share> shares(int docs) {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        List<Share> result = new ArrayList<>();
        nanos.forEach((stage, n) ->
                result.add(new Share(stage, n / 1e9, total == 0 ? 0 : (double) n / total, n / 1e6 / docs)));
        return result;
    }
}

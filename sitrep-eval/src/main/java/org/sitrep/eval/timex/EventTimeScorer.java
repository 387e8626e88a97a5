package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Event times against TimeML's: each gold event with a DATE it happened in (see {@link GoldEventTime}) is
 * looked up among Sitrep's events by trigger overlap; over those found, the share whose time value is
 * the gold value (exact) or names the same time at another precision ("1998-01" and "1998-01-08":
 * compatible), overall and by the rule that chose Sitrep's time. Not thread-safe.
 */
public final class EventTimeScorer {
    /** A Sitrep event as scored: its trigger spans, time value (absent when unresolved) and time rule. */
    public record Predicted(List<int[]> triggers, Optional<String> value, String rule) {}

    /** A gold event found among Sitrep's whose time value is not the gold one. */
    public record Miss(GoldEventTime gold, Predicted predicted) {}

    private int gold;
    private int found;
    private int exact;
    private int compatible;
    private final Map<String, int[]> byRule = new TreeMap<>(); // found, exact, compatible

    /** Scores one document; returns the events found with another time than the gold one, for error listings. */
    public List<Miss> add(List<GoldEventTime> goldTimes, List<Predicted> predicted) {
        List<Miss> misses = new ArrayList<>();
        for (GoldEventTime g : goldTimes) {
            gold++;
            Optional<Predicted> match = predicted.stream()
                    .filter(p -> p.triggers().stream().anyMatch(t -> t[0] < g.end() && g.start() < t[1]))
                    .findFirst();
            if (match.isEmpty()) {
                continue;
            }
            found++;
            int[] row = byRule.computeIfAbsent(match.get().rule(), k -> new int[3]);
            row[0]++;
            Optional<String> value = match.get().value();
            if (value.isPresent() && value.get().equals(g.value())) {
                exact++;
                row[1]++;
            } else {
                misses.add(new Miss(g, match.get()));
            }
            if (value.isPresent()
                    && (value.get().startsWith(g.value()) || g.value().startsWith(value.get()))) {
                compatible++;
                row[2]++;
            }
        }
        return misses;
    }

    public int gold() {
        return gold;
    }

    public int found() {
        return found;
    }

    public double exactAccuracy() {
        return found == 0 ? 0 : (double) exact / found;
    }

    public double compatibleAccuracy() {
        return found == 0 ? 0 : (double) compatible / found;
    }

    public String report() {
        StringBuilder out =
                new StringBuilder("\nEvent times (TLINK IS_INCLUDED/DURING/SIMULTANEOUS to a DATE, DCT included)\n");
        out.append("gold events with a date %d; Sitrep events on their triggers %d (%.1f%%)%n"
                .formatted(gold, found, found == 0 ? 0 : 100.0 * found / gold));
        out.append("time value exact %.1f%%, compatible (same time, another precision) %.1f%%%n"
                .formatted(100 * exactAccuracy(), 100 * compatibleAccuracy()));
        out.append("%-12s %6s %8s %11s%n".formatted("rule", "events", "exact", "compatible"));
        byRule.forEach((rule, r) -> out.append(
                "%-12s %6d %7.1f%% %10.1f%%%n".formatted(rule, r[0], 100.0 * r[1] / r[0], 100.0 * r[2] / r[0])));
        return out.toString();
    }
}

package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Toponym resolution scores as Gritta et al. 2018 ("Which Melbourne?", and "What's missing in geographical parsing?")
 * compute them: a gold toponym with coordinates counts as geocoded when a system place's span overlaps it, one to
 * one (each gold toponym takes the unused system place that overlaps it most); its error is the great-circle
 * distance between the two points. Reported overall and by gold feature group ({@link GoldToponym#group}):
 * recall (geocoded / gold toponyms with coordinates), accuracy within 161 km (100 miles), mean and median error,
 * AUC of ln(1 + error) / ln(20,039) (the Earth's half circumference; 0 is best), the share with the gold GeoNames id
 * (where the corpus gives ids), the share within 161 km or with the gold id (the accuracy Sitrep would have if it
 * placed countries and divisions at the same point as the gold: GeoNames gives them their own point), and precision: system places that overlap any gold toponym, with or without
 * coordinates.
 */
public final class ToponymScorer {
    static final double ACCURACY_KM = 161;
    static final double MAX_ERROR_KM = 20039;

    /** One group's tallies. */
    static final class Tally {
        int gold;
        final List<Double> errors = new ArrayList<>();
        int withId;
        int sameId;
        /** Geocoded toponyms within 161 km or with the gold GeoNames id (whatever point each side gives it). */
        int rightOrSameId;

        double recall() {
            return gold == 0 ? 0 : (double) errors.size() / gold;
        }

        double accuracy() {
            return errors.isEmpty()
                    ? 0
                    : errors.stream().filter(e -> e < ACCURACY_KM).count() / (double) errors.size();
        }

        double mean() {
            return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        double median() {
            if (errors.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(errors);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double auc() {
            return ToponymScorer.auc(errors);
        }

        double accuracyOrSameId() {
            return errors.isEmpty() ? 0 : (double) rightOrSameId / errors.size();
        }

        double sameIdRate() {
            return withId == 0 ? 0 : (double) sameId / withId;
        }
    }

    /** A gold toponym Sitrep missed (no system place on it) or placed 161 km or more away with another id. */
    record Error(String article, GoldToponym gold, Optional<SystemToponym> system, double km) {}

    private final Tally all = new Tally();
    private final List<Error> listed = new ArrayList<>();
    private final Map<String, Tally> groups = new TreeMap<>();
    private int predicted;
    private int predictedOnGold;

    /** Scores one article: its id, gold toponyms and the system's places (any order). */
    public void add(String article, List<GoldToponym> gold, List<SystemToponym> system) {
        boolean[] used = new boolean[system.size()];
        for (SystemToponym s : system) {
            predicted++;
            if (gold.stream().anyMatch(s::overlaps)) {
                predictedOnGold++;
            }
        }
        for (GoldToponym g : gold) {
            if (g.point().isEmpty()) {
                continue;
            }
            Tally group = groups.computeIfAbsent(g.group(), k -> new Tally());
            all.gold++;
            group.gold++;
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                if (!used[i]
                        && system.get(i).overlaps(g)
                        && (best < 0
                                || system.get(i).overlap(g) > system.get(best).overlap(g))) {
                    best = i;
                }
            }
            if (best < 0) {
                listed.add(new Error(article, g, Optional.empty(), 0));
                continue;
            }
            used[best] = true;
            SystemToponym s = system.get(best);
            double error = g.point().get().km(s.point());
            boolean sameId = g.geonameId().isPresent() && g.geonameId().getAsLong() == s.geonameId();
            if (error >= ACCURACY_KM && !sameId) {
                listed.add(new Error(article, g, Optional.of(s), error));
            }
            for (Tally t : List.of(all, group)) {
                t.errors.add(error);
                if (g.geonameId().isPresent()) {
                    t.withId++;
                    if (sameId) {
                        t.sameId++;
                    }
                }
                if (error < ACCURACY_KM || sameId) {
                    t.rightOrSameId++;
                }
            }
        }
    }

    /**
     * Area under the curve of the sorted ln(1 + error km), trapezoids of unit width, divided by its largest
     * possible value, (n − 1) × ln(20,039) (as Gritta et al.'s code does); 0 when nothing was geocoded.
     */
    static double auc(List<Double> errors) {
        if (errors.isEmpty()) {
            return 0;
        }
        List<Double> y = new ArrayList<>();
        for (double e : errors) {
            y.add(Math.log(1 + Math.min(e, MAX_ERROR_KM)));
        }
        Collections.sort(y);
        if (y.size() == 1) {
            return y.get(0) / Math.log(MAX_ERROR_KM);
        }
        double area = 0;
        for (int i = 1; i < y.size(); i++) {
            area += (y.get(i - 1) + y.get(i)) / 2;
        }
        return area / ((y.size() - 1) * Math.log(MAX_ERROR_KM));
    }

    Tally all() {
        return all;
    }

    Map<String, Tally> groups() {
        return groups;
    }

    int predicted() {
        return predicted;
    }

    int predictedOnGold() {
        return predictedOnGold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) predictedOnGold / predicted;
    }

    public double recall() {
        return all.recall();
    }

    public double accuracy() {
        return all.accuracy();
    }

    /** A table for a person: one row for all toponyms, one per feature group. */
    public String format(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("%-9s %6s %6s %7s %7s %9s %9s %6s %7s %10s%n"
                .formatted(
                        "group",
                        "gold",
                        "found",
                        "recall",
                        "acc@161",
                        "mean km",
                        "median km",
                        "AUC",
                        "same id",
                        "161|same id"));
        row(out, "all", all);
        groups.forEach((name, t) -> row(out, name, t));
        out.append("precision: %d of %d Sitrep places overlap a gold toponym (%.1f%%)%n"
                .formatted(predictedOnGold, predicted, 100 * precision()));
        return out.toString();
    }

    /**
     * The misses and the far errors, one a line, by group, misses first, then errors by distance: for finding the
     * biggest classes of error.
     */
    public String errors() {
        StringBuilder out = new StringBuilder();
        listed.stream()
                .sorted(Comparator.comparing((Error e) -> e.gold().group())
                        .thenComparing(e -> e.system().isPresent())
                        .thenComparingDouble(e -> -e.km()))
                .forEach(e -> out.append("%s\t%s\t%s\t%s\t%s%n"
                        .formatted(
                                e.gold().group(),
                                e.article(),
                                e.gold().phrase(),
                                e.system().isEmpty() ? "MISSED" : "%.0f km".formatted(e.km()),
                                e.system().map(SystemToponym::label).orElse(""))));
        return out.toString();
    }

    List<Error> listed() {
        return List.copyOf(listed);
    }

    private static void row(StringBuilder out, String name, Tally t) {
        out.append("%-9s %6d %6d %6.1f%% %6.1f%% %9.0f %9.0f %6.3f %7s %9.1f%%%n"
                .formatted(
                        name,
                        t.gold,
                        t.errors.size(),
                        100 * t.recall(),
                        100 * t.accuracy(),
                        t.mean(),
                        t.median(),
                        t.auc(),
                        t.withId == 0 ? "-" : "%.1f%%".formatted(100 * t.sameIdRate()),
                        100 * t.accuracyOrSameId()));
    }
}

package org.sitrep.eval;

import java.util.Map;
import java.util.TreeMap;

/** Formats a {@link ClassificationScorer} as a plain-text table. */
public final class ClassificationReport {
    private ClassificationReport() {}

    public static String format(String title, ClassificationScorer s, boolean verbose) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("accuracy %.1f  (%d of %d snippets; %d with no prediction)%n%n"
                .formatted(100 * s.accuracy(), Math.round(s.accuracy() * s.total()), s.total(), s.none()));
        out.append("%-30s %6s %6s %6s%n".formatted("average over " + s.byLabel().size() + " labels", "P", "R", "F1"));
        Counts micro = s.micro();
        out.append("%-30s %6.1f %6.1f %6.1f%n"
                .formatted("micro", 100 * micro.precision(), 100 * micro.recall(), 100 * micro.f1()));
        row(out, "macro", s.macro());
        row(out, "weighted", s.weighted());
        if (!s.unknownPredicted().isEmpty()) {
            out.append("\npredicted labels outside the label set (scored as none): ")
                    .append(new TreeMap<>(s.unknownPredicted()))
                    .append('\n');
        }
        if (!s.unknownGold().isEmpty()) {
            out.append("\ngold labels outside the label set: ")
                    .append(new TreeMap<>(s.unknownGold()))
                    .append('\n');
        }
        if (verbose) {
            out.append("\n%-30s %6s %6s %6s %6s %6s %6s%n".formatted("label", "P", "R", "F1", "right", "pred", "gold"));
            s.byLabel().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Counts c = e.getValue();
                out.append("%-30s %6.1f %6.1f %6.1f %6d %6d %6d%n"
                        .formatted(
                                e.getKey(),
                                100 * c.precision(),
                                100 * c.recall(),
                                100 * c.f1(),
                                c.correct(),
                                c.predicted(),
                                c.gold()));
            });
            out.append("\nmost frequent errors (gold -> predicted):\n");
            s.confusions().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(15)
                    .forEach(e -> out.append("  %4d  %s%n".formatted(e.getValue(), e.getKey())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, ClassificationScorer.Averages a) {
        out.append("%-30s %6.1f %6.1f %6.1f%n".formatted(name, 100 * a.precision(), 100 * a.recall(), 100 * a.f1()));
    }
}

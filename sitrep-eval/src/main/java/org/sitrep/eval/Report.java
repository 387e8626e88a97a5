package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Formats a finished evaluation as a plain-text table. */
public final class Report {
    private final KairosMapping mapping;

    public Report(KairosMapping mapping) {
        this.mapping = mapping;
    }

    public String format(
            String title, Scorer scorer, int docs, int failed, double seconds, List<Gold.Doc> gold, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append("%s: %d docs (%d failed), %.1f s extraction%n%n".formatted(title, docs, failed, seconds));
        table(out, "all gold types", scorer.all());
        out.append('\n');
        table(out, "mappable types only", scorer.mappable());
        if (verbose) {
            out.append("\nPer gold KAIROS type (recall with the right type / role):\n");
            out.append("%-55s %-9s %6s %6s %6s  %5s %5s %6s%n"
                    .formatted("kairos type", "sitrep", "trig", "found", "R", "args", "found", "R"));
            scorer.byGoldType().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        Scorer.TypeRow r = e.getValue();
                        out.append("%-55s %-9s %6d %6d %6.1f  %5d %5d %6.1f%n"
                                .formatted(
                                        e.getKey(),
                                        mapping.sitrepType(e.getKey()).orElse("-"),
                                        r.triggers(),
                                        r.triggersCorrect(),
                                        pct(r.triggersCorrect(), r.triggers()),
                                        r.args(),
                                        r.argsCorrect(),
                                        pct(r.argsCorrect(), r.args())));
                    });
            out.append("\nPer predicted Sitrep type (precision with the right type / role):\n");
            out.append("%-16s %6s %6s %6s  %5s %5s %6s%n"
                    .formatted("sitrep type", "trig", "right", "P", "args", "right", "P"));
            scorer.byPredictedType().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        Scorer.TypeRow r = e.getValue();
                        out.append("%-16s %6d %6d %6.1f  %5d %5d %6.1f%n"
                                .formatted(
                                        e.getKey(),
                                        r.triggers(),
                                        r.triggersCorrect(),
                                        pct(r.triggersCorrect(), r.triggers()),
                                        r.args(),
                                        r.argsCorrect(),
                                        pct(r.argsCorrect(), r.args())));
                    });
        }
        out.append("\nKAIROS types Sitrep cannot produce (gold mentions in this split):\n");
        Map<String, Integer> counts = new TreeMap<>();
        mapping.kairosTypes().stream()
                .filter(k -> mapping.sitrepType(k).isEmpty())
                .forEach(k -> counts.put(k, 0));
        gold.forEach(d -> d.events().stream()
                .filter(e -> mapping.sitrepType(e.kairosType()).isEmpty())
                .forEach(e -> counts.merge(e.kairosType(), 1, Integer::sum)));
        counts.forEach((k, n) -> out.append(
                "  %-55s %4d%s%n".formatted(k, n, mapping.covers(k) ? "" : "  (not in kairos-mapping.tsv)")));
        return out.toString();
    }

    private static void table(StringBuilder out, String scope, Map<Scorer.Metric, Counts> counts) {
        out.append("%-16s %6s %6s %6s  %7s %7s %7s   (%s)%n"
                .formatted("metric", "P", "R", "F1", "correct", "pred", "gold", scope));
        for (Scorer.Metric m : Scorer.Metric.values()) {
            Counts c = counts.get(m);
            out.append("%-16s %6.1f %6.1f %6.1f  %7d %7d %7d%n"
                    .formatted(
                            m.name().toLowerCase().replace('_', '-'),
                            100 * c.precision(),
                            100 * c.recall(),
                            100 * c.f1(),
                            c.correct(),
                            c.predicted(),
                            c.gold()));
        }
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}

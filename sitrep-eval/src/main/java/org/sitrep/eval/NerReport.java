package org.sitrep.eval;

import java.util.Set;
import java.util.TreeSet;

/** Two NER systems' conlleval-style scores side by side. */
public final class NerReport {
    private NerReport() {}

    public static String format(String title, String leftName, NerScorer left, String rightName, NerScorer right) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append("%-24s %-40s   %-40s%n".formatted("", centre(leftName, 40), centre(rightName, 40)));
        String half = "%6s %6s %6s %6s %6s %6s";
        out.append(("%-24s " + half + "   " + half + "%n")
                .formatted("type", "P", "R", "F1", "right", "pred", "gold", "P", "R", "F1", "right", "pred", "gold"));
        Set<String> types = new TreeSet<>(left.byType().keySet());
        types.addAll(right.byType().keySet());
        for (String type : types) {
            row(
                    out,
                    type,
                    left.byType().getOrDefault(type, Counts.ZERO),
                    right.byType().getOrDefault(type, Counts.ZERO));
        }
        row(out, "overall", left.overall(), right.overall());
        row(out, "span only, type ignored", left.spansOnly(), right.spansOnly());
        out.append(
                "\nExact span + type match (conlleval); 'right' = exact matches. Off token boundaries (counted wrong): ");
        out.append("%s %d, %s %d.%n".formatted(leftName, left.unaligned(), rightName, right.unaligned()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Counts a, Counts b) {
        out.append("%-24s %s   %s%n".formatted(name, cells(a), cells(b)));
    }

    private static String cells(Counts c) {
        return "%6.1f %6.1f %6.1f %6d %6d %6d"
                .formatted(100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.correct(), c.predicted(), c.gold());
    }

    private static String centre(String s, int width) {
        int pad = Math.max(0, (width - s.length()) / 2);
        return " ".repeat(pad) + s;
    }
}

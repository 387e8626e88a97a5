package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text (and Markdown-friendly) tables of {@link RunResult}s and {@link StageTimes.Share}s. */
public final class SpeedTable {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private SpeedTable() {}

    /** One row per run, then, when there are two, a row of ratios first/second. */
    public static String runs(List<RunResult> runs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "system",
                "docs",
                "failed",
                "tokens",
                "start-up s",
                "seconds",
                "docs/s",
                "tokens/s",
                "CPU s",
                "docs/CPU-s",
                "peak heap",
                "sampled max",
                "live heap",
                "events/doc"));
        for (RunResult r : runs) {
            rows.add(List.of(
                    r.system(),
                    Integer.toString(r.docs()),
                    Integer.toString(r.failed()),
                    Long.toString(r.tokens()),
                    fixed(r.startupSeconds(), 1),
                    fixed(r.seconds(), 1),
                    fixed(r.docsPerSecond(), 2),
                    fixed(r.tokensPerSecond(), 0),
                    fixed(r.cpuSeconds(), 1),
                    fixed(r.docsPerCpuSecond(), 2),
                    gib(r.heap().peak()),
                    gib(r.heap().sampledMax()),
                    gib(r.heap().live()),
                    r.eventsPerDocument().isPresent()
                            ? fixed(r.eventsPerDocument().getAsDouble(), 1)
                            : "-"));
        }
        if (runs.size() == 2) {
            RunResult a = runs.get(0);
            RunResult b = runs.get(1);
            rows.add(List.of(
                    a.system() + "/" + b.system(),
                    "",
                    "",
                    "",
                    ratio(a.startupSeconds(), b.startupSeconds()),
                    ratio(a.seconds(), b.seconds()),
                    ratio(a.docsPerSecond(), b.docsPerSecond()),
                    ratio(a.tokensPerSecond(), b.tokensPerSecond()),
                    ratio(a.cpuSeconds(), b.cpuSeconds()),
                    ratio(a.docsPerCpuSecond(), b.docsPerCpuSecond()),
                    ratio(a.heap().peak(), b.heap().peak()),
                    ratio(a.heap().sampledMax(), b.heap().sampledMax()),
                    ratio(a.heap().live(), b.heap().live()),
                    ""));
        }
        return markdown(rows);
    }

    /** Stage, thread-seconds, share of all stage time, milliseconds per document. */
    public static String stages(List<StageTimes.Share> shares) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("stage", "thread-seconds", "share", "ms/doc"));
        for (StageTimes.Share s : shares) {
            rows.add(List.of(
                    s.stage(),
                    fixed(s.seconds(), 2),
                    fixed(100 * s.fraction(), 1) + "%",
                    fixed(s.millisPerDocument(), 1)));
        }
        return markdown(rows);
    }

    static String markdown(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            if (row.size() != columns) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + columns);
            }
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), width, r == 0);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    rule.add(c == 0 ? "-".repeat(width[c]) : "-".repeat(width[c] - 1) + ":");
                }
                line(out, rule, width, false);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean header) {
        out.append('|');
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            out.append(' ').append(c == 0 ? cell + pad : pad + cell).append(" |");
        }
        out.append('\n');
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String gib(long bytes) {
        return fixed(bytes / GIB, 2) + " GiB";
    }

    static String ratio(double a, double b) {
        return b == 0 ? "-" : fixed(a / b, 2) + "x";
    }
}

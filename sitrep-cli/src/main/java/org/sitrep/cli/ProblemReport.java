package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Problem;
import org.sitrep.output.TerminalText;

/** The report on stderr after a batch: the inputs that gave no article, grouped by error code. */
final class ProblemReport {
    private ProblemReport() {}

    static void print(List<Problem> problems, int total) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, List<Problem>> byCode = new TreeMap<>();
        problems.forEach(
                p -> byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p));
        System.err.printf("sitrep: %d of %d documents had problems:%n", problems.size(), total);
        byCode.forEach((code, list) -> {
            System.err.printf("  %s (%d)%n", code, list.size());
            list.forEach(p ->
                    System.err.printf("    %s: %s%n", TerminalText.safe(p.source()), TerminalText.safe(p.message())));
        });
    }

    /** Parts of the input passed over on purpose (a web archive's records that hold no article): not problems. */
    static void notes(List<Problem> notes) {
        notes.forEach(n -> System.err.printf(
                "sitrep: note: %s: %s%n", TerminalText.safe(n.source()), TerminalText.safe(n.message())));
    }
}

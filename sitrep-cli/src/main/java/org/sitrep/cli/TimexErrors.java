package org.sitrep.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.eval.timex.TimeMlDoc;
import org.sitrep.eval.timex.TimexScorer;
import org.sitrep.eval.timex.TimexSpan;

/** The mismatches of one document on standard error, one a line, for {@code eval timex --errors}. */
final class TimexErrors {
    private TimexErrors() {}

    static void print(TimeMlDoc d, List<TimexSpan> predicted, List<TimexScorer.Match> matches) {
        Set<TimexSpan> matchedGold = new HashSet<>();
        Set<TimexSpan> matchedPredicted = new HashSet<>();
        for (TimexScorer.Match m : matches) {
            matchedGold.add(m.gold());
            matchedPredicted.add(m.predicted());
            if (!m.predicted().value().equals(m.gold().value())) {
                System.err.printf(
                        "VALUE\t%s\t%s\t%s\t%s\t%s\t%s%n",
                        d.id(),
                        d.dct(),
                        text(d, m.gold()),
                        m.gold().value().orElse("-"),
                        text(d, m.predicted()),
                        m.predicted().value().orElse("-"));
            }
        }
        for (TimexSpan g : d.timexes()) {
            if (!matchedGold.contains(g)) {
                System.err.printf(
                        "MISSED\t%s\t%s\t%s\t%s\t%s%n",
                        d.id(), d.dct(), text(d, g), g.type(), g.value().orElse("-"));
            }
        }
        for (TimexSpan p : predicted) {
            if (!matchedPredicted.contains(p)) {
                System.err.printf(
                        "SPURIOUS\t%s\t%s\t%s\t%s\t%s%n",
                        d.id(), d.dct(), text(d, p), p.type(), p.value().orElse("-"));
            }
        }
    }

    private static String text(TimeMlDoc d, TimexSpan s) {
        return d.text().substring(s.start(), s.end()).replace('\n', ' ');
    }
}

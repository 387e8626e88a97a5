package org.sitrep.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.eval.timex.EventTimeScorer;
import org.sitrep.eval.timex.GoldEventTime;
import org.sitrep.eval.timex.TimeMlDoc;
import org.sitrep.eval.timex.TimexScorer;
import org.sitrep.eval.timex.TimexSpan;

/** The mismatches of one document on standard error, one a line, for {@code eval timex --errors}. */
final class TimexErrors {
    /** Characters of text shown on each side of an event's trigger. */
    private static final int CONTEXT = 100;

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

    /** Each event found with another time than the gold one: its trigger, gold and Sitrep's values, the rule, the context. */
    static void printEventTimes(TimeMlDoc d, List<EventTimeScorer.Miss> misses) {
        for (EventTimeScorer.Miss m : misses) {
            GoldEventTime g = m.gold();
            int from = Math.max(0, g.start() - CONTEXT);
            int to = Math.min(d.text().length(), g.end() + CONTEXT);
            System.err.printf(
                    "EVENT\t%s\t%s\t%s\t%s\t%s\t%s\t%s[%s]%s%n",
                    d.id(),
                    d.dct(),
                    d.text().substring(g.start(), g.end()),
                    g.value(),
                    m.predicted().value().orElse("-"),
                    m.predicted().rule(),
                    d.text().substring(from, g.start()).replace('\n', ' '),
                    d.text().substring(g.start(), g.end()),
                    d.text().substring(g.end(), to).replace('\n', ' '));
        }
    }

    private static String text(TimeMlDoc d, TimexSpan s) {
        return d.text().substring(s.start(), s.end()).replace('\n', ' ');
    }
}

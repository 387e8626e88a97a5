package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Which trigger a phrase (a time, a place) hangs from in the parse, within a few arcs. */
final class Anchors {
    private static final int MAX_HOPS = 3;

    private Anchors() {
    }

    /** The head token of the trigger that the span's words attach to, or -1 (also when unparsed). */
    static int owner(Sentence s, CharSpan span, List<Trigger> triggers) {
        if (!s.isParsed()) {
            return -1;
        }
        for (int token = 0; token < s.tokens().size(); token++) {
            if (!span.contains(s.tokens().get(token).span())) {
                continue;
            }
            int node = token;
            for (int hop = 0; hop < MAX_HOPS && node >= 0; hop++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty()) {
                    break;
                }
                node = up.get().governor();
                for (Trigger t : triggers) {
                    if (t.head() == node) {
                        return node;
                    }
                }
            }
        }
        return -1;
    }
}

package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Which trigger a phrase (a time, a place) hangs from in the parse, within a few arcs. */
final class Anchors {
    private static final int MAX_HOPS = 3;

    private Anchors() {}

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
                if (up.isEmpty() || isClauseBoundary(up.get().relation())) {
                    break; // a time in a complement clause does not date the clause above it
                }
                node = up.get().governor();
                int owner = triggerAt(s, node, triggers);
                if (owner >= 0) {
                    return owner;
                }
            }
        }
        return -1;
    }

    /** The trigger headed by node, or carried by node as a support verb ("launch an offensive next month"). */
    private static int triggerAt(Sentence s, int node, List<Trigger> triggers) {
        if (node < 0) {
            return -1;
        }
        for (Trigger t : triggers) {
            if (t.head() == node) {
                return node;
            }
        }
        for (Dependency d : s.dependentsOf(node)) {
            if (d.relation().equals("obj") || d.relation().startsWith("obl")) {
                for (Trigger t : triggers) {
                    if (t.head() == d.dependent() && !t.isVerbal()) {
                        return t.head();
                    }
                }
            }
        }
        return -1;
    }

    private static boolean isClauseBoundary(String relation) {
        return relation.startsWith("ccomp")
                || relation.startsWith("conj")
                || relation.startsWith("parataxis")
                || relation.startsWith("advcl")
                || relation.startsWith("acl:relcl");
    }
}

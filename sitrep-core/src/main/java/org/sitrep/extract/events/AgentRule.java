package org.sitrep.extract.events;

import java.util.Locale;
import org.sitrep.extract.lexicon.AgentRefinements;
import org.sitrep.model.Argument;
import org.sitrep.model.Role;

/**
 * Event types that the agent decides (agent-refinements.tsv, read by {@link AgentRefinements}): bombs dropped by
 * jets are air strikes, looting by rioters is a riot.
 */
final class AgentRule {
    private final AgentRefinements refinements;

    AgentRule(AgentRefinements refinements) {
        this.refinements = refinements;
    }

    /** The draft retyped by the first row whose agent word it has, else unchanged. */
    Draft refine(Draft d) {
        for (AgentRefinements.Refinement row : refinements.rows()) {
            if (!row.from().contains(d.type())) {
                continue;
            }
            for (Argument a : d.arguments()) {
                if (a.role() == Role.AGENT || a.role() == Role.INSTRUMENT) {
                    String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
                    if (row.agents().contains(words[words.length - 1])) {
                        return d.withType(row.to());
                    }
                }
            }
        }
        return d;
    }
}

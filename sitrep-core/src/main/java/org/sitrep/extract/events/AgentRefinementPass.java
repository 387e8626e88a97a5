package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "agent-refinement": event types the agent decides (agent-refinements.tsv): bombs dropped by jets
 * are air strikes, looting by rioters is a riot ({@link AgentRule}).
 */
final class AgentRefinementPass extends DraftPass {
    private final AgentRule rule;

    AgentRefinementPass(AgentRule rule) {
        super("agent-refinement", Set.of(Part.DRAFTS));
        this.rule = rule;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        return rule::refine;
    }
}

package org.sitrep.extract.events;

import java.util.Set;

/**
 * "context-place": an event whose sentence names no place happened where the nearest earlier event of
 * the paragraph (same or previous sentence) with a participant in common did, and deaths and injuries
 * without a doer where the attack or disaster before them did (rule "context"). It runs after coreference:
 * an event that another of its mentions gave a place keeps that place. See {@link Discourse#placeFromContext}.
 */
final class ContextPlacePass extends EventPass {
    private final Set<String> outcomes;
    private final Set<String> causes;

    /**
     * @param outcomes the ontology's "outcome" family (deaths, injuries)
     * @param causes   what causes them: the "attack" and "hazard" families
     */
    ContextPlacePass(Set<String> outcomes, Set<String> causes) {
        super("context-place", Set.of(Part.DRAFTS), Set.of());
        this.outcomes = Set.copyOf(outcomes);
        this.causes = Set.copyOf(causes);
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(Discourse.placeFromContext(drafts.drafts(), drafts.document(), outcomes, causes));
    }
}

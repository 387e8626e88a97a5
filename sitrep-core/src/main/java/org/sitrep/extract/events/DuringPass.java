package org.sitrep.extract.events;

import java.util.Set;

/**
 * "during": "They also abducted officers during the raid": the raid is the attack of the previous
 * sentences, not a new event; it goes, and its sentence's events take that attack's place and time
 * (rule "during"). See {@link Discourse#inheritFromDuring}.
 */
final class DuringPass extends EventPass {
    private final Set<String> armedOperations;

    /** @param armedOperations the ontology's "armed-operation" family: what "during the raid" may refer to */
    DuringPass(Set<String> armedOperations) {
        super("during", Set.of(Part.DRAFTS), Set.of());
        this.armedOperations = armedOperations;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(Discourse.inheritFromDuring(drafts.drafts(), armedOperations));
    }
}

package org.sitrep.extract.events;

import java.util.Set;

/**
 * "context-place": an event whose sentence names no place happened where the nearest earlier event of
 * the paragraph (same or previous sentence) with a participant in common did (rule "context"). It
 * runs after coreference: an event that another of its mentions gave a place keeps that place. See
 * {@link Discourse#placeFromContext}.
 */
final class ContextPlacePass extends EventPass {
    ContextPlacePass() {
        super("context-place", Set.of(Part.DRAFTS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(Discourse.placeFromContext(drafts.drafts(), drafts.document()));
    }
}

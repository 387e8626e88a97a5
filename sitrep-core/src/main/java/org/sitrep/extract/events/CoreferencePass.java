package org.sitrep.extract.events;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;

/**
 * "coreference": drafts of one type with a participant in common and no contradiction are one event
 * with several mentions ({@link EventMerger}). Entities the article names with a plural noun
 * ("servicemen", "officers") may be different patients of one event.
 */
final class CoreferencePass extends EventPass {
    CoreferencePass() {
        super("coreference", Set.of(Part.DRAFTS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.withDrafts(new EventMerger(pluralEntities(drafts.document())).merge(drafts.drafts()));
    }

    /** Entities with a mention whose head is a plural noun (NNS, NNPS). */
    static Set<String> pluralEntities(Document document) {
        Set<String> plural = new HashSet<>();
        for (Entity entity : document.entities()) {
            for (EntityMention m : entity.mentions()) {
                Sentence s = document.sentences().get(m.sentenceIndex());
                int head = s.tokenAt(m.head().begin());
                if (head >= 0 && s.tokens().get(head).partOfSpeech().matches("NNP?S")) {
                    plural.add(entity.id());
                }
            }
        }
        return plural;
    }
}

package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Sentence;

/**
 * "triggers": the lexicon's triggers, sentence by sentence in text order. Where entries overlap the
 * longest wins, then one whose required object is there, then the weightier ({@link TriggerFinder}).
 */
final class TriggersPass extends EventPass {
    private final TriggerFinder finder;
    private final EventWords words;

    TriggersPass(TriggerFinder finder, EventWords words) {
        super("triggers", Set.of(), Set.of(Part.TRIGGERS));
        this.finder = finder;
        this.words = words;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        Fillers fillers = new Fillers(drafts.document(), words);
        List<Trigger> found = new ArrayList<>();
        for (Sentence sentence : drafts.document().sentences()) {
            found.addAll(finder.find(sentence, fillers::typeAt));
        }
        return drafts.withTriggers(found);
    }
}

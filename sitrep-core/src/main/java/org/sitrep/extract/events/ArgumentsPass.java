package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "arguments": one draft per candidate trigger, with the participants the parse gives it as its
 * lexicon entry maps them ({@link ArgumentFinder}); none in an unparsed sentence. Replaces any
 * drafts there were.
 */
final class ArgumentsPass extends EventPass {
    private final EventWords words;

    ArgumentsPass(EventWords words) {
        super("arguments", Set.of(Part.TRIGGERS), Set.of(Part.DRAFTS));
        this.words = words;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        ArgumentFinder finder = new ArgumentFinder(new Fillers(drafts.document(), words), words);
        List<Draft> result = new ArrayList<>();
        for (Trigger t : drafts.triggers()) {
            result.add(Draft.of(t, finder.find(t, drafts.triggersIn(t.sentence()))));
        }
        return drafts.withDrafts(result);
    }
}

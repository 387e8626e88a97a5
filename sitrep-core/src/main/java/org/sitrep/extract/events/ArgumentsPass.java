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
    private final Set<String> accusations;

    /** @param accusations the ontology's "accusation" family (see {@link ArgumentFinder}) */
    ArgumentsPass(EventWords words, Set<String> accusations) {
        super("arguments", Set.of(Part.TRIGGERS), Set.of(Part.DRAFTS));
        this.words = words;
        this.accusations = accusations;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        ArgumentFinder finder = new ArgumentFinder(new Fillers(drafts.document(), words), words, accusations);
        List<Draft> result = new ArrayList<>();
        for (Trigger t : drafts.triggers()) {
            result.add(Draft.of(t, finder.find(t, drafts.triggersIn(t.sentence()))));
        }
        return drafts.withDrafts(result);
    }
}

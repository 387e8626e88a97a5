package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Document;

/**
 * "given-triggers": triggers named from outside the stage (by an evaluation that scores arguments
 * alone) instead of found ones, in the order given. Each takes its lexicon entry of the given type
 * when the lemma has one, else a generic entry (subject agent, object patient); a span outside
 * every sentence gives none.
 */
final class GivenTriggersPass extends EventPass {
    private final TriggerFinder finder;
    private final Function<Document, List<GivenTrigger>> given;

    /** @param given the triggers of a document; called once per document, from any thread */
    GivenTriggersPass(TriggerFinder finder, Function<Document, List<GivenTrigger>> given) {
        super("given-triggers", Set.of(), Set.of(Part.TRIGGERS));
        this.finder = finder;
        this.given = given;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        List<Trigger> triggers = new ArrayList<>();
        for (GivenTrigger g : given.apply(drafts.document())) {
            finder.at(drafts.document(), g.span(), g.type()).ifPresent(triggers::add);
        }
        return drafts.withTriggers(triggers);
    }
}

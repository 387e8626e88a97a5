package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Dependency;

/**
 * "nested-triggers": a verb and a noun trigger of one type joined by an arc report one event:
 * "engaged in fighting" (the noun carries it), "fired a missile" and "the hostages were kidnapped"
 * (the verb does). The less reliable trigger goes; on a tie the verb, when the noun is its object or
 * oblique.
 */
final class NestedTriggersPass extends EventPass {
    NestedTriggersPass() {
        super("nested-triggers", Set.of(Part.TRIGGERS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.keepTriggers(NestedTriggersPass::withoutNestedTriggers);
    }

    /** @param found the triggers of one sentence */
    static List<Trigger> withoutNestedTriggers(List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found);
        for (Trigger verb : found) {
            for (Trigger noun : found) {
                if (verb == noun
                        || !verb.isVerbal()
                        || noun.isVerbal()
                        || !noun.type().equals(verb.type())) {
                    continue;
                }
                Optional<Dependency> arc = noun.sentence().headOf(noun.head()).filter(d -> d.governor() == verb.head());
                if (arc.isEmpty()) {
                    continue;
                }
                boolean carried = arc.get().relation().equals("obj")
                        || arc.get().relation().startsWith("obl");
                double difference = verb.entry().weight() - noun.entry().weight();
                result.remove(difference < 0 || difference == 0 && carried ? verb : noun);
            }
        }
        return result;
    }
}

package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "hazard-verbs": "An earthquake struck the region", "the blaze hit the market": the hazard noun is
 * the event, and the assault verb whose subject it is reports what the hazard did, not an attack.
 */
final class HazardVerbsPass extends EventPass {
    HazardVerbsPass() {
        super("hazard-verbs", Set.of(Part.TRIGGERS), Set.of());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.keepTriggers(HazardVerbsPass::withoutHazardVerbs);
    }

    /** @param found the triggers of one sentence */
    static List<Trigger> withoutHazardVerbs(List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found);
        for (Trigger hazard : found) {
            if (hazard.isVerbal() || !EventStage.HAZARDS.contains(hazard.type())) {
                continue;
            }
            hazard.sentence().headOf(hazard.head())
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("nsubj"))
                    .ifPresent(d -> result.removeIf(o -> o.isVerbal() && o.head() == d.governor() && Causes.ATTACKS.contains(o.type())));
        }
        return result;
    }
}

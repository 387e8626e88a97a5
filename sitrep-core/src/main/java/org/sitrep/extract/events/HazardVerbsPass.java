package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "hazard-verbs": "An earthquake struck the region", "the blaze hit the market": the hazard noun is
 * the event, and the assault verb whose subject it is reports what the hazard did, not an attack.
 */
final class HazardVerbsPass extends EventPass {
    private final Set<String> hazards;
    private final Set<String> attacks;

    /** @param hazards the ontology's "hazard" family, {@code attacks} its "attack" family */
    HazardVerbsPass(Set<String> hazards, Set<String> attacks) {
        super("hazard-verbs", Set.of(Part.TRIGGERS), Set.of());
        this.hazards = hazards;
        this.attacks = attacks;
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        return drafts.keepTriggers(this::withoutHazardVerbs);
    }

    /** @param found the triggers of one sentence */
    List<Trigger> withoutHazardVerbs(List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found);
        for (Trigger hazard : found) {
            if (hazard.isVerbal() || !hazards.contains(hazard.type())) {
                continue;
            }
            hazard.sentence()
                    .headOf(hazard.head())
                    .filter(d -> d.governor() >= 0 && d.relation().startsWith("nsubj"))
                    .ifPresent(d -> result.removeIf(
                            o -> o.isVerbal() && o.head() == d.governor() && attacks.contains(o.type())));
        }
        return result;
    }
}

package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "event-arguments": a participant that is itself another trigger of the sentence is no participant
 * ("negotiations collapsed"), except an attack as agent, which becomes the instrument and lends its
 * own agent ("air strikes by the coalition killed 12": the coalition killed). See {@link Causes}.
 */
final class EventArgumentsPass extends DraftPass {
    private final EventWords words;
    private final Set<String> attacks;

    /** @param attacks the ontology's "attack" family: an attack as agent becomes the instrument */
    EventArgumentsPass(EventWords words, Set<String> attacks) {
        super("event-arguments", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.words = words;
        this.attacks = attacks;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        ArgumentFinder finder = new ArgumentFinder(new Fillers(drafts.document(), words), words);
        return d -> d.withArguments(Causes.withoutEventArguments(
                d.trigger(), d.arguments(), drafts.triggersIn(d.trigger().sentence()), finder, attacks));
    }
}

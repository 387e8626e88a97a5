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
    private final Set<String> accusations;

    /**
     * @param attacks the ontology's "attack" family: an attack as agent becomes the instrument
     * @param accusations the ontology's "accusation" family (see {@link ArgumentFinder})
     */
    EventArgumentsPass(EventWords words, Set<String> attacks, Set<String> accusations) {
        super("event-arguments", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.words = words;
        this.attacks = attacks;
        this.accusations = accusations;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        ArgumentFinder finder = new ArgumentFinder(new Fillers(drafts.document(), words), words, accusations);
        return d -> d.withArguments(Causes.withoutEventArguments(
                d.trigger(), d.arguments(), drafts.triggersIn(d.trigger().sentence()), finder, attacks));
    }
}

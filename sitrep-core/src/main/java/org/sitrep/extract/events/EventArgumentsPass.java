package org.sitrep.extract.events;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * "event-arguments": a participant that is itself another trigger of the sentence is no participant
 * ("negotiations collapsed"), except an attack as agent, which becomes the instrument and lends its
 * own agent ("air strikes by the coalition killed 12": the coalition killed). See {@link Causes}.
 */
final class EventArgumentsPass extends DraftPass {
    private final SupportVerbs supportVerbs;

    EventArgumentsPass(SupportVerbs supportVerbs) {
        super("event-arguments", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.supportVerbs = supportVerbs;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        ArgumentFinder finder = new ArgumentFinder(new Fillers(drafts.document()), supportVerbs);
        return d -> d.withArguments(Causes.withoutEventArguments(d.trigger(), d.arguments(),
                drafts.triggersIn(d.trigger().sentence()), finder));
    }
}

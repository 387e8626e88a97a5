package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Argument;
import org.sitrep.model.Role;

/**
 * Arguments that are themselves events. "Air strikes by the coalition killed 12 people": the
 * strikes are the killing's instrument and the coalition its agent. "Negotiations collapsed":
 * an event is no participant, so the argument goes.
 */
final class Causes {
    private Causes() {}

    /** @param attacks the ontology's "attack" family: the types of armed violence */
    static List<Argument> withoutEventArguments(
            Trigger trigger,
            List<Argument> args,
            List<Trigger> sameSentence,
            ArgumentFinder finder,
            Set<String> attacks) {
        List<Argument> result = new ArrayList<>();
        for (Argument a : args) {
            if (a.span().overlaps(trigger.span())) {
                continue; // a trigger is not its own participant
            }
            Trigger event = eventIn(a, trigger, sameSentence);
            if (event == null) {
                result.add(a);
            } else if (a.role() == Role.AGENT && attacks.contains(event.type())) {
                result.add(new Argument(Role.INSTRUMENT, a.span(), a.text(), a.entityId()));
                for (Argument cause : finder.find(event, sameSentence)) {
                    if (cause.role() == Role.AGENT) {
                        result.add(cause);
                    }
                }
            }
        }
        return result;
    }

    private static Trigger eventIn(Argument a, Trigger self, List<Trigger> sameSentence) {
        for (Trigger t : sameSentence) {
            if (t != self && a.span().contains(t.span()) && a.entityId().isEmpty()) {
                return t;
            }
        }
        return null;
    }
}

package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Argument;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.model.Specificity;

/**
 * An event while the passes assemble it: one or more triggers (more after coreference) and what has
 * been found so far. Immutable: a pass that changes a draft returns a new one. Drafts are told apart
 * by their position in {@link EventDrafts#drafts()}, never by {@code equals}, which compares whole
 * sentences.
 *
 * @param type     the trigger's type until a rule retypes the event ("joined" by a soldier is DEFECT)
 * @param modality    ASSERTED until the modality pass has looked for cues
 * @param specificity SPECIFIC until the specificity pass has looked for cues
 */
record Draft(
        List<Trigger> triggers,
        String type,
        List<Argument> arguments,
        Modality modality,
        Specificity specificity,
        Optional<EventPlace> place,
        Optional<EventTime> time) {
    Draft {
        triggers = List.copyOf(triggers);
        requireNonNull(type, "type is null");
        arguments = List.copyOf(arguments);
        requireNonNull(modality, "modality is null");
        requireNonNull(specificity, "specificity is null");
        requireNonNull(place, "place is null");
        requireNonNull(time, "time is null");
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("a draft of type " + type + " has no trigger");
        }
    }

    /** A new event for one trigger, of the trigger's type, with nothing found beyond its arguments. */
    static Draft of(Trigger trigger, List<Argument> arguments) {
        return new Draft(
                List.of(trigger),
                trigger.type(),
                arguments,
                Modality.ASSERTED,
                Specificity.SPECIFIC,
                Optional.empty(),
                Optional.empty());
    }

    Trigger trigger() {
        return triggers.get(0);
    }

    Draft withTriggers(List<Trigger> value) {
        return new Draft(value, type, arguments, modality, specificity, place, time);
    }

    Draft withType(String value) {
        return new Draft(triggers, value, arguments, modality, specificity, place, time);
    }

    Draft withArguments(List<Argument> value) {
        return new Draft(triggers, type, value, modality, specificity, place, time);
    }

    Draft withModality(Modality value) {
        return new Draft(triggers, type, arguments, value, specificity, place, time);
    }

    Draft withSpecificity(Specificity value) {
        return new Draft(triggers, type, arguments, modality, value, place, time);
    }

    Draft withPlace(Optional<EventPlace> value) {
        return new Draft(triggers, type, arguments, modality, specificity, value, time);
    }

    Draft withTime(Optional<EventTime> value) {
        return new Draft(triggers, type, arguments, modality, specificity, place, value);
    }

    List<String> entities(Role role) {
        List<String> ids = new ArrayList<>();
        for (Argument a : arguments) {
            if (a.role() == role && a.entityId().isPresent()) {
                ids.add(a.entityId().get());
            }
        }
        return ids;
    }

    boolean hasTimeFromText() {
        return time.isPresent() && !time.get().rule().equals("published");
    }
}

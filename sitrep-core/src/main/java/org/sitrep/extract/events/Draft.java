package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Argument;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;

/**
 * An event while the stage assembles it: one or more triggers (after coreference) and what has been
 * found so far. Mutable and local to one document's run of {@link EventStage}.
 */
final class Draft {
    final List<Trigger> triggers = new ArrayList<>();
    final List<Argument> arguments = new ArrayList<>();
    String type;
    Modality modality;
    Optional<EventPlace> place = Optional.empty();
    Optional<EventTime> time = Optional.empty();

    Draft(Trigger trigger, List<Argument> arguments, Modality modality) {
        this.triggers.add(trigger);
        this.arguments.addAll(arguments);
        this.modality = modality;
        this.type = trigger.type();
    }

    Trigger trigger() {
        return triggers.get(0);
    }

    String type() {
        return type;
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

package org.sitrep.extract.events;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * "place": the event's place from its own sentence, rule "syntax" (a locative phrase on the trigger,
 * or a place that is its patient) or "sentence" (a place of the sentence that is no participant and
 * hangs from no other trigger). See {@link PlaceAttacher}; later passes borrow places from other events.
 */
final class PlacePass extends DraftPass {
    private final Function<String, Optional<String>> countryOf;

    /** @param countryOf ISO 3166-1 alpha-2 code of a country name */
    PlacePass(Function<String, Optional<String>> countryOf) {
        super("place", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.countryOf = countryOf;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        PlaceAttacher places = new PlaceAttacher(drafts.document(), new Fillers(drafts.document()), countryOf);
        return d -> d.withPlace(places.attach(d.trigger(), d.arguments(), drafts.triggersIn(d.trigger().sentence())));
    }
}

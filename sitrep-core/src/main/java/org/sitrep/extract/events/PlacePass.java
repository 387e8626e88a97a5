package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sitrep.model.Sentence;

/**
 * "place": the event's place from its own sentence, rule "syntax" (a locative phrase on the trigger,
 * or a place that is its patient) or "sentence" (a place of the sentence that is no participant and
 * hangs from no other trigger). See {@link PlaceAttacher}; later passes borrow places from other events.
 */
final class PlacePass extends DraftPass {
    private final Function<String, Optional<String>> countryOf;
    private final Set<String> placePatients;
    private final EventWords words;

    /**
     * @param countryOf     ISO 3166-1 alpha-2 code of a country name
     * @param placePatients the ontology's "place-patient" family: types whose patient may be the place
     */
    PlacePass(Function<String, Optional<String>> countryOf, Set<String> placePatients, EventWords words) {
        super("place", Set.of(Part.TRIGGERS, Part.DRAFTS));
        this.countryOf = countryOf;
        this.placePatients = placePatients;
        this.words = words;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        PlaceAttacher places = new PlaceAttacher(
                drafts.document(), new Fillers(drafts.document(), words), countryOf, placePatients, words);
        // a place hangs from the nearest trigger above it that is still an event: "ministers meeting in
        // Brussels imposed sanctions": the meeting is no event of its own, so Brussels is the sanctions' place
        Map<Sentence, List<Trigger>> events = new IdentityHashMap<>();
        for (Draft d : drafts.drafts()) {
            events.computeIfAbsent(d.trigger().sentence(), s -> new ArrayList<>())
                    .add(d.trigger());
        }
        return d -> d.withPlace(
                places.attach(d.trigger(), d.arguments(), events.get(d.trigger().sentence())));
    }
}

package org.sitrep.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Pipeline stage "coding": stores on every event its CAMEO, PLOVER and ACLED codes
 * ({@link EventCoding#codes(Event, String)}), so that writers and scorers read one answer instead of
 * each computing its own. Runs after the actors stage: ACLED's sub-event type depends on whether an
 * agent is a state force and whether a patient is armed, and on cue words of the evidence sentence. It also
 * counts the event's dead ({@link FatalityCounter}), ACLED's {@code fatalities}.
 */
public final class EventCodingStage implements Stage {
    public static final String NAME = "coding";

    private final EventCoding coding;
    private final FatalityCounter fatalities;

    public EventCodingStage(EventCoding coding, FatalityCounter fatalities) {
        this.coding = requireNonNull(coding, "coding is null");
        this.fatalities = requireNonNull(fatalities, "fatalities is null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.EVENTS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.CODES);
    }

    @Override
    public Document apply(Document document) {
        List<Event> events = new ArrayList<>(document.events().size());
        for (Event event : document.events()) {
            String sentence = document.textOf(event.evidence());
            events.add(
                    event.withCodes(coding.codes(event, sentence)).withFatalities(fatalities.count(event, sentence)));
        }
        return document.withEvents(events);
    }
}

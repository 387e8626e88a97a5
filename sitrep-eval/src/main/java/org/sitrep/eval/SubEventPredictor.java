package org.sitrep.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

/**
 * Predicts one label per document: that of its most confident event among those that have a label
 * (ties go to the event that comes first). Deaths and injuries are outcomes of another event in
 * ACLED's coding, so KILL and INJURE count only when no other event has a label, and the residual
 * label OTHER only when no event has a specific one. Empty when no event has a label.
 */
public final class SubEventPredictor implements Function<Document, Optional<String>> {
    private static final Set<String> OUTCOMES = Set.of("KILL", "INJURE");
    /** ACLED's residual sub-event type: chosen only when no event has a specific one. */
    private static final String RESIDUAL = "OTHER";

    private final BiFunction<Document, Event, Optional<String>> labelOf;

    /** @param labelOf an event's label in its document, e.g. its ACLED sub-event type as a CASE code */
    public SubEventPredictor(BiFunction<Document, Event, Optional<String>> labelOf) {
        this.labelOf = labelOf;
    }

    @Override
    public Optional<String> apply(Document document) {
        return choose(document.events(), document).flatMap(e -> labelOf.apply(document, e));
    }

    /** The event whose label {@link #apply} predicts: the preferred one among those of the document that have a label. */
    public Optional<Event> choose(List<Event> events, Document document) {
        Comparator<Event> preference = Comparator.comparing((Event e) -> !OUTCOMES.contains(e.type()))
                .thenComparing(e -> !labelOf.apply(document, e).orElse("").equals(RESIDUAL))
                .thenComparingDouble(Event::confidence)
                .thenComparingInt(e -> -e.trigger().trigger().begin());
        return events.stream()
                .filter(e -> labelOf.apply(document, e).isPresent())
                .max(preference);
    }
}

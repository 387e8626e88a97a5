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
 * ACLED's coding, so the "outcome" family (KILL, INJURE) counts only when no other event has a label, and the residual
 * label OTHER only when no event has a specific one. Empty when no event has a label.
 */
public final class SubEventPredictor implements Function<Document, Optional<String>> {
    /** ACLED's residual sub-event type: chosen only when no event has a specific one. */
    private static final String RESIDUAL = "OTHER";

    private final BiFunction<Document, Event, Optional<String>> labelOf;
    private final Set<String> outcomes;

    /**
     * @param labelOf  an event's label in its document, e.g. its ACLED sub-event type as a CASE code
     * @param outcomes the ontology's "outcome" family (KILL, INJURE)
     */
    public SubEventPredictor(BiFunction<Document, Event, Optional<String>> labelOf, Set<String> outcomes) {
        this.labelOf = labelOf;
        this.outcomes = Set.copyOf(outcomes);
    }

    @Override
    public Optional<String> apply(Document document) {
        return choose(document.events(), document).flatMap(e -> labelOf.apply(document, e));
    }

    /** The event whose label {@link #apply} predicts: the preferred one among those of the document that have a label. */
    public Optional<Event> choose(List<Event> events, Document document) {
        Comparator<Event> preference = Comparator.comparing((Event e) -> !outcomes.contains(e.type()))
                .thenComparing(e -> !labelOf.apply(document, e).orElse("").equals(RESIDUAL))
                .thenComparingDouble(Event::confidence)
                .thenComparingInt(e -> -e.trigger().trigger().begin());
        return events.stream()
                .filter(e -> labelOf.apply(document, e).isPresent())
                .max(preference);
    }
}

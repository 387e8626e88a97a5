package org.sitrep.eval;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

/**
 * Predicts one label per document: that of its most confident event among those whose type has a
 * label (ties go to the event that comes first). Empty when no event has one.
 */
public final class SubEventPredictor implements Function<Document, Optional<String>> {
    private final Function<String, Optional<String>> labelOfType;

    /** @param labelOfType Sitrep event type → label, e.g. {@code mapping::label} */
    public SubEventPredictor(Function<String, Optional<String>> labelOfType) {
        this.labelOfType = labelOfType;
    }

    @Override
    public Optional<String> apply(Document document) {
        return document.events().stream()
                .filter(e -> labelOfType.apply(e.type()).isPresent())
                .max(Comparator.comparingDouble(Event::confidence).thenComparingInt(e -> -e.trigger().trigger().begin()))
                .flatMap(e -> labelOfType.apply(e.type()));
    }
}

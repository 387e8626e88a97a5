package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * How many people the event killed, as its sentence states it ("killing 12", "at least 30 dead", "the death toll
 * rose to 45"), with the span of the phrase that says so. A lower bound ("at least 30") counts as its number, as
 * ACLED codes it.
 */
public record Fatalities(long count, CharSpan span) {
    public Fatalities {
        requireNonNull(span, "span is null");
        if (count < 0) {
            throw new IllegalArgumentException("expected count >= 0, got " + count);
        }
    }
}

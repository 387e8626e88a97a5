package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.CharSpan;

/** A trigger named from outside the events stage: its span in the text and its Sitrep event type. */
public record GivenTrigger(CharSpan span, String type) {
    public GivenTrigger {
        requireNonNull(span, "span is null");
        requireNonNull(type, "type is null");
    }
}

package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.util.Optional;

/**
 * A time expression in the text. {@code value} is empty when it cannot be resolved (no publication
 * date). {@code eventOffset} is set for expressions relative to another event ("a month after",
 * "two days later"): the signed shift from the event it names to the event it modifies.
 */
public record TimeMention(CharSpan span, String text, Optional<TimeValue> value, Optional<Period> eventOffset) {
    public TimeMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(eventOffset, "eventOffset is null");
    }
}

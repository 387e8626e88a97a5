package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** When an event happened: the expression it came from and its normalised value, if resolved. */
public record EventTime(CharSpan span, String text, Optional<TimeValue> value, String rule) {
    public EventTime {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(rule, "rule is null");
    }
}

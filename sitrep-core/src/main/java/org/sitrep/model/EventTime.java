package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * When an event happened: the expression it came from (absent when the time is the publication-date
 * default), its normalised value if resolved, and the rule that chose it.
 */
public record EventTime(Optional<CharSpan> span, Optional<String> text, Optional<TimeValue> value, String rule) {
    public EventTime {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(rule, "rule is null");
        if (span.isPresent() != text.isPresent()) {
            throw new IllegalArgumentException("span and text go together, got span=%s text=%s".formatted(span, text));
        }
    }

    /** The time an expression of the text gives, chosen by {@code rule}. */
    public static EventTime of(TimeMention mention, Optional<TimeValue> value, String rule) {
        return new EventTime(Optional.of(mention.span()), Optional.of(mention.text()), value, rule);
    }

    /** No time in the text: the publication date bounds it (rule "published"). */
    public static EventTime published(TimeValue value) {
        return new EventTime(Optional.empty(), Optional.empty(), Optional.of(value), "published");
    }

    public EventTime withRule(String value) {
        return new EventTime(span, text, this.value, value);
    }
}

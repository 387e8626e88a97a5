package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.util.Optional;

/**
 * A time expression in the text. {@code timex} is its TIMEX3 reading (type, value, modifier), what the
 * output's {@code times} list shows. {@code value} is the point an event dated by it takes, empty when it
 * cannot be resolved (no publication date) or names no point (a set, "now"). {@code eventOffset} is set
 * for expressions relative to another event ("a month after", "two days later"): the signed shift from
 * the event it names to the event it modifies; the value of such a date ("two days later") counts from the
 * last date the text named, what an event takes when no earlier event's time anchors it.
 */
public record TimeMention(
        CharSpan span, String text, Timex timex, Optional<TimeValue> value, Optional<Period> eventOffset) {
    public TimeMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(timex, "timex is null");
        requireNonNull(value, "value is null");
        requireNonNull(eventOffset, "eventOffset is null");
    }
}

package org.sitrep.eval.timex;

import static java.util.Objects.requireNonNull;

/**
 * An event's gold time from a TimeML document: the span of its EVENT tag and the value of the DATE
 * TIMEX3 (the DCT included) a TLINK puts it in (IS_INCLUDED, DURING or SIMULTANEOUS).
 */
public record GoldEventTime(int start, int end, String value) {
    public GoldEventTime {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("expected 0 <= start < end, got start=%d end=%d".formatted(start, end));
        }
        requireNonNull(value, "value is null");
    }
}

package org.sitrep.eval.timex;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A TIMEX3, gold or predicted: its character span in the text, type, value (absent when unresolved) and modifier. */
public record TimexSpan(int start, int end, String type, Optional<String> value, Optional<String> mod) {
    public TimexSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("expected 0 <= start < end, got start=%d end=%d".formatted(start, end));
        }
        requireNonNull(type, "type is null");
        requireNonNull(value, "value is null");
        requireNonNull(mod, "mod is null");
    }

    boolean overlaps(TimexSpan o) {
        return start < o.end && o.start < end;
    }
}

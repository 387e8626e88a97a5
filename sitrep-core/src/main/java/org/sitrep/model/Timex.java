package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A time expression as TIMEX3 (TimeML 1.2.1) annotates it: its type, its value ("2014-08-02", "2014-W32",
 * "2014-Q1", "1998-01-08TEV", "T14:30", "P3D", "PT2H", "XXXX-WXX", "PAST_REF", "196X"...) and modifier
 * ("START", "MID", "END", "APPROX", "MORE_THAN"...). The value is empty when the expression needs a
 * publication date to resolve and the document has none. This is the reading of the expression itself:
 * "the past two years" is a DURATION P2Y here, while {@link TimeMention#value()} gives the point an event
 * in that span can be dated to.
 */
public record Timex(Type type, Optional<String> value, Optional<String> mod) {
    /** The TIMEX3 types. */
    public enum Type {
        DATE,
        TIME,
        DURATION,
        SET
    }

    public Timex {
        requireNonNull(type, "type is null");
        requireNonNull(value, "value is null");
        requireNonNull(mod, "mod is null");
        if (value.isPresent() && value.get().isBlank()) {
            throw new IllegalArgumentException(
                    "a TIMEX3 value is absent or non-blank, got '%s'".formatted(value.get()));
        }
    }

    public static Timex of(Type type, String value) {
        return new Timex(type, Optional.of(value), Optional.empty());
    }

    public Timex withValue(Optional<String> v) {
        return new Timex(type, v, mod);
    }
}

package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A normalised time: an ISO-8601 value ("2014-08", "2016-01-02", "2015") with its precision, and an
 * optional TIMEX3-style modifier ("APPROX", "BEFORE", "AFTER", "START", "MORE_THAN").
 */
public record TimeValue(String value, Precision precision, Optional<String> modifier) {
    public TimeValue {
        requireNonNull(value, "value is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(modifier, "modifier is null");
    }

    public static TimeValue of(String value, Precision precision) {
        return new TimeValue(value, precision, Optional.empty());
    }
}

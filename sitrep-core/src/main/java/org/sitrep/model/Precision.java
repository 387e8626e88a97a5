package org.sitrep.model;

/** How precise a normalised time is; the ISO-8601 value has exactly this many fields. */
public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    DECADE
}

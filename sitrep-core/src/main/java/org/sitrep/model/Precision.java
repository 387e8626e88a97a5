package org.sitrep.model;

/** How precise a normalised time is; the value (ISO-8601, or TIMEX3 for quarters and seasons) has exactly this many fields. */
public enum Precision {
    DAY,
    WEEK,
    MONTH,
    /** A calendar quarter, TIMEX3 style: "2016-Q3". */
    QUARTER,
    /** A northern season, TIMEX3 style: "2016-SU" (SP, SU, FA, WI; winter starts in December of that year). */
    SEASON,
    YEAR,
    DECADE
}

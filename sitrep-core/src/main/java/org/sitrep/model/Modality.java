package org.sitrep.model;

/** How the article presents an event. */
public enum Modality {
    ASSERTED,
    REPORTED,
    UNCERTAIN,
    NEGATED,
    FUTURE
}

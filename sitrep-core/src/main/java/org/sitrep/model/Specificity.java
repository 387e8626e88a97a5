package org.sitrep.model;

/**
 * Whether an event is one real occurrence or a statement about events in general. Sitrep leaves out
 * all but {@link #SPECIFIC} events unless asked to keep them ({@code --keep-generic}).
 */
public enum Specificity {
    /** One occurrence that happened, happens or is said to be going to happen: "gunmen killed four on Monday". */
    SPECIFIC,
    /** A sum over a long stretch of time, or events of a kind: "the insurgency has killed thousands since 2017". */
    GENERIC,
    /** Something that happens again and again: "the group has often raided villages", "they used to attack convoys". */
    HABITUAL,
    /** A condition, not a report: "if fighting resumes", "unless the rebels withdraw". */
    HYPOTHETICAL
}

package org.sitrep.model;

/** Participant roles of an event; place and time are attached to the event itself. */
public enum Role {
    AGENT,
    PATIENT,
    RECIPIENT,
    ORIGIN,
    INSTRUMENT
}

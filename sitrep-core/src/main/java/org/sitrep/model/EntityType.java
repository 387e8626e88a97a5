package org.sitrep.model;

/** Entity types, after OntoNotes: GPE is a place with a government, NORP a nationality or group. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    GPE,
    LOCATION,
    NORP,
    FACILITY,
    MISC;

    public boolean isPlace() {
        return this == GPE || this == LOCATION || this == FACILITY;
    }
}

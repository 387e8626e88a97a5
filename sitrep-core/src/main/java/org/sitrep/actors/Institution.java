package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.EntityType;

/**
 * A word of {@code institutions.tsv} that, after a country or demonym, names a state institution or a
 * group of people: "army" (MIL), "soldier" (MIL, a person noun), "protesters" (CVL, ACLED type 6).
 */
public record Institution(String word, String sector, int acledType, EntityType type, boolean personNoun) {
    public Institution {
        requireNonNull(word, "word is null");
        requireNonNull(type, "type is null");
        if (!Sectors.isKnown(sector)) {
            throw new IllegalArgumentException(
                    "unknown sector '%s'; known sectors: %s".formatted(sector, Sectors.KNOWN.keySet()));
        }
        if (!Sectors.isAcledType(acledType)) {
            throw new IllegalArgumentException("acledType must be 1-8, got " + acledType);
        }
    }
}

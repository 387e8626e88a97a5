package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.sitrep.countries.Country;
import org.sitrep.model.EntityType;

/**
 * A country's institution or group found in a phrase ("the Lebanese army", "a young Lebanese soldier"):
 * UTF-16 offsets [begin, end) of the phrase from the country word to the institution word.
 */
public record InstitutionMatch(Country country, Institution institution, int begin, int end) {
    public InstitutionMatch {
        requireNonNull(country, "country is null");
        requireNonNull(institution, "institution is null");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("expected 0 <= begin < end, got begin=%d end=%d".formatted(begin, end));
        }
    }

    public String sector() {
        return institution.sector();
    }

    public int acledType() {
        return institution.acledType();
    }

    public EntityType type() {
        return institution.type();
    }

    public boolean personNoun() {
        return institution.personNoun();
    }

    /** "LBNMIL" for the Lebanese army. */
    public ActorCode code() {
        return ActorCode.of(Optional.of(country), sector(), acledType());
    }
}

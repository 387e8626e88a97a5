package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.sitrep.countries.Country;

/**
 * A CAMEO-style code: ISO3 of the country followed by the sector ("LBNMIL"), or the sector alone for an
 * actor without a country ("IGO", "INS"). {@code country} is the ISO2 code.
 */
public record ActorCode(String code, Optional<String> country, String sector, int acledType) {
    public ActorCode {
        requireNonNull(code, "code is null");
        requireNonNull(country, "country is null");
        if (!Sectors.isKnown(sector)) {
            throw new IllegalArgumentException("unknown sector '" + sector + "'");
        }
        if (!Sectors.isAcledType(acledType)) {
            throw new IllegalArgumentException("acledType must be 1-8, got " + acledType);
        }
    }

    static ActorCode of(Optional<Country> country, String sector, int acledType) {
        return new ActorCode(
                country.map(Country::iso3).orElse("") + sector, country.map(Country::iso2), sector, acledType);
    }
}

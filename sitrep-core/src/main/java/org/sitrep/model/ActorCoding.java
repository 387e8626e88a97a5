package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How an event participant is coded for analysts: a CAMEO-style code (ISO 3166-1 alpha-3 of the
 * country + sector, "LBNMIL"), the country (alpha-2), the sector, the ACLED actor type (1-8), and
 * the rule that decided ("catalogue", "institution", "country", "description").
 */
public record ActorCoding(String code, Optional<String> country, String sector, int acledType, String rule) {
    public ActorCoding {
        requireNonNull(code, "code is null");
        requireNonNull(country, "country is null");
        requireNonNull(sector, "sector is null");
        requireNonNull(rule, "rule is null");
        if (acledType < 1 || acledType > 8) {
            throw new IllegalArgumentException("acledType must be 1-8, got " + acledType);
        }
    }
}

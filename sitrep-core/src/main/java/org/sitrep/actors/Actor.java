package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.EntityType;

/**
 * A named actor of the catalogue. {@code country} is the ISO2 code of its base; {@code sector} a code of
 * {@link Sectors}; {@code acledType} an ACLED inter code 1–8; {@code affiliations} ids of other actors.
 */
public record Actor(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        Optional<String> country,
        String sector,
        int acledType,
        List<String> affiliations) {
    public Actor {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(country, "country is null");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("id must be a lower-case slug, got '" + id + "'");
        }
        if (!Sectors.isKnown(sector)) {
            throw new IllegalArgumentException(
                    "unknown sector '%s'; known sectors: %s".formatted(sector, Sectors.KNOWN.keySet()));
        }
        if (!Sectors.isAcledType(acledType)) {
            throw new IllegalArgumentException("acledType must be 1-8, got " + acledType);
        }
        country.ifPresent(c -> {
            if (!c.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO2 code, got '" + c + "'");
            }
        });
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
    }
}

package org.sitrep.actors;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An ISO 3166-1 country with the names and demonyms that news use for it. */
public record Country(String iso2, String iso3, String name, List<String> aliases, List<String> demonyms) {
    public Country {
        requireNonNull(name, "name is null");
        if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("iso2 must be two capital letters, got " + iso2);
        }
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three capital letters, got " + iso3);
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}

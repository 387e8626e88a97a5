package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

/**
 * The country or first-order division written after a place name: "Paris, Tenn.", "Paris, Texas", "Nelson, B.C.",
 * "Tripoli, Lebanon". It restricts the name's candidates to places inside it.
 *
 * @param admin1Code GeoNames admin1 code of the division, "" when the qualifier is a country
 * @param label the words of the qualifier, for the resolution's reason
 * @param end where the qualifier ends in the text
 */
record Qualifier(String country, String admin1Code, String label, int end) {
    Qualifier {
        requireNonNull(country, "country is null");
        requireNonNull(admin1Code, "admin1Code is null");
        requireNonNull(label, "label is null");
    }

    boolean contains(Place p) {
        return p.country().equals(country)
                && (admin1Code.isEmpty() || (!p.isCountry() && p.admin1Code().equals(admin1Code)));
    }

    /** A division or country place itself is no place inside it ("Georgia, Russia" is not Russia). */
    boolean strictlyContains(Place p) {
        return contains(p) && !p.isCountry() && !(p.isAdmin1() && !admin1Code.isEmpty());
    }
}

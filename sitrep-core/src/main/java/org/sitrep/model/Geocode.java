package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a place is: its GeoNames id (negative for rows of Sitrep's own supplement), coordinates,
 * country (ISO 3166-1 alpha-2), first-level division name, precision ("town", "region",
 * "province", "country") and the reason the resolver chose it among the candidates.
 */
public record Geocode(
        long geonameId,
        double latitude,
        double longitude,
        String country,
        String admin1,
        String precision,
        String reason) {
    public Geocode {
        requireNonNull(country, "country is null");
        requireNonNull(admin1, "admin1 is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(reason, "reason is null");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("bad coordinates %s, %s".formatted(latitude, longitude));
        }
    }
}

package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a place is: its GeoNames id (negative for rows of Sitrep's own supplement), the gazetteer's name for
 * it, coordinates, country (ISO 3166-1 alpha-2), first-level division name, GeoNames feature class ("A" a
 * country or division, "P" a populated place, "L" a region, "H" water, "S" a spot, "T" terrain), precision
 * ("town", "region", "province", "country"), the reason the resolver chose it among the candidates, and how
 * sure it is.
 *
 * @param score the winner's share of the candidates' evidence, in (0, 1]: 1 when it was the only candidate
 */
public record Geocode(
        long geonameId,
        String name,
        double latitude,
        double longitude,
        String country,
        String admin1,
        String featureClass,
        String precision,
        String reason,
        double score) {
    public Geocode {
        requireNonNull(name, "name is null");
        requireNonNull(country, "country is null");
        requireNonNull(admin1, "admin1 is null");
        requireNonNull(featureClass, "featureClass is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(reason, "reason is null");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("bad coordinates %s, %s".formatted(latitude, longitude));
        }
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }

    /** The same place chosen for another reason (an event place that reuses its entity's resolution). */
    public Geocode withReason(String value) {
        return new Geocode(
                geonameId, name, latitude, longitude, country, admin1, featureClass, precision, value, score);
    }
}

package org.sitrep.countries;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.LatLon;

/**
 * An ISO 3166-1 country with the names and demonyms that news use for it (for the actors), and what GeoNames
 * says of it (for the gazetteer).
 */
public record Country(
        String iso2, String iso3, String name, List<String> aliases, List<String> demonyms, GeoNames geonames) {
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
        requireNonNull(geonames, "geonames is null");
    }

    /**
     * The country in GeoNames' countryInfo: its id, its own name ("Aland Islands" for "Åland Islands"), capital,
     * population and the ISO2 codes of the countries it shares a land border with, and the point of its capital
     * (GeoNames has no centroids), where the gazetteer puts the country; empty for Antarctica and a few islands.
     */
    public record GeoNames(
            long geonameId,
            String name,
            Optional<String> capital,
            long population,
            List<String> neighbours,
            Optional<LatLon> capitalPoint) {
        public GeoNames {
            requireNonNull(name, "name is null");
            requireNonNull(capital, "capital is null");
            neighbours = List.copyOf(neighbours);
            requireNonNull(capitalPoint, "capitalPoint is null");
            for (String n : neighbours) {
                if (!n.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("neighbour must be an ISO2 code, got " + n);
                }
            }
        }
    }
}

package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import org.sitrep.model.LatLon;

/**
 * A place of the gazetteer: a GeoNames populated place, a first-order administrative division (feature
 * code {@code ADM1}), a US county ({@code ADM2}), a country ({@code PCLI}), a named physical feature (a sea, river, desert, range...) or a row of
 * the curated supplement.
 *
 * @param geonameId the GeoNames id; negative for Sitrep's own rows (supplement, Natural Earth features) whose GeoNames
 *     id could not be checked offline
 * @param lat the place's own point: for a country or division the point GeoNames-style gazetteers give the whole
 *     area (not its capital), for a river a point along it
 * @param featureClass GeoNames feature class: A country/division, P populated place, H water, T terrain, L area or
 *     region, S spot (camp, crossing), V vegetation
 * @param featureCode GeoNames feature code: PPLC capital, PPLA seat of an admin1, PPLA2.. lower seats, PPL town, ADM1,
 *     PCLI, STM river, SEA, GULF, DSRT desert, PEN peninsula, MTS range, RGN region, CMPRF refugee camp...
 * @param country ISO 3166-1 alpha-2 code (GeoNames uses XK for Kosovo); for a feature across borders, the country of
 *     its point
 * @param admin1Code GeoNames admin1 code within the country ("11"), "" when unknown or for a country
 * @param admin1Name the admin1 division's name ("Baalbek-Hermel Governorate"), "" when unknown
 * @param population GeoNames population, 0 when unknown
 * @param seat for a country its capital, for a division its largest town (its seat, usually): where the area's
 *     government sits, for code that needs a town rather than the area's own point; empty for other places
 */
public record Place(
        long geonameId,
        String name,
        double lat,
        double lon,
        String featureClass,
        String featureCode,
        String country,
        String admin1Code,
        String admin1Name,
        long population,
        Optional<LatLon> seat) {
    private static final Set<String> FEATURE_CLASSES = Set.of("A", "P", "H", "T", "L", "S", "V");

    public Place {
        requireNonNull(name, "name is null");
        requireNonNull(featureCode, "featureCode is null");
        requireNonNull(admin1Code, "admin1Code is null");
        requireNonNull(admin1Name, "admin1Name is null");
        requireNonNull(seat, "seat is null");
        if (!FEATURE_CLASSES.contains(featureClass)) {
            throw new IllegalArgumentException(
                    "featureClass must be one of A, P, H, T, L, S, V, got " + featureClass + " for " + name);
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be two capital letters, got " + country + " for " + name);
        }
        checkPoint(lat, lon, name);
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative, got " + population + " for " + name);
        }
    }

    /**
     * A populated place, division or country with no seat: the feature class follows from the code (PPL... is P,
     * ADM... and PCL... are A); use the canonical constructor for other features.
     */
    public Place(
            long geonameId,
            String name,
            double lat,
            double lon,
            String featureCode,
            String country,
            String admin1Code,
            String admin1Name,
            long population) {
        this(
                geonameId,
                name,
                lat,
                lon,
                classOf(featureCode, name),
                featureCode,
                country,
                admin1Code,
                admin1Name,
                population,
                Optional.empty());
    }

    /** Great-circle distance in km to {@code other} ({@link LatLon#km}). */
    public double km(Place other) {
        return LatLon.km(lat, lon, other.lat, other.lon);
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** A second-order division: a US county, parish or borough. */
    public boolean isAdmin2() {
        return featureCode.equals("ADM2");
    }

    /** A continent (GeoNames CONT): "Africa", "Europe". */
    public boolean isContinent() {
        return featureCode.equals("CONT");
    }

    /** A populated place (feature class P): a city, town or village. */
    public boolean isPopulated() {
        return featureClass.equals("P");
    }

    private static String classOf(String featureCode, String name) {
        requireNonNull(featureCode, "featureCode is null");
        if (featureCode.startsWith("PPL")) {
            return "P";
        }
        if (featureCode.startsWith("ADM") || featureCode.startsWith("PCL")) {
            return "A";
        }
        throw new IllegalArgumentException("give the feature class of " + name + " (" + featureCode + ")");
    }

    private static void checkPoint(double lat, double lon, String what) {
        if (!LatLon.isValid(lat, lon)) {
            throw new IllegalArgumentException(
                    "expected -90 <= lat <= 90 and -180 <= lon <= 180, got lat=%s lon=%s for %s"
                            .formatted(lat, lon, what));
        }
    }
}

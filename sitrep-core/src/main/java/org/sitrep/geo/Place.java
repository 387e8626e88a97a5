package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

/**
 * A place of the gazetteer: a GeoNames populated place, a first-order administrative division (feature
 * code {@code ADM1}), a country ({@code PCLI}) or a row of the curated supplement.
 *
 * @param geonameId the GeoNames id; negative for supplement rows whose GeoNames id could not be checked offline
 * @param featureCode GeoNames feature code: PPLC capital, PPLA seat of an admin1, PPLA2.. lower seats, PPL town, ADM1, PCLI
 * @param country ISO 3166-1 alpha-2 code (GeoNames uses XK for Kosovo)
 * @param admin1Code GeoNames admin1 code within the country ("11"), "" when unknown or for a country
 * @param admin1Name the admin1 division's name ("Baalbek-Hermel Governorate"), "" when unknown
 * @param population GeoNames population, 0 when unknown
 */
public record Place(
        long geonameId,
        String name,
        double lat,
        double lon,
        String featureCode,
        String country,
        String admin1Code,
        String admin1Name,
        long population) {
    public Place {
        requireNonNull(name, "name is null");
        requireNonNull(featureCode, "featureCode is null");
        requireNonNull(admin1Code, "admin1Code is null");
        requireNonNull(admin1Name, "admin1Name is null");
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be two capital letters, got " + country + " for " + name);
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(
                    "expected -90 <= lat <= 90 and -180 <= lon <= 180, got lat=%s lon=%s for %s"
                            .formatted(lat, lon, name));
        }
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative, got " + population + " for " + name);
        }
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /**
     * The GeoNames feature class of the feature code: A (country, division), P (populated place), H (water), T
     * (terrain), S (spot: airport, camp, crossing) or L (area, region), the default for codes not listed here.
     */
    public String featureClass() {
        if (featureCode.startsWith("PCL") || featureCode.startsWith("ADM") || featureCode.equals("TERR")) {
            return "A";
        }
        if (featureCode.startsWith("PPL") || featureCode.equals("STLMT")) {
            return "P";
        }
        return switch (featureCode) {
            case "STM", "STMS", "LK", "LKS", "SEA", "BAY", "GULF", "OCN", "STRT", "CHN", "HBR", "CNL", "RSV" -> "H";
            case "MT", "MTS", "HLL", "HLLS", "ISL", "ISLS", "PEN", "DSRT", "VAL", "PLN", "PLAT", "CAPE", "PASS" -> "T";
            case "AIRP", "CMP", "CMPRF", "PSTB", "BDG", "DAM", "BLDG", "HSP", "SCH", "MUS", "CH", "HTL", "ST" -> "S";
            default -> "L";
        };
    }
}

package org.sitrep.eval.labelled;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.model.Geocode;
import org.sitrep.model.LatLon;

/**
 * One acceptable place of a labelled event: a GeoNames row (id and first-level division when GeoNames has it) or a
 * point read off a map, and how precisely the text names it.
 */
public record GoldPlace(
        String name,
        Precision precision,
        OptionalLong geonameId,
        String country,
        Optional<String> admin1,
        LatLon point) {
    /** How much ground the gold place covers, and so how far from its point a system's place may lie. */
    public enum Precision {
        town(25),
        district(40),
        region(60),
        province(25),
        country(0);

        final double km;

        Precision(double km) {
            this.km = km;
        }
    }

    public GoldPlace {
        requireNonNull(name, "name is null");
        requireNonNull(precision, "precision is null");
        requireNonNull(geonameId, "geonameId is null");
        requireNonNull(country, "country is null");
        requireNonNull(admin1, "admin1 is null");
        requireNonNull(point, "point is null");
    }

    /**
     * Whether {@code code} names this place: the same GeoNames row; for a country, any place in it; for a
     * province, any place in the same first-level division; else a point within the precision's distance.
     */
    public boolean accepts(Geocode code) {
        if (geonameId.isPresent() && geonameId.getAsLong() == code.geonameId()) {
            return true;
        }
        return switch (precision) {
            case country -> country.equals(code.country());
            case province ->
                country.equals(code.country())
                                && admin1.filter(code.admin1()::equals).isPresent()
                        || near(code);
            default -> near(code);
        };
    }

    private boolean near(Geocode code) {
        return point.km(new LatLon(code.latitude(), code.longitude())) <= precision.km;
    }
}

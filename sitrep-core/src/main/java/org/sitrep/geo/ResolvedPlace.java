package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.sitrep.model.Geocode;

/**
 * A place chosen for a name, how precisely it locates what happened, and why it was chosen.
 *
 * @param precision {@link #TOWN} (a populated place), {@link #REGION} (near a place or along a border),
 *     {@link #PROVINCE} (a first-order division) or {@link #COUNTRY}
 * @param reason why this candidate won, for a person: "context country LB; over Tripoli (LY, PPLC)"
 * @param score the winner's share of the candidates' evidence, in (0, 1]: the softmax of its total score over all
 *     candidates' totals, 1 for an only candidate
 */
public record ResolvedPlace(Place place, String precision, String reason, double score) {
    public static final String TOWN = "town";
    public static final String REGION = "region";
    public static final String PROVINCE = "province";
    public static final String COUNTRY = "country";
    private static final Set<String> PRECISIONS = Set.of(TOWN, REGION, PROVINCE, COUNTRY);

    public ResolvedPlace {
        requireNonNull(place, "place is null");
        requireNonNull(reason, "reason is null");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
        if (!PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("precision must be one of %s, got %s".formatted(PRECISIONS, precision));
        }
    }

    /** A place that was the only reading (a border phrase, an only candidate). */
    public ResolvedPlace(Place place, String precision, String reason) {
        this(place, precision, reason, 1.0);
    }

    /** The public geocode of this resolution. */
    public Geocode geocode() {
        return new Geocode(
                place.geonameId(),
                place.name(),
                place.lat(),
                place.lon(),
                place.country(),
                place.admin1Name(),
                place.featureClass(),
                precision,
                reason,
                score);
    }

    /** ACLED's geo_precision: 1 the town itself, 2 near a town or part of a region, 3 a province or country. */
    public int acledGeoPrecision() {
        return switch (precision) {
            case TOWN -> 1;
            case REGION -> 2;
            default -> 3;
        };
    }
}

package org.sitrep.eval.geo;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.model.LatLon;

/**
 * A toponym of a geoparsing corpus: its span in the article's text, and where it is when the annotators resolved
 * it (LGL leaves 626 toponyms without coordinates: they are not scored for recall, but a system place on them is
 * no false alarm).
 *
 * @param point gold coordinates, empty when unresolved
 * @param geonameId GeoNames id when the corpus gives one (LGL, TR-News; GeoVirus gives Wikipedia coordinates)
 * @param featureCode GeoNames feature code ("PPL", "ADM1", "PCLI"), "" when unknown
 */
public record GoldToponym(
        int start, int end, String phrase, Optional<LatLon> point, OptionalLong geonameId, String featureCode) {
    public GoldToponym {
        requireNonNull(phrase, "phrase is null");
        requireNonNull(point, "point is null");
        requireNonNull(geonameId, "geonameId is null");
        requireNonNull(featureCode, "featureCode is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span %d..%d of %s".formatted(start, end, phrase));
        }
    }

    /** The group a toponym is reported in: country, admin1, town (populated place), other, or unknown. */
    public String group() {
        if (featureCode.isEmpty()) {
            return "unknown";
        }
        if (featureCode.startsWith("PCL")) {
            return "country";
        }
        if (featureCode.equals("ADM1")) {
            return "admin1";
        }
        return featureCode.startsWith("PPL") ? "town" : "other";
    }
}

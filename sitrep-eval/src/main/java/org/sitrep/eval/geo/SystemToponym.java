package org.sitrep.eval.geo;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.LatLon;

/**
 * A place name the system geocoded: its span in the text, its point and GeoNames id.
 *
 * @param label what the system chose and why, for a person reading the error listing ("" when none)
 */
public record SystemToponym(int start, int end, LatLon point, long geonameId, String label) {
    public SystemToponym {
        requireNonNull(point, "point is null");
        requireNonNull(label, "label is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span %d..%d".formatted(start, end));
        }
    }

    boolean overlaps(GoldToponym g) {
        return start < g.end() && g.start() < end;
    }

    int overlap(GoldToponym g) {
        return Math.min(end, g.end()) - Math.max(start, g.start());
    }
}

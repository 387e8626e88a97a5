package org.sitrep.eval.geo;

import org.sitrep.geo.Geo;

/** A point on the Earth in decimal degrees. */
public record Point(double lat, double lon) {
    public Point {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("bad coordinates %s, %s".formatted(lat, lon));
        }
    }

    /** Great-circle distance (haversine on a sphere of radius 6,371 km), as the geoparsing papers compute it. */
    public double km(Point o) {
        return Geo.km(lat, lon, o.lat, o.lon);
    }
}

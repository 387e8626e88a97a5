package org.sitrep.eval.geo;

/** A point on the Earth in decimal degrees. */
public record Point(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371;

    public Point {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("bad coordinates %s, %s".formatted(lat, lon));
        }
    }

    /** Great-circle distance (haversine on a sphere of radius 6,371 km), as the geoparsing papers compute it. */
    public double km(Point o) {
        double dLat = Math.toRadians(o.lat - lat);
        double dLon = Math.toRadians(o.lon - lon);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(o.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

package org.sitrep.model;

/** A point on the globe in WGS84 degrees: the one point type of gazetteer places, countries, incidents and scorers. */
public record LatLon(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371;

    public LatLon {
        if (!isValid(lat, lon)) {
            throw new IllegalArgumentException(
                    "expected -90 <= lat <= 90 and -180 <= lon <= 180, got %s, %s".formatted(lat, lon));
        }
    }

    public static boolean isValid(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /** Great-circle distance on a sphere of radius 6,371 km (haversine), as geoparsing papers measure errors. */
    public double km(LatLon o) {
        return km(lat, lon, o.lat, o.lon);
    }

    public static double km(double latA, double lonA, double latB, double lonB) {
        double lat1 = Math.toRadians(latA);
        double lat2 = Math.toRadians(latB);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(lonB - lonA);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

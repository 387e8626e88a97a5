package org.sitrep.geo;

/** Great-circle distance on a spherical Earth (radius 6,371 km). */
public final class Geo {
    private Geo() {}

    static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double km(double latA, double lonA, double latB, double lonB) {
        double lat1 = Math.toRadians(latA);
        double lat2 = Math.toRadians(latB);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(lonB - lonA);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

package org.sitrep.geo;

import org.sitrep.model.LatLon;

/** Great-circle distance on a spherical Earth (radius 6,371 km). */
public final class Geo {
    private Geo() {}

    static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double km(double latA, double lonA, double latB, double lonB) {
        return LatLon.km(latA, lonA, latB, lonB);
    }
}

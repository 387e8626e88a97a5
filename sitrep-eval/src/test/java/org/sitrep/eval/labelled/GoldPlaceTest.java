package org.sitrep.eval.labelled;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Geocode;
import org.sitrep.model.LatLon;

class GoldPlaceTest {
    private static Geocode code(long id, double lat, double lon, String country, String admin1) {
        return new Geocode(id, "x", lat, lon, country, admin1, "P", "town", "test", 1);
    }

    @Test
    void aTownTakesItsOwnRowOrAPointWithin25Km() {
        GoldPlace village = new GoldPlace(
                "Boni",
                GoldPlace.Precision.town,
                OptionalLong.empty(),
                "ML",
                Optional.empty(),
                new LatLon(15.06, -1.90));
        assertTrue(village.accepts(code(1, 15.10, -1.80, "ML", "Mopti")));
        assertFalse(village.accepts(code(2, 14.49, -4.20, "ML", "Mopti")));
        GoldPlace town = new GoldPlace(
                "Quetta",
                GoldPlace.Precision.town,
                OptionalLong.of(1167528),
                "PK",
                Optional.of("Balochistan"),
                new LatLon(30.18, 67.0));
        assertTrue(town.accepts(code(1167528, 0, 0, "PK", "Balochistan")));
    }

    @Test
    void aProvinceTakesAnyPlaceInItAndACountryAnyPlaceInTheCountry() {
        GoldPlace kerala = new GoldPlace(
                "Kerala",
                GoldPlace.Precision.province,
                OptionalLong.of(1267254),
                "IN",
                Optional.of("Kerala"),
                new LatLon(10.37, 76.52));
        assertTrue(kerala.accepts(code(5, 9.85, 76.97, "IN", "Kerala")));
        assertFalse(kerala.accepts(code(6, 13.08, 80.27, "IN", "Tamil Nadu")));
        GoldPlace russia = new GoldPlace(
                "RU", GoldPlace.Precision.country, OptionalLong.empty(), "RU", Optional.empty(), new LatLon(60, 100));
        assertTrue(russia.accepts(code(7, 55.75, 37.62, "RU", "Moscow")));
        assertFalse(russia.accepts(code(8, 50.45, 30.52, "UA", "Kyiv City")));
    }
}
